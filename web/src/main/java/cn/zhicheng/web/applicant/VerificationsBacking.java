package cn.zhicheng.web.applicant;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.certificate.CertificateVerifications;
import cn.zhicheng.certificate.OrganisationOption;
import cn.zhicheng.certificate.VerificationInput;
import cn.zhicheng.certificate.VerificationView;
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
 * 我的证书 → 证书核验 ({@code /applicant/verifications.xhtml}, SPEC §3.8.7): the applicant's verification requests;
 * 【新增】 opens the form (证书编号, 系列, 级别, 专业, 资格名称, 评审组织, 批准时间, 职称文件文号), 同步社保数据, the
 * certificate scans, 【提交审核】 to the organisation's formation unit, 撤回, and the flow log.
 */
@Named
@ViewScoped
public class VerificationsBacking extends PersonalRequestPage<VerificationView> {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateVerifications service;

    @EJB
    private CatalogService catalog;

    private List<CatalogChoice> seriesChoices;
    private List<OrganisationOption> organisations;
    private String certificateNo;
    private Long seriesId;
    private TitleLevel level;
    private String specialty;
    private String qualificationName;
    private String organisation;
    private LocalDate approvedOn;
    private String documentNumber;

    @Override
    public void load() {
        seriesChoices = catalog.activeSeries();
        organisations = service.organisations();
        super.load();
    }

    /** 同步社保数据 */
    public void syncInsurance() {
        run(() -> show(service.syncInsurance(getId())), "personal.insurance.synced");
    }

    @Override
    protected List<VerificationView> mine(int first, int pageSize) {
        return service.mine(first, pageSize);
    }

    @Override
    protected long countMine() {
        return service.countMine();
    }

    @Override
    protected RequestState stateOf(VerificationView view) {
        return view.state();
    }

    @Override
    protected VerificationView find(Long id) {
        return service.get(id);
    }

    @Override
    protected VerificationView saveForm(Long id) {
        return service.save(id, new VerificationInput(certificateNo, seriesId, level, specialty, qualificationName,
                organisation, approvedOn, documentNumber));
    }

    @Override
    protected void fillForm(VerificationView v) {
        certificateNo = v == null ? null : v.certificateNo();
        seriesId = v == null ? null : v.seriesId();
        level = v == null ? null : v.level();
        specialty = v == null ? null : v.specialty();
        qualificationName = v == null ? null : v.qualificationName();
        organisation = v == null ? null : v.organisationKey();
        approvedOn = v == null ? null : v.approvedOn();
        documentNumber = v == null ? null : v.documentNumber();
    }

    @Override
    protected VerificationView submitRequest(Long id) {
        return service.submit(id);
    }

    @Override
    protected VerificationView withdrawRequest(Long id) {
        return service.withdraw(id);
    }

    @Override
    protected void discardRequest(Long id) {
        service.discard(id);
    }

    @Override
    protected VerificationView attach(Long id, InputStream content, String fileName) {
        return service.attach(id, content, fileName);
    }

    @Override
    protected VerificationView detach(Long id, Long attachmentId) {
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

    public List<OrganisationOption> getOrganisations() {
        return organisations;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
