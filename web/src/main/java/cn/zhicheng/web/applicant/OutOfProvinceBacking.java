package cn.zhicheng.web.applicant;

import cn.zhicheng.application.OutOfProvinceTitleConfirmations;
import cn.zhicheng.application.OutOfProvinceTitleInput;
import cn.zhicheng.application.OutOfProvinceTitleView;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.review.RequestState;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.InputStream;
import java.io.Serial;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 外省职称确认 ({@code /applicant/outOfProvince.xhtml}, SPEC §3.8.10): the applicant's requests; 【新增】 opens the form
 * (原发证省份, 发证机构, 系列, 级别, 专业, 资格名称, 取得时间, 证书编号, 文号), the certificate scans, 【提交】 to the
 * employer unit, 撤回, resubmission after a return and the flow log.
 */
@Named
@ViewScoped
public class OutOfProvinceBacking extends PersonalRequestPage<OutOfProvinceTitleView> {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private OutOfProvinceTitleConfirmations service;

    @EJB
    private CatalogService catalog;

    private List<CatalogChoice> seriesChoices;
    private String province;
    private String issuingAuthority;
    private Long seriesId;
    private TitleLevel level;
    private String specialty;
    private String qualificationName;
    private LocalDate obtainedOn;
    private String certificateNo;
    private String documentNumber;

    @Override
    public void load() {
        seriesChoices = catalog.activeSeries();
        super.load();
    }

    @Override
    protected List<OutOfProvinceTitleView> mine(int first, int pageSize) {
        return service.mine(first, pageSize);
    }

    @Override
    protected long countMine() {
        return service.countMine();
    }

    @Override
    protected RequestState stateOf(OutOfProvinceTitleView view) {
        return view.state();
    }

    @Override
    protected OutOfProvinceTitleView find(Long id) {
        return service.get(id);
    }

    @Override
    protected OutOfProvinceTitleView saveForm(Long id) {
        return service.save(id, new OutOfProvinceTitleInput(province, issuingAuthority, seriesId, level, specialty,
                qualificationName, obtainedOn, certificateNo, documentNumber));
    }

    @Override
    protected void fillForm(OutOfProvinceTitleView v) {
        province = v == null ? null : v.province();
        issuingAuthority = v == null ? null : v.issuingAuthority();
        seriesId = v == null ? null : v.seriesId();
        level = v == null ? null : v.level();
        specialty = v == null ? null : v.specialty();
        qualificationName = v == null ? null : v.qualificationName();
        obtainedOn = v == null ? null : v.obtainedOn();
        certificateNo = v == null ? null : v.certificateNo();
        documentNumber = v == null ? null : v.documentNumber();
    }

    @Override
    protected OutOfProvinceTitleView submitRequest(Long id) {
        return service.submit(id);
    }

    @Override
    protected OutOfProvinceTitleView withdrawRequest(Long id) {
        return service.withdraw(id);
    }

    @Override
    protected void discardRequest(Long id) {
        service.discard(id);
    }

    @Override
    protected OutOfProvinceTitleView attach(Long id, InputStream content, String fileName) {
        return service.attach(id, content, fileName);
    }

    @Override
    protected OutOfProvinceTitleView detach(Long id, Long attachmentId) {
        return service.detach(id, attachmentId);
    }

    @Override
    protected List<AuditRecord> flowLogPage(Long id, int first, int pageSize) {
        return service.flowLog(id, first, pageSize);
    }

    @Override
    protected long flowLogSize(Long id) {
        return service.countFlowLog(id);
    }

    public List<CatalogChoice> getSeriesChoices() {
        return seriesChoices;
    }

    public List<TitleLevel> getLevels() {
        return Arrays.asList(TitleLevel.values());
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public void setQualificationName(String qualificationName) {
        this.qualificationName = qualificationName;
    }

    public LocalDate getObtainedOn() {
        return obtainedOn;
    }

    public void setObtainedOn(LocalDate obtainedOn) {
        this.obtainedOn = obtainedOn;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
