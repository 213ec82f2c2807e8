package cn.zhicheng.web.applicant;

import cn.zhicheng.application.EducationLevel;
import cn.zhicheng.application.PoliticalStatus;
import cn.zhicheng.application.TalentCategory;
import cn.zhicheng.application.TalentEntryView;
import cn.zhicheng.application.TalentInput;
import cn.zhicheng.application.TalentStatisticsEntries;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;
import cn.zhicheng.org.SignedInUser;
import cn.zhicheng.review.RequestState;
import cn.zhicheng.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.InputStream;
import java.io.Serial;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 专技人才统计 ({@code /applicant/talent.xhtml}, SPEC §3.8.9): the applicant's entries; 【新增】 opens the form (系列,
 * 专业技术人员类别, 性别, 民族, 政治面貌, 港澳台及外籍, 学历, 出生日期 — sex and birth date pre-filled from the ID
 * number), 【确定】 submits to the employer unit; 撤回, resubmission after a return and the flow log.
 */
@Named
@ViewScoped
public class TalentBacking extends PersonalRequestPage<TalentEntryView> {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private TalentStatisticsEntries service;

    @EJB
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    private static final String TALENT_DEFAULT_ETHNICITY = "汉族";

    private List<CatalogChoice> seriesChoices;
    private Long seriesId;
    private TalentCategory category;
    private Sex sex;
    private String ethnicity;
    private PoliticalStatus politicalStatus;
    private boolean foreignOrHkMacaoTaiwan;
    private EducationLevel education;
    private LocalDate birthDate;

    @Override
    public void load() {
        seriesChoices = catalog.activeSeries();
        super.load();
    }

    @Override
    protected List<TalentEntryView> mine(int first, int pageSize) {
        return service.mine(first, pageSize);
    }

    @Override
    protected long countMine() {
        return service.countMine();
    }

    @Override
    protected RequestState stateOf(TalentEntryView view) {
        return view.state();
    }

    @Override
    protected TalentEntryView find(Long id) {
        return service.get(id);
    }

    @Override
    protected TalentEntryView saveForm(Long id) {
        return service.save(id, new TalentInput(seriesId, category, sex, ethnicity, politicalStatus,
                foreignOrHkMacaoTaiwan, education, birthDate));
    }

    @Override
    protected void fillForm(TalentEntryView v) {
        if (v == null) {
            String login = currentUser.find().map(SignedInUser::loginName).orElse(null);
            IdNumber id = login != null && IdNumber.isValid(login) ? IdNumber.of(login) : null;
            seriesId = null;
            category = null;
            sex = id == null ? null : id.sex();
            ethnicity = TALENT_DEFAULT_ETHNICITY;
            politicalStatus = null;
            foreignOrHkMacaoTaiwan = false;
            education = null;
            birthDate = id == null ? null : id.birthDate();
            return;
        }
        seriesId = v.seriesId();
        category = v.category();
        sex = v.sex();
        ethnicity = v.ethnicity();
        politicalStatus = v.politicalStatus();
        foreignOrHkMacaoTaiwan = v.foreignOrHkMacaoTaiwan();
        education = v.education();
        birthDate = v.birthDate();
    }

    @Override
    protected TalentEntryView submitRequest(Long id) {
        return service.submit(id);
    }

    @Override
    protected TalentEntryView withdrawRequest(Long id) {
        return service.withdraw(id);
    }

    @Override
    protected void discardRequest(Long id) {
        service.discard(id);
    }

    @Override
    protected TalentEntryView attach(Long id, InputStream content, String fileName) {
        return service.attach(id, content, fileName);
    }

    @Override
    protected TalentEntryView detach(Long id, Long attachmentId) {
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

    public List<TalentCategory> getCategories() {
        return Arrays.asList(TalentCategory.values());
    }

    public List<Sex> getSexes() {
        return Arrays.asList(Sex.values());
    }

    public List<PoliticalStatus> getPoliticalStatuses() {
        return Arrays.asList(PoliticalStatus.values());
    }

    public List<EducationLevel> getEducations() {
        return Arrays.asList(EducationLevel.values());
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public TalentCategory getCategory() {
        return category;
    }

    public void setCategory(TalentCategory category) {
        this.category = category;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(PoliticalStatus politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public boolean isForeignOrHkMacaoTaiwan() {
        return foreignOrHkMacaoTaiwan;
    }

    public void setForeignOrHkMacaoTaiwan(boolean foreignOrHkMacaoTaiwan) {
        this.foreignOrHkMacaoTaiwan = foreignOrHkMacaoTaiwan;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
