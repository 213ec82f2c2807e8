package cn.zhicheng.it.application;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.CommitteeOffer;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.FinderQuery;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationEntry;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationRow;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.EntryInput;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;
import cn.zhicheng.application.SectionComment;
import cn.zhicheng.application.StartRequest;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Label;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant's applications (SPEC §3.8.3–§3.8.6, §4.1, §4.2, §4.4) inside the real server against PostgreSQL: a
 * 申报评审 application started from the committee finder with a demo employer, every required section and material
 * filled with real files and submitted; the refusal of an incomplete one naming what is missing; the deadlines under
 * a moved clock (初次提交截止, a reviewer's personal deadline, 个人修改提交截止); 撤回 only before a reviewer acts;
 * one application per activity and per year; the 不通过 bar for the year and committee; 废弃 of drafts only;
 * attachment checks (a renamed .exe, an oversize photo, a material's file kinds, slot counts); another applicant
 * seeing "not found"; the flow log; the personal profile copied into a new application; and 职称初定 without a
 * committee or deadline. Each test seeds its own committee, activity and applicants; a reviewer's action is simulated
 * in a transaction until the review chain exists.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final String PASSWORD = "Right@2026";
    private static final String DEMO_EMPLOYER = "四川省人民医院";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** A real 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /** The start of a Windows executable (DOS header "MZ"). */
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
            (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, '@', 0, 0, 0, 0, 0, 0, 0};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ApplicationIT.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private Applications applications;

    private String hashed;

    /** What one test seeds: a filed committee with a published activity accepting applications now, two applicants. */
    private static final class World {
        String tag;
        int year;
        Long seriesId;
        Long committeeId;
        Long activityId;
        Long seniorId;
        Long intermediateId;
        Long employerId;
        Long provinceId;
        Long healthId;
        Account first;
        Account second;
    }

    @AfterEach
    void resetClock() {
        Times.reset();
    }

    private World world() throws Exception {
        String tag = "ap" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            w.year = Times.now().getYear();
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            w.seriesId = series.getId();
            TitleQualification senior = new TitleQualification(series, TitleLevel.SENIOR_FULL, tag + "主任医师");
            TitleQualification intermediate = new TitleQualification(series, TitleLevel.INTERMEDIATE, tag + "主治医师");
            em.persist(senior);
            em.persist(intermediate);
            w.seniorId = senior.getId();
            w.intermediateId = intermediate.getId();
            Unit province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
            Unit health = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null, province);
            w.provinceId = province.getId();
            w.healthId = health.getId();
            Committee committee = committee(tag + "高评委", health, province, series);
            w.committeeId = committee.getId();
            w.activityId = activity(committee, tag + "年度评审", ActivityCategory.ANNUAL, w.year).getId();
            w.employerId = em.createQuery("select u.id from Unit u where u.name = :name", Long.class)
                    .setParameter("name", DEMO_EMPLOYER).getSingleResult();
            w.first = applicant("申报甲");
            w.second = applicant("申报乙");
            return w;
        });
    }

    // --- the main flow ---------------------------------------------------------------------------------------------

    @Test
    void anApplicantCompletesAndSubmitsAReviewApplicationToTheEmployer() throws Exception {
        World w = world();
        signIn(w.first);
        List<CommitteeOffer> offers = applications.offers(new FinderQuery(w.employerId, EvaluationMethod.EXPERT,
                w.seriesId, TitleLevel.SENIOR_FULL, null));
        assertEquals(List.of(w.activityId), offers.stream().map(CommitteeOffer::activityId).toList());
        assertFalse(offers.get(0).entrustRequired());

        Long id = start(w);
        FormView form = applications.form(id);
        assertEquals(ApplicationStatus.DRAFT, form.header().status());
        assertEquals("申报甲", form.header().name());
        assertEquals(DEMO_EMPLOYER, form.header().employerName());
        assertEquals(w.tag + "高评委", form.header().committeeName());
        assertEquals(w.year, form.header().year());
        assertFalse(form.header().maskedIdNumber().equals(w.first.getIdNumber().value()));
        assertTrue(form.editable());
        assertEquals(List.of(FormSection.BASIC, FormSection.EDUCATION, FormSection.QUALIFICATION, FormSection.SKILL,
                FormSection.PROVINCIAL_CERTIFICATE, FormSection.WORK, FormSection.ACHIEVEMENT, FormSection.SOCIETY,
                FormSection.CONTINUING, FormSection.ASSESSMENT, FormSection.MATERIAL),
                form.sections().stream().map(FormView.SectionView::section).toList());

        // 提交 of the empty draft: refused, naming every missing section and required material (not the optional one)
        BusinessException incomplete = assertRejected(() -> applications.submit(id), "application.submit.incomplete");
        List<String> missing = texts(incomplete.getArguments()[0]);
        assertEquals(List.of("个人基本信息", "学历信息", "工作经历", "身份证", "学历证书"), missing);
        assertEquals(missing, applications.form(id).missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());

        fillSections(id, w.first);
        FormView filled = applications.form(id);
        assertRejected(() -> applications.deleteEntry(id, entryOf(filled, FormSection.BASIC).id()),
                "application.entry.basicNotDeletable");
        applications.deleteEntry(id, entryOf(filled, FormSection.WORK).id());
        assertEquals(List.of("工作经历", "身份证", "学历证书"), applications.form(id).missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());
        save(id, FormSection.WORK, work());
        assertRejected(() -> applications.submit(id), "application.submit.incomplete");
        assertEquals(List.of("身份证", "学历证书"), applications.form(id).missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());
        applications.attachMaterial(id, 1, pdf(), "身份证正面.pdf");
        assertEquals(List.of("学历证书"), applications.form(id).missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());
        applications.attachMaterial(id, 2, pdf(), "学历证书.pdf");
        assertEquals(List.of(), applications.form(id).missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());

        applications.submit(id);
        FormView submitted = applications.form(id);
        assertEquals(ApplicationStatus.SUBMITTED, submitted.header().status());
        assertFalse(submitted.editable());
        Application stored = inTransaction(() -> em.find(Application.class, id));
        assertEquals(w.employerId, stored.getPosition().getUnitId());
        assertTrue(stored.getPosition().isFirstLevel());
        assertTrue(stored.getFirstSubmittedAt() != null && stored.getSubmittedAt() != null);
        ApplicationRow row = only(applications.mine());
        assertEquals(ApplicationStatus.SUBMITTED, row.status());
        assertTrue(row.withdrawable());
        assertFalse(row.editable());
        assertFalse(row.discardable());

        // read-only for the applicant after 提交
        Long basicId = entryOf(submitted, FormSection.BASIC).id();
        assertRejected(() -> applications.saveEntry(id, new EntryInput(basicId, FormSection.BASIC, null, null,
                basic(w.first))), "application.notEditable");
        assertRejected(() -> applications.saveEntry(id, new EntryInput(null, FormSection.ASSESSMENT, null, null,
                Map.of("year", "2020", "grade", "COMPETENT"))), "application.notEditable");
        assertRejected(() -> applications.attachMaterial(id, 1, pdf(), "又一张.pdf"), "application.notEditable");
        assertRejected(() -> applications.deleteEntry(id, entryOf(submitted, FormSection.WORK).id()),
                "application.notEditable");
        assertRejected(() -> applications.submit(id), "application.notEditable");
    }

    @Test
    void theFlowLogRecordsStartSubmitAndWithdrawWithTheirStatuses() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        complete(id, w.first);
        applications.submit(id);
        applications.withdraw(id);
        assertEquals(ApplicationStatus.DRAFT, only(applications.mine()).status());
        assertTrue(only(applications.mine()).editable());
        applications.submit(id);

        List<AuditRecord> log = applications.flowLog(id);
        assertEquals(List.of("application.start", "application.submit", "application.withdraw", "application.submit"),
                log.stream().map(AuditRecord::getAction).toList());
        assertEquals(Arrays.asList(null, "DRAFT", "SUBMITTED", "DRAFT"),
                log.stream().map(AuditRecord::getFromStatus).toList());
        assertEquals(List.of("DRAFT", "SUBMITTED", "DRAFT", "SUBMITTED"),
                log.stream().map(AuditRecord::getToStatus).toList());
        assertTrue(log.stream().allMatch(r -> w.first.getLoginName().equals(r.getActorLogin())));
    }

    // --- deadlines (SPEC §4.1) with the controllable clock -------------------------------------------------------------

    @Test
    void theFirstSubmissionIsRefusedAfterTheFirstSubmitDeadline() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        complete(id, w.first);
        try {
            Times.shift(Duration.ofDays(31));
            BusinessException e = assertRejected(() -> applications.submit(id), "application.submit.deadlinePassed");
            assertEquals(1, e.getArguments().length);
            assertEquals(ApplicationStatus.DRAFT, only(applications.mine()).status());
            // and nobody starts a new application in it any more
            signIn(w.second);
            assertRejected(() -> start(w), "application.activity.notOffered");
        } finally {
            Times.reset();
        }
        signIn(w.first);
        applications.submit(id);
        assertEquals(ApplicationStatus.SUBMITTED, only(applications.mine()).status());
    }

    @Test
    void afterAReturnThePersonalDeadlineOrElseTheActivitysResubmitDeadlineApplies() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        complete(id, w.first);
        applications.submit(id);

        // returned with a personal deadline in 5 days: refused after it, allowed before it
        OffsetDateTime personal = Times.now().plusDays(5).truncatedTo(ChronoUnit.SECONDS);
        returnForRevision(id, "学历证书不清晰，请重新上传", personal);
        ApplicationRow returned = only(applications.mine());
        assertEquals(ApplicationStatus.RETURNED, returned.status());
        assertEquals("学历证书不清晰，请重新上传", returned.lastOpinion());
        assertEquals(personal.toInstant(), returned.deadline().toInstant());
        assertTrue(returned.editable());
        assertFalse(returned.withdrawable());
        inTransaction(() -> {
            em.persist(new SectionComment(id, FormSection.EDUCATION, "学历证书扫描件不清晰", "经办人", DEMO_EMPLOYER,
                    Times.now()));
            return null;
        });
        FormView form = applications.form(id);
        assertTrue(form.editable());
        assertEquals(personal.toInstant(), form.deadline().toInstant());
        assertEquals("学历证书不清晰，请重新上传", form.lastOpinion());
        FormView.SectionView educationSection = section(form, FormSection.EDUCATION);
        assertTrue(educationSection.isCommented());
        assertEquals(List.of("学历证书扫描件不清晰"), educationSection.comments().stream()
                .map(FormView.CommentView::comment).toList());
        assertFalse(section(form, FormSection.WORK).isCommented());
        applications.attach(id, entryOf(form, FormSection.EDUCATION).id(), "degreeCertificate", pdf(), "学位证.pdf");
        try {
            Times.shift(Duration.ofDays(6));
            assertRejected(() -> applications.submit(id), "application.submit.deadlinePassed");
            Times.shift(Duration.ofDays(4));
            applications.submit(id);
        } finally {
            Times.reset();
        }
        assertEquals(ApplicationStatus.SUBMITTED, only(applications.mine()).status());
        Application resubmitted = inTransaction(() -> em.find(Application.class, id));
        assertEquals(w.employerId, resubmitted.getPosition().getUnitId());
        assertTrue(resubmitted.getPosition().isFirstLevel());
        assertTrue(resubmitted.getSubmittedAt().isAfter(resubmitted.getFirstSubmittedAt()));

        // returned without one: the activity's 个人修改提交截止时间 (40 days), past the first deadline (30 days)
        returnForRevision(id, "补充继续教育证明", null);
        try {
            Times.shift(Duration.ofDays(41));
            assertRejected(() -> applications.submit(id), "application.submit.deadlinePassed");
            Times.shift(Duration.ofDays(35));
            applications.submit(id);
        } finally {
            Times.reset();
        }
        assertEquals(ApplicationStatus.SUBMITTED, only(applications.mine()).status());
    }

    // --- 撤回, 废弃 ----------------------------------------------------------------------------------------------------

    @Test
    void withdrawalIsAllowedOnlyUntilAReviewerActs() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        complete(id, w.first);
        assertRejected(() -> applications.withdraw(id), "application.withdraw.tooLate");
        applications.submit(id);
        applications.withdraw(id);
        assertNull(inTransaction(() -> em.find(Application.class, id)).getPosition());
        applications.submit(id);

        reviewerActs(id, ApplicationStatus.IN_REVIEW);
        assertFalse(only(applications.mine()).withdrawable());
        assertRejected(() -> applications.withdraw(id), "application.withdraw.tooLate");
        assertEquals(ApplicationStatus.IN_REVIEW, only(applications.mine()).status());

        returnForRevision(id, "请补充业绩", null);
        assertRejected(() -> applications.withdraw(id), "application.withdraw.tooLate");
        assertEquals(ApplicationStatus.RETURNED, only(applications.mine()).status());
    }

    @Test
    void onlyDraftsAreDiscardedAndADiscardedApplicationIsGone() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        complete(id, w.first);
        applications.submit(id);
        assertRejected(() -> applications.discard(id), "application.discard.notDraft");
        returnForRevision(id, "退回修改", null);
        inTransaction(() -> {
            em.persist(new SectionComment(id, FormSection.WORK, "工作经历不完整", "经办人", DEMO_EMPLOYER, Times.now()));
            return null;
        });
        assertRejected(() -> applications.discard(id), "application.discard.notDraft");
        applications.submit(id);
        applications.withdraw(id);

        applications.discard(id);
        assertTrue(applications.mine().isEmpty());
        assertRejected(() -> applications.form(id), "application.notFound");
        assertRejected(() -> applications.flowLog(id), "application.notFound");
        assertEquals(0L, inTransaction(() -> em.createQuery(
                "select count(e) from ApplicationEntry e where e.applicationId = :id", Long.class)
                .setParameter("id", id).getSingleResult()));
        assertEquals(0L, inTransaction(() -> em.createQuery(
                "select count(c) from SectionComment c where c.applicationId = :id", Long.class)
                .setParameter("id", id).getSingleResult()));
        // the applicant may start again in the same activity
        Long again = start(w);
        assertEquals(List.of(again), applications.mine().stream().map(ApplicationRow::id).toList());
    }

    // --- uniqueness (SPEC §4.2) ----------------------------------------------------------------------------------------

    @Test
    void oneApplicationPerActivityAndOneActivePerYear() throws Exception {
        World w = world();
        Long special = inTransaction(() -> activity(em.find(Committee.class, w.committeeId), w.tag + "专项评审",
                ActivityCategory.SPECIAL, w.year).getId());
        signIn(w.first);
        Long id = start(w);
        assertRejected(() -> start(w), "application.duplicate.activity");
        assertRejected(() -> start(w, special), "application.activeThisYear");
        complete(id, w.first);
        applications.submit(id);
        assertRejected(() -> start(w), "application.duplicate.activity");
        assertEquals(1, applications.mine().size());
        // another applicant is not affected
        signIn(w.second);
        start(w);
    }

    @Test
    void aRejectionBarsTheCommitteeForTheYearButNotOtherCommitteesOrYears() throws Exception {
        World w = world();
        Long[] others = inTransaction(() -> {
            Committee same = em.find(Committee.class, w.committeeId);
            Long sameCommitteeSpecial = activity(same, w.tag + "专项评审", ActivityCategory.SPECIAL, w.year).getId();
            Long sameCommitteeNextYear = activity(same, w.tag + "次年评审", ActivityCategory.ANNUAL, w.year + 1).getId();
            Committee other = committee(w.tag + "另一评委会", em.find(Unit.class, w.healthId),
                    em.find(Unit.class, w.provinceId), em.find(TitleSeries.class, w.seriesId));
            Long otherCommittee = activity(other, w.tag + "另一评委会年度", ActivityCategory.ANNUAL, w.year).getId();
            return new Long[]{sameCommitteeSpecial, sameCommitteeNextYear, otherCommittee};
        });
        signIn(w.first);
        Long id = start(w);
        complete(id, w.first);
        applications.submit(id);
        reviewerActs(id, ApplicationStatus.REJECTED);

        BusinessException e = assertRejected(() -> start(w, others[0]), "application.rejectedThisYear");
        assertEquals(String.valueOf(w.year), e.getArguments()[0]);
        assertEquals(w.tag + "高评委", e.getArguments()[1]);
        assertRejected(() -> start(w), "application.duplicate.activity");
        Long nextYear = start(w, others[1]);
        applications.discard(nextYear);
        Long otherCommittee = start(w, others[2]);
        assertEquals(Set.of(id, otherCommittee),
                Set.copyOf(applications.mine().stream().map(ApplicationRow::id).toList()));
    }

    // --- attachments (SPEC §4.4) ---------------------------------------------------------------------------------------

    @Test
    void attachmentsAreCheckedByContentSizeKindAndCount() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        Long basic = save(id, FormSection.BASIC, basic(w.first));
        Long education = save(id, FormSection.EDUCATION, education());

        // a renamed executable is refused wherever it goes
        assertRejected(() -> applications.attach(id, education, "diploma", in(EXE), "x.pdf"),
                "attachment.type.notAccepted");
        assertRejected(() -> applications.attachMaterial(id, 1, in(EXE), "身份证.pdf"), "attachment.type.notAccepted");
        // the photo: images only, at most 500 KB
        byte[] large = Arrays.copyOf(PNG, 500 * 1024 + 1);
        assertRejected(() -> applications.attach(id, basic, "photo", in(large), "照片.png"), "attachment.tooLarge");
        assertRejected(() -> applications.attach(id, basic, "photo", pdf(), "照片.pdf"), "attachment.type.notAccepted");
        FormView.FileView photo = applications.attach(id, basic, "photo", in(Arrays.copyOf(PNG, 500 * 1024)),
                "照片.png");
        assertEquals("照片.png", photo.fileName());
        assertRejected(() -> applications.attach(id, basic, "photo", png(), "第二张.png"), "application.file.slotFull");
        // a material takes the kinds and count the activity configured
        assertRejected(() -> applications.attachMaterial(id, 3, pdf(), "荣誉.pdf"), "application.material.kind");
        applications.attachMaterial(id, 3, png(), "荣誉.png");
        applications.attachMaterial(id, 1, pdf(), "正面.pdf");
        applications.attachMaterial(id, 1, png(), "反面.png");
        assertRejected(() -> applications.attachMaterial(id, 1, pdf(), "第三张.pdf"), "application.file.slotFull");
        assertRejected(() -> applications.attachMaterial(id, 9, pdf(), "未配置.pdf"), "application.material.unknown");
        // 删除 frees the slot
        FormView form = applications.form(id);
        FormView.MaterialView idCard = materials(form).get(0);
        assertEquals(2, idCard.files().size());
        applications.removeFile(id, idCard.entryId(), idCard.files().get(0).attachmentId());
        applications.attachMaterial(id, 1, pdf(), "第三张.pdf");
        assertEquals(List.of("反面.png", "第三张.pdf"), materials(applications.form(id))
                .get(0).files().stream().map(FormView.FileView::fileName).toList());
        assertRejected(() -> applications.removeFile(id, idCard.entryId(), photo.attachmentId()),
                "application.file.notFound");
    }

    // --- scoping (SPEC §2.6) ---------------------------------------------------------------------------------------

    @Test
    void anotherApplicantSeesNothingOfTheApplication() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = start(w);
        Long basic = save(id, FormSection.BASIC, basic(w.first));
        FormView.FileView photo = applications.attach(id, basic, "photo", png(), "照片.png");

        signIn(w.second);
        assertTrue(applications.mine().isEmpty());
        List<Executable> foreign = List.of(
                () -> applications.form(id),
                () -> applications.saveEntry(id, new EntryInput(basic, FormSection.BASIC, null, null,
                        basic(w.second))),
                () -> applications.saveEntry(id, new EntryInput(null, FormSection.WORK, null, null, work())),
                () -> applications.deleteEntry(id, basic),
                () -> applications.attach(id, basic, "photo", png(), "冒名.png"),
                () -> applications.attachMaterial(id, 1, pdf(), "冒名.pdf"),
                () -> applications.removeFile(id, basic, photo.attachmentId()),
                () -> applications.submit(id),
                () -> applications.withdraw(id),
                () -> applications.discard(id),
                () -> applications.flowLog(id),
                () -> applications.form(-1L));
        for (Executable action : foreign) {
            assertRejected(action, "application.notFound");
        }
        // an entry of the first applicant's application cannot be reached through the second's own application
        Long own = start(w);
        assertRejected(() -> applications.saveEntry(own, new EntryInput(basic, FormSection.BASIC, null, null,
                basic(w.second))), "application.entry.notFound");
        assertRejected(() -> applications.attach(own, basic, "photo", png(), "冒名.png"), "application.entry.notFound");

        signIn(w.first);
        // a post that names one section for an entry of another must not rewrite that entry under the other's rules
        Long work = save(id, FormSection.WORK, work());
        assertRejected(() -> applications.saveEntry(id, new EntryInput(work, FormSection.BASIC, null, null,
                basic(w.first))), "application.entry.notFound");
        assertRejected(() -> applications.saveEntry(id, new EntryInput(basic, FormSection.ASSESSMENT, null, null,
                Map.of("year", "2024", "grade", "EXCELLENT"))), "application.entry.notFound");
        FormView form = applications.form(id);
        assertEquals(work(), entryOf(form, FormSection.WORK).values());
        assertEquals("13800138000", entryOf(form, FormSection.BASIC).value("mobile"));
        assertEquals(List.of("照片.png"), entryOf(form, FormSection.BASIC).files().stream()
                .map(FormView.FileView::fileName).toList());
        assertEquals(List.of("application.start"), applications.flowLog(id).stream().map(AuditRecord::getAction).toList());

        // and nobody but an applicant reaches the service
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        assertThrows(EJBAccessException.class, () -> applications.mine());
    }

    // --- personal profile (SPEC §3.8.4 pre-filling) ------------------------------------------------------------------

    @Test
    void theProfileIsCopiedIntoANewApplicationAndStaysAsItWas() throws Exception {
        World w = world();
        inTransaction(() -> {
            em.persist(ApplicationEntry.ofProfile(w.first.getId(), FormSection.BASIC, 1, basic(w.first), Times.now()));
            em.persist(ApplicationEntry.ofProfile(w.first.getId(), FormSection.EDUCATION, 1, education(), Times.now()));
            em.persist(ApplicationEntry.ofProfile(w.first.getId(), FormSection.WORK, 1, work(), Times.now()));
            return null;
        });
        signIn(w.first);
        Long id = start(w);
        FormView form = applications.form(id);
        assertEquals("四川大学", entryOf(form, FormSection.EDUCATION).value("school"));
        assertEquals("13800138000", entryOf(form, FormSection.BASIC).value("mobile"));
        assertEquals("2019-07", entryOf(form, FormSection.WORK).value("startMonth"));
        // only the files are left to add
        assertEquals(List.of("个人基本信息", "学历信息", "身份证", "学历证书"), form.missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());

        Long educationId = entryOf(form, FormSection.EDUCATION).id();
        Map<String, String> changed = new HashMap<>(education());
        changed.put("school", "华西医科大学");
        applications.saveEntry(id, new EntryInput(educationId, FormSection.EDUCATION, null, null, changed));
        assertEquals("华西医科大学", entryOf(applications.form(id),
                FormSection.EDUCATION).value("school"));
        List<String> profileSchools = inTransaction(() -> em.createNamedQuery(ApplicationEntry.FIND_OF_PROFILE,
                        ApplicationEntry.class).setParameter("ownerId", w.first.getId()).getResultStream()
                .filter(e -> e.getSection() == FormSection.EDUCATION).map(e -> e.value("school")).toList());
        assertEquals(List.of("四川大学"), profileSchools);

        // another applicant's profile is not copied
        signIn(w.second);
        Long other = start(w);
        assertTrue(applications.form(other).sections().stream()
                .allMatch(s -> s.entries().isEmpty()));
    }

    // --- 职称初定 ------------------------------------------------------------------------------------------------------

    @Test
    void anInitialApplicationGoesToTheEmployerWithoutCommitteeOrDeadline() throws Exception {
        World w = world();
        signIn(w.first);
        Long id = applications.start(new StartRequest(w.employerId, ApplicationKind.INITIAL, w.intermediateId,
                "临床医学", ApplicationRoute.NORMAL, w.activityId));
        FormView form = applications.form(id);
        assertEquals(ApplicationKind.INITIAL, form.header().kind());
        assertNull(form.header().committeeName());
        assertNull(form.header().activityName());
        assertNull(form.deadline());
        assertEquals(List.of(FormSection.BASIC, FormSection.EDUCATION, FormSection.QUALIFICATION, FormSection.SKILL,
                FormSection.PROVINCIAL_CERTIFICATE, FormSection.WORK, FormSection.CONTINUING, FormSection.ASSESSMENT),
                form.sections().stream().map(FormView.SectionView::section).toList());
        assertEquals(List.of("个人基本信息", "学历信息", "工作经历"), form.missing().stream().map(l -> l.text(Locale.SIMPLIFIED_CHINESE)).toList());
        assertRejected(() -> applications.attachMaterial(id, 1, pdf(), "x.pdf"), "application.material.unknown");
        assertRejected(() -> applications.start(new StartRequest(w.employerId, ApplicationKind.INITIAL,
                w.intermediateId, "临床医学", ApplicationRoute.NORMAL, null)), "application.duplicate.initial");

        fillSections(id, w.first);
        try {
            Times.shift(Duration.ofDays(400));
            applications.submit(id);
        } finally {
            Times.reset();
        }
        Application stored = inTransaction(() -> em.find(Application.class, id));
        assertEquals(ApplicationStatus.SUBMITTED, stored.getStatus());
        assertNull(stored.getActivity());
        assertEquals(w.employerId, stored.getPosition().getUnitId());
        // a 申报评审 application in the same year is not blocked by it
        start(w);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private Long start(World w) {
        return start(w, w.activityId);
    }

    private Long start(World w, Long activityId) {
        return applications.start(new StartRequest(w.employerId, ApplicationKind.REVIEW, w.seniorId, "临床医学",
                ApplicationRoute.NORMAL, activityId));
    }

    /** Every section an SC 申报评审 form requires, with the files they need, and two optional ones. */
    private void fillSections(Long id, Account who) {
        Long basic = save(id, FormSection.BASIC, basic(who));
        applications.attach(id, basic, "photo", png(), "证件照.png");
        Long education = save(id, FormSection.EDUCATION, education());
        applications.attach(id, education, "diploma", pdf(), "毕业证书.pdf");
        save(id, FormSection.WORK, work());
        Long qualification = save(id, FormSection.QUALIFICATION, Map.of("series", "卫生技术人员", "specialty", "临床医学",
                "title", "副主任医师", "titleLevel", "DEPUTY_SENIOR", "obtainedOn", "20180601"));
        applications.attach(id, qualification, "certificate", pdf(), "资格证书.pdf");
        save(id, FormSection.ASSESSMENT, Map.of("year", "2024", "grade", "EXCELLENT"));
        if (applications.form(id).header().kind() == ApplicationKind.REVIEW) {
            Long achievement = applications.saveEntry(id, new EntryInput(null, FormSection.ACHIEVEMENT, 1,
                    AchievementTemplate.GENERAL, Map.of("startDate", "2022-01-01", "endDate", "2023-12-31",
                    "workName", "心力衰竭规范化诊疗推广", "afterCurrentTitle", "YES")));
            applications.attach(id, achievement, "evidence", pdf(), "结题报告.pdf");
        }
    }

    private void complete(Long id, Account who) {
        fillSections(id, who);
        applications.attachMaterial(id, 1, pdf(), "身份证.pdf");
        applications.attachMaterial(id, 2, pdf(), "学历证书.pdf");
    }

    private Long save(Long id, FormSection section, Map<String, String> values) {
        return applications.saveEntry(id, new EntryInput(null, section, null, null, values));
    }

    private static Map<String, String> basic(Account who) {
        IdNumber idNumber = who.getIdNumber();
        return Map.of("documentType", "RESIDENT_ID", "sex", idNumber.sex().name(), "ethnicity", "汉族",
                "birthDate", idNumber.birthDate().toString(), "political", "CPC", "mobile", "13800138000",
                "summary", "从事心内科临床工作十余年，主持省级课题两项，年均门诊量八千人次。");
    }

    private static Map<String, String> education() {
        return Map.of("startMonth", "2005-09", "endMonth", "2010-07", "school", "四川大学", "major", "临床医学",
                "schooling", "Y5", "education", "BACHELOR", "degree", "BACHELOR", "first", "YES", "highest", "YES");
    }

    private static Map<String, String> work() {
        return Map.of("startMonth", "2019-07", "employer", DEMO_EMPLOYER, "position", "副主任医师", "witness", "王主任",
                "content", "心内科临床、教学和科研工作");
    }

    private static FormView.EntryView entryOf(FormView form, FormSection section) {
        return form.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow().entries().get(0);
    }

    private static FormView.SectionView section(FormView form, FormSection section) {
        return form.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }

    private static List<FormView.MaterialView> materials(FormView form) {
        return form.sections().stream().filter(s -> s.section() == FormSection.MATERIAL).findFirst().orElseThrow()
                .materials();
    }

    private static List<String> texts(Object labels) {
        return ((List<?>) labels).stream().map(l -> ((Label) l).text(Locale.SIMPLIFIED_CHINESE)).toList();
    }

    private static ApplicationRow only(List<ApplicationRow> rows) {
        assertEquals(1, rows.size(), "one application expected: " + rows);
        return rows.get(0);
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static InputStream pdf() {
        return in(PDF);
    }

    private static InputStream png() {
        return in(PNG);
    }

    /** 退回修改 by a reviewer (the review chain comes with its issue): through the entity, in one transaction. */
    private void returnForRevision(Long id, String opinion, OffsetDateTime personalDeadline) throws Exception {
        inTransaction(() -> {
            em.find(Application.class, id).returnForRevision(opinion, personalDeadline, Times.now());
            return null;
        });
    }

    /** A reviewer along the chain acted (审核中 or 不通过); the review chain's own transitions come with its issue. */
    private void reviewerActs(Long id, ApplicationStatus status) throws Exception {
        inTransaction(() -> em.createQuery("update Application a set a.status = :status where a.id = :id")
                .setParameter("status", status).setParameter("id", id).executeUpdate());
    }

    private static BusinessException assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
    }

    private Account applicant(String name) {
        String id = TestData.idNumber();
        Account account = Account.selfRegistered(id, name, IdNumber.of(id), "13800138000", hashed(), Times.now());
        account.grant(Role.APPLICANT, null);
        em.persist(account);
        return account;
    }

    private Unit unit(String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = new Unit(name, null, type, level, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private Committee committee(String name, Unit formation, Unit province, TitleSeries series) {
        Committee committee = Committee.draft(new CommitteeProfile(name, "人事处", "评委会办公室",
                        CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY),
                        "张联系", "028-86130000", "成都市人民南路1号", false, false, Set.of(),
                        CommitteeFormation.BY_SERIES, List.of(), Set.of("510000")),
                formation, series, province, province, Times.now());
        em.persist(committee);
        committee.authoriseAtCreation(Times.now());
        return committee;
    }

    /**
     * A published activity accepting applications now: first submissions for 30 days, resubmissions for 40; materials
     * 身份证 (required, 2 files, PDF or JPEG/PNG), 学历证书 (required, 1 PDF), 荣誉证书 (optional, 1 PNG).
     */
    private Activity activity(Committee committee, String name, ActivityCategory category, int year) {
        OffsetDateTime start = Times.now().minusDays(1);
        Activity activity = new Activity(committee, new ActivityBasics(name, "全省在岗卫生专业技术人员", year, category,
                EvaluationMethod.EXPERT, false, WrittenExam.NONE, Defense.NONE, false, null, ReviewMode.ONLINE_VOTE,
                ActivitySchedule.of(start, start.plusDays(31), start.plusDays(41), start.plusDays(51), null, null),
                false, false, false, null, true), Times.now().toLocalDate(), Times.now());
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.AFTER_CURRENT_TITLE,
                EnumSet.of(AchievementTemplate.GENERAL, AchievementTemplate.AWARD), "取得现职称后的业绩")));
        activity.configureExceptions(List.of(), null, null);
        activity.configureMaterials(List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG)),
                RequiredMaterial.of(2, 2, "学历证书", true, 1, EnumSet.of(FileKind.PDF)),
                RequiredMaterial.of(3, 3, "荣誉证书", false, 1, EnumSet.of(FileKind.PNG))));
        em.persist(activity);
        activity.publishDirectly(Times.now().toLocalDate(), Times.now());
        return activity;
    }

    private String hashed() {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        return hashed;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
