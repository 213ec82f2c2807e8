package cn.zhicheng.web.committee;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.CommitteeDetails;
import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.CommitteeForm;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.committee.CommitteeSetups;
import cn.zhicheng.committee.CreatedCommittee;
import cn.zhicheng.committee.FilingStatus;
import cn.zhicheng.committee.PoolMemberRow;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.expert.ExpertImportWizard;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.RegionCascade;
import cn.zhicheng.web.shell.UiMessages;
import cn.zhicheng.web.unit.UnitForm;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /unit/committees/edit.xhtml[?id=]} (新增评委会 / 编辑, SPEC §3.5.1): the wizard 1 基本信息 (with 评审范围) →
 * 2 专家库名单 (read only: the pool and the minimum it needs) → 3 核准备案请示 upload → 【提交备案】. Step 1 saves the
 * draft; nothing typed is lost on a refusal.
 */
@Named
@ViewScoped
public class CommitteeEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeFilings service;

    @EJB
    private RegionDirectory regions;

    @EJB
    private CommitteeSetups setups;

    @EJB
    private ProvinceSettings settings;

    @Inject
    private ExpertImportWizard importWizard;

    @Inject
    private UiMessages messages;

    private Long id;
    private boolean committeeSide;
    /** HB (SPEC §3.5.4): the 职改办 creates and edits authorised committees; there is no filing to submit. */
    private boolean reformOffice;
    private String code;
    private int step = 1;
    private CommitteeDetails saved;

    private String name;
    private String agency;
    private String office;
    private CommitteeReviewType reviewType;
    private List<TitleLevel> levels = new ArrayList<>();
    private UnitOption authorisingUnit;
    private UnitOption filingUnit;
    private String contactPerson;
    private String contactPhone;
    private String address;
    private boolean funded;
    private boolean internalReview;
    private List<UnitNature> applicantNatures = new ArrayList<>();
    private CommitteeFormation formation = CommitteeFormation.BY_SERIES;
    private Long seriesId;
    private String specialtiesText;
    private final Map<String, String> chosenRegions = new LinkedHashMap<>();
    private RegionCascade regionCascade;
    private List<UnitOption> seriesOptions;
    private PagedModel<PoolMemberRow> pool;

    /** f:viewAction: a new draft, or the committee's current data (403 when it is not the caller's unit's). */
    public void load() {
        committeeSide = service.callerIsCommitteeAdmin();
        if (committeeSide) {
            id = service.mine().id();
        }
        reformOffice = !committeeSide
                && settings.get(SettingKeys.COMMITTEE_SETUP_MODEL) == CommitteeSetupModel.REFORM_OFFICE_CREATES;
        seriesOptions = service.seriesOptions();
        regionCascade = new RegionCascade(regions, null, UnitForm.HOME_PROVINCE);
        if (id != null) {
            saved = service.details(id);
            code = saved.code();
            if (!isEditable()) {
                step = 2;
            }
            fill(saved);
            initPool();
        }
    }

    private void fill(CommitteeDetails c) {
        name = c.name();
        agency = c.agency();
        office = c.office();
        reviewType = c.reviewType();
        levels = new ArrayList<>(c.levels());
        authorisingUnit = c.authorisingUnitId() == null ? null
                : new UnitOption(c.authorisingUnitId(), c.authorisingUnitName());
        filingUnit = c.filingUnitId() == null ? null : new UnitOption(c.filingUnitId(), c.filingUnitName());
        contactPerson = c.contactPerson();
        contactPhone = c.contactPhone();
        address = c.address();
        funded = c.funded();
        internalReview = c.internalReview();
        applicantNatures = new ArrayList<>(c.applicantNatures());
        formation = c.formation() == null ? CommitteeFormation.BY_SERIES : c.formation();
        seriesId = c.seriesId();
        specialtiesText = String.join("\n", c.specialties());
        chosenRegions.clear();
        List<String> codes = new ArrayList<>(c.regionCodes());
        for (int i = 0; i < codes.size(); i++) {
            chosenRegions.put(codes.get(i), i < c.regionNames().size() ? c.regionNames().get(i) : codes.get(i));
        }
    }

    private void initPool() {
        Long committeeId = id;
        pool = new PagedModel<>((first, size) -> service.poolMembers(committeeId, first, size),
                () -> service.countPoolMembers(committeeId), PoolMemberRow::id);
    }

    /** 【保存并下一步】 on step 1: creates or updates the draft, then shows step 2. */
    public void saveBasics() {
        if (reformOffice) {
            saveAuthorised();
            return;
        }
        try {
            CommitteeForm form = form();
            if (id == null) {
                id = service.create(form);
            } else {
                service.update(id, form);
            }
            saved = service.details(id);
            initPool();
            step = 2;
            messages.info("committee.saved", saved.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** HB 【确认】: creates the authorised committee with its code account, or saves the edit; back to the list. */
    private void saveAuthorised() {
        try {
            CommitteeForm form = form();
            if (id == null) {
                CreatedCommittee created = setups.createAuthorised(form, code);
                messages.infoOnNextPage("committee.hb.created", name, created.accountLogin());
            } else {
                setups.updateAuthorised(id, form);
                messages.infoOnNextPage("committee.saved", name);
            }
            Faces.redirect(Faces.getRequestContextPath() + "/unit/committees/setup.xhtml");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    private CommitteeForm form() {
        List<String> specialties = specialtiesText == null ? List.of()
                : Arrays.stream(specialtiesText.split("[\\r\\n,，;；]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        CommitteeProfile profile = new CommitteeProfile(name, agency, office, reviewType,
                levels.isEmpty() ? EnumSet.noneOf(TitleLevel.class) : EnumSet.copyOf(levels), contactPerson,
                contactPhone, address, funded, internalReview,
                applicantNatures.isEmpty() ? EnumSet.noneOf(UnitNature.class) : EnumSet.copyOf(applicantNatures),
                formation, specialties, chosenRegions.keySet());
        return new CommitteeForm(profile, seriesId, authorisingUnit == null ? null : authorisingUnit.id(),
                filingUnit == null ? null : filingUnit.id());
    }

    /** Adds the region chosen in the cascade to 评审区域. */
    public void addRegion() {
        String code = regionCascade.getCode();
        if (code == null) {
            messages.error("committee.regions.required");
            return;
        }
        chosenRegions.put(code, regions.fullName(code));
    }

    public void removeRegion(String code) {
        chosenRegions.remove(code);
    }

    public void goTo(int target) {
        if (target > 1 && id == null) {
            messages.error("committee.saveFirst");
            return;
        }
        step = target;
        if (id != null) {
            saved = service.details(id);
        }
    }

    /** Step 2 批量导入 (SPEC §3.5.1 step 2): the expert import wizard for this committee's pool. */
    public void startImport() {
        importWizard.open(id);
    }

    /** 关闭 after the import: step 2 shows the new members and counts. */
    public void closeImport() {
        saved = service.details(id);
        importWizard.close("editForm");
    }

    public ExpertImportWizard getImportWizard() {
        return importWizard;
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            saved = service.uploadRequestDocument(id, content, event.getFile().getFileName());
            messages.info("committee.document.uploaded", saved.requestDocumentName());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("committee.document.failed");
        }
    }

    /** 【提交备案】: submits and returns to the list; a refusal (too few members, no document) stays here. */
    public void submit() {
        try {
            service.submit(id);
            messages.infoOnNextPage("committee.submitted", saved.name());
            Faces.redirect(Faces.getRequestContextPath()
                    + (committeeSide ? "/committee/filing.xhtml" : "/unit/committees/list.xhtml"));
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public List<UnitOption> completeUnit(String query) {
        return service.searchReviewingUnits(query, 20);
    }

    public List<Map.Entry<String, String>> getRegionEntries() {
        return new ArrayList<>(chosenRegions.entrySet());
    }

    public CommitteeReviewType[] getReviewTypes() {
        return CommitteeReviewType.values();
    }

    public TitleLevel[] getLevelChoices() {
        return TitleLevel.values();
    }

    public UnitNature[] getNatureChoices() {
        return UnitNature.values();
    }

    public CommitteeFormation[] getFormations() {
        return CommitteeFormation.values();
    }

    public boolean isBySpecialty() {
        return formation == CommitteeFormation.BY_SPECIALTY;
    }

    public boolean isEditable() {
        return saved == null || saved.isEditable()
                || reformOffice && saved.code() != null && saved.status() == FilingStatus.FILED;
    }

    public boolean isReformOffice() {
        return reformOffice;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getExpertPoolPath() {
        return "/unit/experts/pool.xhtml?committee=" + id;
    }

    // --- accessors ---------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isCommitteeSide() {
        return committeeSide;
    }

    public int getStep() {
        return step;
    }

    public CommitteeDetails getSaved() {
        return saved;
    }

    public List<UnitOption> getSeriesOptions() {
        return seriesOptions;
    }

    public PagedModel<PoolMemberRow> getPool() {
        return pool;
    }

    public RegionCascade getRegionCascade() {
        return regionCascade;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public CommitteeReviewType getReviewType() {
        return reviewType;
    }

    public void setReviewType(CommitteeReviewType reviewType) {
        this.reviewType = reviewType;
    }

    public List<TitleLevel> getLevels() {
        return levels;
    }

    public void setLevels(List<TitleLevel> levels) {
        this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
    }

    public UnitOption getAuthorisingUnit() {
        return authorisingUnit;
    }

    public void setAuthorisingUnit(UnitOption authorisingUnit) {
        this.authorisingUnit = authorisingUnit;
    }

    public UnitOption getFilingUnit() {
        return filingUnit;
    }

    public void setFilingUnit(UnitOption filingUnit) {
        this.filingUnit = filingUnit;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isFunded() {
        return funded;
    }

    public void setFunded(boolean funded) {
        this.funded = funded;
    }

    public boolean isInternalReview() {
        return internalReview;
    }

    public void setInternalReview(boolean internalReview) {
        this.internalReview = internalReview;
    }

    public List<UnitNature> getApplicantNatures() {
        return applicantNatures;
    }

    public void setApplicantNatures(List<UnitNature> applicantNatures) {
        this.applicantNatures = applicantNatures == null ? new ArrayList<>() : new ArrayList<>(applicantNatures);
    }

    public CommitteeFormation getFormation() {
        return formation;
    }

    public void setFormation(CommitteeFormation formation) {
        this.formation = formation;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public String getSpecialtiesText() {
        return specialtiesText;
    }

    public void setSpecialtiesText(String specialtiesText) {
        this.specialtiesText = specialtiesText;
    }
}
