package cn.zhicheng.application;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ResubmitRoute;
import cn.zhicheng.org.Unit;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import static cn.zhicheng.application.ApplicationFixtures.MALE_ID;
import static cn.zhicheng.application.ApplicationFixtures.NOW;
import static cn.zhicheng.application.ApplicationFixtures.withId;
import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application aggregate (SPEC §3.8.3, §3.8.6, §4.1, §4.2): what 立即申报 accepts, the deadline of each
 * submission (first, after a return with and without a personal deadline, 职称初定 without), 撤回 only while untouched,
 * 废弃 of drafts only, and 退回修改 with an opinion and a future deadline.
 */
class ApplicationTest {

    private static final OffsetDateTime FIRST_DEADLINE = NOW.plusDays(30);
    private static final OffsetDateTime RESUBMIT_DEADLINE = NOW.plusDays(40);

    private final ApplicationFixtures fixtures = new ApplicationFixtures();
    private final Activity activity = fixtures.activity();

    private Application start(Unit employer, ApplicationKind kind, Activity chosen, TitleQualification qualification,
                              String specialty, ApplicationRoute route, OffsetDateTime now) {
        return new Application(new Application.Applicant(100L, "张三", MALE_ID), employer, kind, chosen, qualification,
                specialty, route, true, now);
    }

    private Application start(OffsetDateTime now) {
        return start(fixtures.employer, ApplicationKind.REVIEW, activity, fixtures.seniorFull, "临床医学",
                ApplicationRoute.NORMAL, now);
    }

