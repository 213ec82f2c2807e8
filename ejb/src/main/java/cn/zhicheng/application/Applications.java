package cn.zhicheng.application;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.CommitteeFinder;
import cn.zhicheng.activity.CommitteeOffer;
import cn.zhicheng.activity.FinderQuery;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.insurance.SocialInsuranceRecords;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.review.ApplicationChains;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The applicant's own applications (SPEC §3.8.3–§3.8.6, §4.1, §4.2): 立即申报, the form's sections saved one by one,
 * files, 提交 (completeness and deadline), 撤回 while untouched, 废弃 of a draft, 我的申报 and the flow log. Every call
 * works only on the caller's own applications; another person's id answers "not found".
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class Applications {

    public static final String AUDIT_TYPE = "Application";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog audit;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private CommitteeFinder finder;

    @EJB
    private SocialInsuranceRecords insurance;

    @EJB
    private ApplicationChains chains;

    /** The 申报类别 this province offers (SPEC §3.8.5, setting application.routes). */
    public List<ApplicationRoute> routes() {
        return settings.get(SettingKeys.APPLICATION_ROUTES);
    }

    /** The screen layout in force ({@code ui.profile}): HB asks for the 申报类别 before the series (SPEC §3.8.3). */
    public ScreenLayout layout() {
        return settings.get(SettingKeys.UI_PROFILE);
    }

    /** The committee finder (SPEC §3.8.3 step 3) for the chosen employer and catalog choices. */
    public List<CommitteeOffer> offers(FinderQuery query) {
        return finder.find(query);
    }

    /**
     * 立即申报: creates the draft after the uniqueness rules of SPEC §4.2 and copies the personal profile into it.
     * Returns the new application's id.
     */
    public Long start(StartRequest request) {
        Account caller = callers.current();
        Unit employer = request.employerId() == null ? null : em.find(Unit.class, request.employerId());
        TitleQualification qualification = request.qualificationId() == null ? null
                : em.find(TitleQualification.class, request.qualificationId());
        Activity activity = request.kind() == ApplicationKind.REVIEW && request.activityId() != null
                ? em.find(Activity.class, request.activityId()) : null;
        boolean entrust = false;
        if (activity != null && employer != null) {
            CommitteeOffer offer = finder.find(new FinderQuery(employer.getId(), null,
                            qualification == null ? null : qualification.getSeries().getId(),
                            qualification == null ? null : qualification.getLevel(), request.specialty()))
                    .stream().filter(o -> o.activityId().equals(activity.getId())).findFirst()
                    .orElseThrow(() -> new BusinessException("application.activity.notOffered", activity.getName()));
            entrust = offer.entrustRequired();
        }
        OffsetDateTime now = Times.now();
        Application application = new Application(new Application.Applicant(caller.getId(), caller.getDisplayName(),
                caller.getIdNumber() == null ? caller.getLoginName() : caller.getIdNumber().value()), employer,
                request.kind(), activity, qualification, request.specialty(), request.route(), entrust, now);
        requireUnique(caller, application);
        em.persist(application);
        em.flush();
        for (ApplicationEntry entry : FormEntries.ofProfile(em, caller.getId())) {
            em.persist(entry.copyInto(application.getId(), now));
        }
        audit.record(AUDIT_TYPE, application.getId(), "application.start", null,
                ApplicationStatus.DRAFT.name(), null);
        return application.getId();
    }

    /** SPEC §4.2: one application per activity; no second try in a year after 不通过; one active per year. */
    private void requireUnique(Account caller, Application application) {
        List<Application> mine = em.createQuery("select a from Application a where a.applicantId = :me",
                Application.class).setParameter("me", caller.getId()).getResultList();
        for (Application other : mine) {
            if (application.getKind() == ApplicationKind.REVIEW && other.getKind() == ApplicationKind.REVIEW) {
                if (other.getActivity().equals(application.getActivity())) {
                    throw new BusinessException("application.duplicate.activity", other.getActivity().getName());
                }
                if (other.getYear() == application.getYear()
                        && other.getCommittee().equals(application.getCommittee())
                        && other.getStatus() == ApplicationStatus.REJECTED) {
                    throw new BusinessException("application.rejectedThisYear", String.valueOf(other.getYear()),
                            other.getCommittee().getName());
                }
                if (other.getYear() == application.getYear() && other.getStatus().isActive()) {
                    throw new BusinessException("application.activeThisYear", String.valueOf(other.getYear()),
                            other.getActivity().getName());
                }
            }
            if (application.getKind() == ApplicationKind.INITIAL && other.getKind() == ApplicationKind.INITIAL
                    && other.getQualification().equals(application.getQualification())
                    && other.getStatus().isActive()) {
                throw new BusinessException("application.duplicate.initial", other.getQualification().getName());
            }
        }
    }

    /** 我的申报, newest first. */
    public List<ApplicationRow> mine() {
        Account caller = callers.current();
        return em.createQuery("select a from Application a where a.applicantId = :me order by a.createdAt desc",
                        Application.class).setParameter("me", caller.getId()).getResultStream()
                .map(Applications::row).toList();
    }

    static ApplicationRow row(Application a) {
        return new ApplicationRow(a.getId(), a.getKind(), a.getYear(),
                a.getCommittee() == null ? null : a.getCommittee().getName(),
                a.getActivity() == null ? null : a.getActivity().getName(), a.getSeries().getName(), a.getLevel(),
                a.getSpecialty(), a.getQualification().getName(), a.getStatus(), a.getSubmittedAt(),
                a.getStatus().isEditable() ? a.submitDeadline() : null, a.getLastOpinion(),
                a.getStatus().isEditable(), a.getStatus() == ApplicationStatus.SUBMITTED,
                a.getStatus() == ApplicationStatus.DRAFT);
    }

    /** The whole form of one of the caller's applications. */
    public FormView form(Long applicationId) {
        Application application = own(applicationId);
        return view(em, insurance, formOf(application), application);
    }

    /** The form view of an application, for the screen and the 一览表. */
    static FormView view(EntityManager em, SocialInsuranceRecords insurance, ApplicationForm form,
                         Application application) {
        List<SectionComment> comments = em.createNamedQuery(SectionComment.FIND_OF_APPLICATION, SectionComment.class)
                .setParameter("applicationId", application.getId()).getResultList();
        LocalDate today = Times.now().toLocalDate();
        List<FormView.InsuranceRow> insuranceRows = insurance.periodsOf(application.getIdNumber()).stream()
                .map(p -> {
                    Unit unit = em.find(Unit.class, p.unitId());
                    return new FormView.InsuranceRow(unit == null ? String.valueOf(p.unitId()) : unit.getName(),
                            p.from(), p.to(), p.months(today), p.activeOn(today));
                }).toList();
        FormView.Header header = new FormView.Header(application.getApplicantName(),
                masked(application.getIdNumber()), application.getEmployer().getName(), application.getKind(),
                application.getCommittee() == null ? null : application.getCommittee().getName(),
                application.getActivity() == null ? null : application.getActivity().getName(),
                application.getYear(), application.getSeries().getName(), application.getLevel(),
                application.getSpecialty(), application.getQualification().getName(), application.getRoute(),
                application.getStatus(), application.isNeedsEntrust());
        return new FormView(application.getId(), header,
                FormEntries.sections(form, application.getActivity(), comments), insuranceRows,
                form.missing(), application.getStatus().isEditable(),
                application.getStatus().isEditable() ? application.submitDeadline() : null,
                application.getLastOpinion());
    }

    public static String masked(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber;
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }

    /** 保存 one section's entry (暂存 is implicit: every section is saved on its own). Returns the entry id. */
    public Long saveEntry(Long applicationId, EntryInput input) {
        Application application = ownForUpdate(applicationId);
        application.requireEditable();
        List<ApplicationEntry> entries = FormEntries.ofApplication(em, applicationId);
        ApplicationEntry entry = FormEntries.save(em, formOf(application, entries), applicationId,
                application.getApplicantId(), entries, input);
        em.flush();
        return entry.getId();
    }

    public void deleteEntry(Long applicationId, Long entryId) {
        Application application = ownForUpdate(applicationId);
        application.requireEditable();
        FormEntries.delete(em, FormEntries.ofApplication(em, applicationId), entryId);
    }

    /** Uploads a file into a slot of a saved entry. */
    public FormView.FileView attach(Long applicationId, Long entryId, String slotKey, InputStream content,
                                    String fileName) {
        Application application = ownForUpdate(applicationId);
        application.requireEditable();
        ApplicationEntry entry = FormEntries.find(FormEntries.ofApplication(em, applicationId), entryId);
        FileSlot slot = ApplicationForm.slotOf(entry, slotKey, application.getActivity());
        EntryFile file = FormEntries.attach(attachments, entry, slot, content, fileName, application.getActivity());
        return new FormView.FileView(file.getAttachmentId(), file.getSlot(), file.getFileName());
    }

    /** Uploads a file for a 评委会需求材料 item (its entry is created with the first file). */
    public FormView.FileView attachMaterial(Long applicationId, int materialPosition, InputStream content,
                                            String fileName) {
        Application application = ownForUpdate(applicationId);
        application.requireEditable();
        ApplicationForm.materialOf(application.getActivity(), materialPosition);
        List<ApplicationEntry> entries = FormEntries.ofApplication(em, applicationId);
        ApplicationEntry entry = entries.stream()
                .filter(e -> e.getSection() == FormSection.MATERIAL && e.getRequirementPosition() == materialPosition)
                .findFirst().orElse(null);
        if (entry == null) {
            entry = new ApplicationEntry(applicationId, application.getApplicantId(), FormSection.MATERIAL, null,
                    materialPosition, materialPosition, Map.of(), Times.now());
            em.persist(entry);
            em.flush();
        }
        FileSlot slot = ApplicationForm.slotOf(entry, "files", application.getActivity());
        EntryFile file = FormEntries.attach(attachments, entry, slot, content, fileName, application.getActivity());
        return new FormView.FileView(file.getAttachmentId(), file.getSlot(), file.getFileName());
    }

    /** 删除 a file before submission. */
    public void removeFile(Long applicationId, Long entryId, Long attachmentId) {
        Application application = ownForUpdate(applicationId);
        application.requireEditable();
        ApplicationEntry entry = FormEntries.find(FormEntries.ofApplication(em, applicationId), entryId);
        entry.removeFile(attachmentId, Times.now());
    }

    /** 提交 (SPEC §3.8.6): complete, within the deadline, to the employer (or back to a returning committee, §3.9.6). */
    public void submit(Long applicationId) {
        Application application = ownForUpdate(applicationId);
        application.requireEditable();
        formOf(application).requireComplete();
        ApplicationStatus from = application.getStatus();
        application.submit(Times.now(), settings.get(SettingKeys.APPLICATION_RESUBMIT_ROUTE));
        if (application.getPosition() != null && application.getPosition().isInUnit(application.getEmployer().getId())) {
            application.routeThrough(chains.unitPath(application));
        }
        audit.record(AUDIT_TYPE, application.getId(),
                from == ApplicationStatus.RETURNED ? "application.resubmit" : "application.submit", from.name(),
                application.getStatus().name(), null);
    }

    /** 撤回 while the employer has not acted. */
    public void withdraw(Long applicationId) {
        Application application = ownForUpdate(applicationId);
        ApplicationStatus from = application.getStatus();
        application.withdraw();
        audit.record(AUDIT_TYPE, application.getId(), "application.withdraw", from.name(),
                application.getStatus().name(), null);
    }

    /** 废弃: deletes a draft with its entries (attachments stay, immutable and owned by the applicant). */
    public void discard(Long applicationId) {
        Application application = ownForUpdate(applicationId);
        application.requireDiscardable();
        audit.record(AUDIT_TYPE, application.getId(), "application.discard", application.getStatus().name(),
                null, null);
        FormEntries.ofApplication(em, applicationId).forEach(em::remove);
        em.createQuery("delete from SectionComment c where c.applicationId = :id")
                .setParameter("id", applicationId).executeUpdate();
        em.remove(application);
    }

    /** 流转日志 of one of the caller's applications, oldest first. */
    public List<AuditRecord> flowLog(Long applicationId) {
        own(applicationId);
        return audit.history(AUDIT_TYPE, applicationId);
    }

    private Application own(Long applicationId) {
        Application application = applicationId == null ? null : em.find(Application.class, applicationId);
        if (application == null) {
            throw new BusinessException("application.notFound");
        }
        application.requireOwnedBy(callers.current().getId());
        return application;
    }

    /** Serialises concurrent saves of one application (two tabs): the second waits instead of breaking a rule. */
    private Application ownForUpdate(Long applicationId) {
        Application application = own(applicationId);
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        return application;
    }

    private ApplicationForm formOf(Application application) {
        return formOf(application, FormEntries.ofApplication(em, application.getId()));
    }

    private ApplicationForm formOf(Application application, List<ApplicationEntry> entries) {
        ScreenLayout layout = settings.get(SettingKeys.UI_PROFILE);
        return new ApplicationForm(layout, application, entries);
    }
}