    /** A reviewer along the chain acted (the review chain moves the status; SPEC §3.9). */
    private static void reviewerActs(Application application, ApplicationStatus status) {
        try {
            Field field = Application.class.getDeclaredField("status");
            field.setAccessible(true);
            field.set(application, status);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- 立即申报 --------------------------------------------------------------------------------------------------

    @Test
    void aReviewApplicationBelongsToTheActivitysCommitteeAndYear() {
        Application application = start(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.getCommittee()).isEqualTo(fixtures.committee);
        assertThat(application.getYear()).isEqualTo(2026);
        assertThat(application.getSeries()).isEqualTo(fixtures.series);
        assertThat(application.getLevel()).isEqualTo(TitleLevel.SENIOR_FULL);
        assertThat(application.isNeedsEntrust()).isTrue();
        assertThat(application.getApplicantName()).isEqualTo("张三");
        assertThat(application.getIdNumber()).isEqualTo(MALE_ID);
        assertThat(application.getPosition()).isNull();
        assertThat(application.getFirstSubmittedAt()).isNull();
    }

    @Test
    void anInitialApplicationHasNoActivityCommitteeNorEntrust() {
        Application application = start(fixtures.employer, ApplicationKind.INITIAL, activity, fixtures.intermediate,
                "临床医学", ApplicationRoute.NORMAL, NOW.plusYears(1));
        assertThat(application.getActivity()).isNull();
        assertThat(application.getCommittee()).isNull();
        assertThat(application.getYear()).isEqualTo(2027);
        assertThat(application.isNeedsEntrust()).isFalse();
        assertThat(application.submitDeadline()).isNull();
    }

    @Test
    void startNeedsEverySetupChoice() {
        Unit unregistered = withId(Unit.selfRegistered("未授权单位", NOW), 21L);
        TitleQualification retired = withId(new TitleQualification(fixtures.series, TitleLevel.SENIOR_FULL, "旧名称"), 32L);
        retired.retire();
        TitleQualification qualification = fixtures.seniorFull;
        assertRejected(() -> start(null, ApplicationKind.REVIEW, activity, qualification, "临床", ApplicationRoute.NORMAL,
                NOW), "application.employer.required");
        BusinessException e = assertRejected(() -> start(unregistered, ApplicationKind.REVIEW, activity, qualification,
                "临床", ApplicationRoute.NORMAL, NOW), "application.employer.notActive");
        assertThat(e.getArguments()).containsExactly("未授权单位");
        assertRejected(() -> start(fixtures.employer, null, activity, qualification, "临床", ApplicationRoute.NORMAL, NOW),
                "application.kind.required");
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, null, "临床",
                ApplicationRoute.NORMAL, NOW), "application.qualification.required");
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, retired, "临床",
                ApplicationRoute.NORMAL, NOW), "application.qualification.retired");
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, qualification, "临床", null, NOW),
                "application.route.required");
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, qualification, "  ",
                ApplicationRoute.NORMAL, NOW), "application.specialty.required");
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, qualification, "专".repeat(51),
                ApplicationRoute.NORMAL, NOW), "application.specialty.tooLong");
        assertThat(start(fixtures.employer, ApplicationKind.REVIEW, activity, qualification, " " + "专".repeat(50) + " ",
                ApplicationRoute.NORMAL, NOW).getSpecialty()).hasSize(50);
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, null, qualification, "临床",
                ApplicationRoute.NORMAL, NOW), "application.activity.required");
    }

    @Test
    void reviewApplicationsStartOnlyWhileTheActivityTakesFirstSubmissions() {
        assertRejected(() -> start(NOW.minusDays(1).minusSeconds(1)), "application.activity.closed");
        assertThat(start(NOW.minusDays(1)).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(start(FIRST_DEADLINE).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertRejected(() -> start(FIRST_DEADLINE.plusSeconds(1)), "application.activity.closed");
        Activity unpublished = new Activity(fixtures.committee, new cn.zhicheng.activity.ActivityBasics("草稿活动", "全省",
                2026, cn.zhicheng.activity.ActivityCategory.SPECIAL, cn.zhicheng.activity.EvaluationMethod.EXPERT, false,
                cn.zhicheng.config.WrittenExam.NONE, cn.zhicheng.config.Defense.NONE, false, null,
                cn.zhicheng.config.ReviewMode.ONLINE_VOTE, ApplicationFixtures.schedule(), false, false, false, null,
                false), NOW.toLocalDate(), NOW);
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, unpublished, fixtures.seniorFull, "临床",
                ApplicationRoute.NORMAL, NOW), "application.activity.closed");
    }

    @Test
    void theQualificationMustBeOfTheActivitysSeriesAndOpenedLevels() {
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, fixtures.intermediate, "临床",
                ApplicationRoute.NORMAL, NOW), "application.activity.mismatch");
        TitleSeries other = withId(new TitleSeries("工程技术人员"), 9L);
        TitleQualification engineer = withId(new TitleQualification(other, TitleLevel.SENIOR_FULL, "正高级工程师"), 33L);
        assertRejected(() -> start(fixtures.employer, ApplicationKind.REVIEW, activity, engineer, "土木",
                ApplicationRoute.NORMAL, NOW), "application.activity.mismatch");
    }

    @Test
    void onlyTheApplicantWorksOnTheApplication() {
        Application application = start(NOW);
        application.requireOwnedBy(100L);
        assertRejected(() -> application.requireOwnedBy(101L), "application.notFound");
    }

    // --- 提交 and its deadlines ------------------------------------------------------------------------------------

    @Test
    void theFirstSubmissionGoesToTheEmployerUntilTheFirstDeadline() {
        Application application = start(NOW);
        assertThat(application.submitDeadline()).isEqualTo(FIRST_DEADLINE);
        application.submit(FIRST_DEADLINE);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getPosition().isFirstLevel()).isTrue();
        assertThat(application.getSubmittedAt()).isEqualTo(FIRST_DEADLINE);
        assertThat(application.getFirstSubmittedAt()).isEqualTo(FIRST_DEADLINE);
        assertRejected(() -> application.submit(FIRST_DEADLINE), "application.notEditable");
        assertRejected(application::requireEditable, "application.notEditable");
    }

    @Test
    void aFirstSubmissionAfterTheFirstDeadlineIsRefusedNamingIt() {
        Application application = start(NOW);
        BusinessException e = assertRejected(() -> application.submit(FIRST_DEADLINE.plusSeconds(1)),
                "application.submit.deadlinePassed");
        assertThat(e.getArguments()).containsExactly(Times.display(FIRST_DEADLINE));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        // even before the activity's resubmission deadline: that one is for later submissions
        assertRejected(() -> application.submit(RESUBMIT_DEADLINE.minusDays(1)), "application.submit.deadlinePassed");
    }

    @Test
    void submissionBeforeTheActivityOpensIsRefused() {
        Application application = start(NOW);
        assertRejected(() -> application.submit(NOW.minusDays(1).minusMinutes(1)), "application.submit.notOpen");
    }

    @Test
    void afterAReturnWithAPersonalDeadlineThatDeadlineApplies() {
        Application application = start(NOW);
        application.submit(NOW);
        application.returnForRevision(" 学历证书不清晰 ", NOW.plusDays(5), NOW.plusDays(1));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(application.getLastOpinion()).isEqualTo("学历证书不清晰");
        assertThat(application.getReturnedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(application.getPosition()).isNull();
        assertThat(application.submitDeadline()).isEqualTo(NOW.plusDays(5));
        application.requireEditable();
        assertRejected(() -> application.submit(NOW.plusDays(5).plusSeconds(1)), "application.submit.deadlinePassed");
        application.submit(NOW.plusDays(5));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getFirstSubmittedAt()).isEqualTo(NOW);
        assertThat(application.getSubmittedAt()).isEqualTo(NOW.plusDays(5));
    }

    @Test
    void aPersonalDeadlineMayAlsoBeLaterThanTheActivitysOne() {
        Application application = start(NOW);
        application.submit(NOW);
        application.returnForRevision("补充业绩", RESUBMIT_DEADLINE.plusDays(3), NOW.plusDays(1));
        application.submit(RESUBMIT_DEADLINE.plusDays(2));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void afterAReturnWithoutAPersonalDeadlineTheActivitysResubmitDeadlineApplies() {
        Application application = start(NOW);
        application.submit(NOW);
        reviewerActs(application, ApplicationStatus.IN_REVIEW);
        application.returnForRevision("补充材料", null, NOW.plusDays(31));
        assertThat(application.submitDeadline()).isEqualTo(RESUBMIT_DEADLINE);
        assertRejected(() -> application.submit(RESUBMIT_DEADLINE.plusSeconds(1)), "application.submit.deadlinePassed");
        application.submit(FIRST_DEADLINE.plusDays(5));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aResubmissionAfterAWithdrawalFollowsTheResubmitDeadline() {
        Application application = start(NOW);
        application.submit(NOW);
        application.withdraw();
        assertThat(application.submitDeadline()).isEqualTo(RESUBMIT_DEADLINE);
        application.submit(FIRST_DEADLINE.plusDays(1));
        assertThat(application.getFirstSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    void initialApplicationsHaveNoDeadline() {
        Application application = fixtures.initial();
        application.submit(NOW.plusYears(3));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getPosition().isFirstLevel()).isTrue();
    }

    // --- 撤回, 废弃, 退回修改 ------------------------------------------------------------------------------------------

    @Test
    void withdrawalOnlyWhileNobodyActed() {
        Application application = start(NOW);
        assertRejected(application::withdraw, "application.withdraw.tooLate");
        application.submit(NOW);
        application.withdraw();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.getPosition()).isNull();
        assertThat(application.getSubmittedAt()).isNull();
        assertThat(application.getFirstSubmittedAt()).isEqualTo(NOW);
        assertRejected(application::withdraw, "application.withdraw.tooLate");

        for (ApplicationStatus acted : List.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.ACCEPTED,
                ApplicationStatus.REJECTED)) {
            Application reviewed = start(NOW);
            reviewed.submit(NOW);
            reviewerActs(reviewed, acted);
            assertRejected(reviewed::withdraw, "application.withdraw.tooLate");
            assertThat(reviewed.getStatus()).isEqualTo(acted);
        }
        Application returned = start(NOW);
        returned.submit(NOW);
        returned.returnForRevision("退回", null, NOW);
        assertRejected(returned::withdraw, "application.withdraw.tooLate");
    }

    @Test
    void onlyDraftsAreDiscarded() {
        Application application = start(NOW);
        application.requireDiscardable();
        application.submit(NOW);
        assertRejected(application::requireDiscardable, "application.discard.notDraft");
        application.returnForRevision("退回", null, NOW);
        assertRejected(application::requireDiscardable, "application.discard.notDraft");
        Application withdrawn = start(NOW);
        withdrawn.submit(NOW);
        withdrawn.withdraw();
        withdrawn.requireDiscardable();
    }

    @Test
    void aReturnNeedsAnOpinionAndAFutureDeadline() {
        Application application = start(NOW);
        application.submit(NOW);
        assertRejected(() -> application.returnForRevision(null, null, NOW), "application.opinion.required");
        assertRejected(() -> application.returnForRevision("  ", null, NOW), "application.opinion.required");
        assertRejected(() -> application.returnForRevision("意".repeat(1001), null, NOW), "application.opinion.tooLong");
        assertRejected(() -> application.returnForRevision("补充", NOW, NOW), "application.return.deadlinePast");
        assertRejected(() -> application.returnForRevision("补充", NOW.minusDays(1), NOW),
                "application.return.deadlinePast");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        application.returnForRevision("意".repeat(1000), NOW.plusMinutes(1), NOW);
        assertThat(application.getReturnDeadline()).isEqualTo(NOW.plusMinutes(1));
    }

    @Test
    void onlySubmittedOrReviewedApplicationsCanBeReturned() {
        Application draft = start(NOW);
        assertRejected(() -> draft.returnForRevision("退回", null, NOW), "application.status.transition");
        Application rejected = start(NOW);
        rejected.submit(NOW);
        reviewerActs(rejected, ApplicationStatus.REJECTED);
        assertRejected(() -> rejected.returnForRevision("退回", null, NOW), "application.status.transition");
    }

    // --- the committee's 资格审核 (SPEC §3.9.5, §3.9.6) ------------------------------------------------------------

    private Application atCommittee() {
        Application application = start(NOW);
        application.submit(NOW);
        reviewerActs(application, ApplicationStatus.AT_COMMITTEE);
        return application;
    }

    @Test
    void onlyAnApplicationAtTheCommitteeIsDecidedByIt() {
        Application submitted = start(NOW);
        submitted.submit(NOW);
        assertRejected(() -> submitted.acceptByCommittee(null), "review.qualification.notWaiting");
        assertRejected(() -> submitted.rejectByCommittee("不符合条件"), "review.qualification.notWaiting");
        assertRejected(() -> submitted.returnByCommittee("补充", NOW.plusDays(1), NOW),
                "review.qualification.notWaiting");
        Application accepted = atCommittee();
        accepted.acceptByCommittee("  ");
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.getCommitteeDecision()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.getLastOpinion()).isNull();
        assertRejected(() -> accepted.rejectByCommittee("不符合条件"), "review.qualification.notWaiting");
    }

    @Test
    void aCommitteeRejectionNeedsAReasonAndIsFinal() {
        Application application = atCommittee();
        assertRejected(() -> application.rejectByCommittee(" "), "application.opinion.required");
        assertRejected(() -> application.rejectByCommittee("意".repeat(1001)), "application.opinion.tooLong");
        application.rejectByCommittee(" 任职年限不足 ");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.getCommitteeDecision()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.getLastOpinion()).isEqualTo("任职年限不足");
        assertThat(application.getStatus().isActive()).isFalse();
    }

    @Test
    void aCommitteeReturnNeedsADeadlineAndTheResubmissionGoesBackToTheCommitteeWhenConfigured() {
        Application application = atCommittee();
        assertRejected(() -> application.returnByCommittee("补充", null, NOW), "review.qualification.deadline.required");
        assertRejected(() -> application.returnByCommittee("补充", NOW, NOW), "application.return.deadlinePast");
        assertRejected(() -> application.returnByCommittee("", NOW.plusDays(3), NOW), "application.opinion.required");
        application.returnByCommittee("学历证书不清晰", NOW.plusDays(3), NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(application.getCommitteeDecision()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(application.isResubmittedToCommittee()).isFalse();
        assertRejected(() -> application.submit(NOW.plusDays(3).plusSeconds(1), ResubmitRoute.TO_RETURNING_NODE),
                "application.submit.deadlinePassed");
        application.submit(NOW.plusDays(2), ResubmitRoute.TO_RETURNING_NODE);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AT_COMMITTEE);
        assertThat(application.isResubmittedToCommittee()).isTrue();
        assertThat(application.getPosition()).isNull();
        assertThat(application.getSubmittedAt()).isEqualTo(NOW.plusDays(2));
    }

    @Test
    void fromStartTheResubmissionAfterACommitteeReturnGoesToTheEmployer() {
        Application application = atCommittee();
        application.returnByCommittee("补充", NOW.plusDays(3), NOW);
        application.submit(NOW.plusDays(1), ResubmitRoute.FROM_START);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getPosition().isFirstLevel()).isTrue();
    }

    @Test
    void aUnitReturnIsResubmittedToTheEmployerEvenUnderToReturningNode() {
        Application application = start(NOW);
        application.submit(NOW);
        application.returnForRevision("补充", NOW.plusDays(3), NOW);
        application.submit(NOW.plusDays(1), ResubmitRoute.TO_RETURNING_NODE);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void materialsWithoutAnyKindCannotBeConfigured() {
        // the activity's material list is what the form's 评委会需求材料 rests on
        assertRejected(() -> RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.noneOf(FileKind.class)),
                "activity.material.kinds.required");
    }

    // --- 评审人员统计 (SPEC §3.15.2) -------------------------------------------------------------------------------

    @Test
    void unitsChangeLevelAndRouteFromSubmissionUntilTheCommitteeAccepts() {
        TitleQualification deputy = withId(new TitleQualification(fixtures.seniorFull.getSeries(),
                TitleLevel.SENIOR_DEPUTY, "副主任医师"), 31L);
        Application application = start(NOW);
        assertRejected(() -> application.changeEvaluation(fixtures.seniorFull, ApplicationRoute.EXCEPTIONAL),
                "application.evaluation.notChangeable");
        application.submit(NOW);
        String former = application.changeEvaluation(fixtures.seniorFull, ApplicationRoute.EXCEPTIONAL);
        assertThat(former).contains("SENIOR_FULL", "NORMAL");
        assertThat(application.getRoute()).isEqualTo(ApplicationRoute.EXCEPTIONAL);
        assertThat(application.getLevel()).isEqualTo(TitleLevel.SENIOR_FULL);
        assertRejected(() -> application.changeEvaluation(fixtures.seniorFull, ApplicationRoute.EXCEPTIONAL),
                "application.evaluation.unchanged");
        assertRejected(() -> application.changeEvaluation(deputy, ApplicationRoute.NORMAL),
                "application.evaluation.notOffered");
        assertRejected(() -> application.changeEvaluation(fixtures.intermediate, ApplicationRoute.NORMAL),
                "application.evaluation.notOffered");
        assertRejected(() -> application.changeEvaluation(fixtures.seniorFull, null), "application.route.required");
        reviewerActs(application, ApplicationStatus.AT_COMMITTEE);
        application.changeEvaluation(fixtures.seniorFull, ApplicationRoute.NORMAL);
        reviewerActs(application, ApplicationStatus.ACCEPTED);
        assertRejected(() -> application.changeEvaluation(fixtures.seniorFull, ApplicationRoute.EXCEPTIONAL),
                "application.evaluation.notChangeable");
    }
}
