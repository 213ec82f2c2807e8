package cn.zhicheng.application;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ResubmitRoute;
import cn.zhicheng.review.ReviewPosition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.zhicheng.application.ApplicationFixtures.MALE_ID;
import static cn.zhicheng.application.ApplicationFixtures.NOW;
import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit review chain of an application (SPEC §3.9.1, §3.9.4, §3.9.6): employer posts, the next unit, the
 * committee within its acceptance deadline, 职称初定 to ACCEPTED, returns to a lower unit or to the applicant with
 * both resubmit routes, rejection, the employer's required files and the entrust decision.
 */
class ApplicationChainTest {

    private static final Long EMPLOYER = 20L;
    private static final Long PARENT = 21L;
    private static final Long DEPARTMENT = 1L;

    private final ApplicationFixtures fixtures = new ApplicationFixtures();
    private final Activity activity = fixtures.activity();

    private Application submitted() {
        Application application = new Application(new Application.Applicant(100L, "张三", MALE_ID),
                fixtures.employer, ApplicationKind.REVIEW, activity, fixtures.seniorFull, "临床医学",
                ApplicationRoute.NORMAL, false, NOW);
        application.submit(NOW);
        application.routeThrough(List.of(EMPLOYER, PARENT, DEPARTMENT));
        return application;
    }

    private static void employerFiles(Application application) {
        application.attachEmployerFile(Application.EmployerFile.PUBLICITY, 501L);
        application.attachEmployerFile(Application.EmployerFile.RECOMMENDATION, 502L);
    }

    @Test
    void passesThroughTheEmployerPostsAndEachUnitToTheCommittee() {
        Application application = submitted();
        assertThat(application.isWaitingAt(EMPLOYER)).isTrue();
        application.passToLevel(ReviewPosition.of(EMPLOYER, 2));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(application.getPosition()).isEqualTo(ReviewPosition.of(EMPLOYER, 2));
        employerFiles(application);
        application.passOutOfUnit(NOW);
        assertThat(application.getPosition()).isEqualTo(ReviewPosition.firstLevelOf(PARENT));
        assertThat(application.isWaitingAt(EMPLOYER)).isFalse();
        application.passOutOfUnit(NOW);
        assertThat(application.getPosition()).isEqualTo(ReviewPosition.firstLevelOf(DEPARTMENT));
        application.passOutOfUnit(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AT_COMMITTEE);
        assertThat(application.getPosition()).isNull();
    }

    @Test
    void theEmployerNeedsThePublicityAndRecommendationFiles() {
        Application application = submitted();
        application.attachEmployerFile(Application.EmployerFile.PUBLICITY, 501L);
        assertRejected(() -> application.passOutOfUnit(NOW), "review.application.employerFilesRequired");
        application.attachEmployerFile(Application.EmployerFile.RECOMMENDATION, 502L);
        application.passOutOfUnit(NOW);
        assertThat(application.isWaitingAt(PARENT)).isTrue();
        assertRejected(() -> application.attachEmployerFile(Application.EmployerFile.POST_TABLE, 503L),
                "review.application.notAtEmployer");
    }

    @Test
    void theCommitteeAcceptanceDeadlineStopsThePush() {
        Application application = submitted();
        employerFiles(application);
        application.passOutOfUnit(NOW);
        application.passOutOfUnit(NOW);
        assertRejected(() -> application.passOutOfUnit(NOW.plusDays(50).plusSeconds(1)),
                "review.application.committeeDeadlinePassed");
        assertThat(application.isWaitingAt(DEPARTMENT)).isTrue();
    }

    @Test
    void anInitialApplicationEndsAcceptedAfterItsLastUnit() {
        Application application = new Application(new Application.Applicant(100L, "张三", MALE_ID),
                fixtures.employer, ApplicationKind.INITIAL, null, fixtures.seniorFull, "临床医学",
                ApplicationRoute.NORMAL, false, NOW);
        application.submit(NOW);
        application.routeThrough(List.of(EMPLOYER));
        employerFiles(application);
        application.passOutOfUnit(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void aHigherUnitReturnsToALowerUnitOnly() {
        Application application = submitted();
        employerFiles(application);
        application.passOutOfUnit(NOW);
        application.passOutOfUnit(NOW);
        assertThat(application.unitsBelowCurrent()).containsExactly(EMPLOYER, PARENT);
        assertRejected(() -> application.returnToUnit(DEPARTMENT, "不对"), "review.application.returnNodeInvalid");
        assertRejected(() -> application.returnToUnit(PARENT, " "), "application.opinion.required");
        application.returnToUnit(PARENT, "补充材料");
        assertThat(application.getPosition()).isEqualTo(ReviewPosition.firstLevelOf(PARENT));
        assertThat(application.getReturnedByUnitId()).isEqualTo(DEPARTMENT);
        application.passOutOfUnit(NOW);
        assertThat(application.getReturnedByUnitId()).isNull();
    }

    @Test
    void aResubmissionGoesToTheEmployerOrToTheReturningUnit() {
        Application first = submitted();
        employerFiles(first);
        first.passOutOfUnit(NOW);
        first.returnForRevision("缺少证明", null, NOW);
        assertThat(first.getReturningUnitId()).isEqualTo(PARENT);
        first.submit(NOW, ResubmitRoute.TO_RETURNING_NODE);
        assertThat(first.getPosition()).isEqualTo(ReviewPosition.firstLevelOf(PARENT));

        Application second = submitted();
        employerFiles(second);
        second.passOutOfUnit(NOW);
        second.returnForRevision("缺少证明", null, NOW);
        second.submit(NOW, ResubmitRoute.FROM_START);
        assertThat(second.getPosition()).isEqualTo(ReviewPosition.firstLevelOf(EMPLOYER));
    }

    @Test
    void aRejectionIsFinalAndNeedsAReason() {
        Application application = submitted();
        assertRejected(() -> application.reject(""), "application.opinion.required");
        application.reject("不符合条件");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertRejected(() -> application.requireWaitingAt(EMPLOYER), "review.application.notWaiting");
        assertRejected(() -> application.submit(NOW), "application.notEditable");
    }

    @Test
    void entrustingNeedsTheLetter() {
        Application application = submitted();
        assertRejected(() -> application.decideEntrust(true, null, DEPARTMENT),
                "review.application.entrustLetterRequired");
        application.decideEntrust(true, 700L, DEPARTMENT);
        assertThat(application.getEntrusted()).isTrue();
        assertThat(application.getEntrustLetterId()).isEqualTo(700L);
        application.decideEntrust(false, 700L, DEPARTMENT);
        assertThat(application.getEntrustLetterId()).isNull();
    }

    @Test
    void parkingHoldsAtTheSamePostUntilTheNextMove() {
        Application application = submitted();
        application.park(NOW);
        assertThat(application.isParked()).isTrue();
        assertThat(application.isWaitingAt(EMPLOYER)).isTrue();
        assertRejected(() -> application.park(NOW), "review.application.alreadyParked");
        application.passToLevel(ReviewPosition.of(EMPLOYER, 2));
        assertThat(application.isParked()).as("a decision ends the parking").isFalse();
        application.park(NOW);
        application.returnForRevision("请补充", null, NOW);
        assertThat(application.isParked()).isFalse();
        assertRejected(() -> application.park(NOW), "review.application.notWaiting");
    }

    @Test
    void aChainWithoutTheEmployerStartsAtTheDepartment() {
        Application application = new Application(new Application.Applicant(100L, "张三", MALE_ID),
                fixtures.employer, ApplicationKind.REVIEW, activity, fixtures.seniorFull, "临床医学",
                ApplicationRoute.NORMAL, false, NOW);
        application.submit(NOW);
        application.routeThrough(List.of(DEPARTMENT));
        assertThat(application.getPosition()).isEqualTo(ReviewPosition.firstLevelOf(DEPARTMENT));
        assertThat(application.isAtEmployer()).isFalse();
        assertThat(application.isOnPath(EMPLOYER)).isFalse();
        application.requireDepartmentReviewOpen(NOW.toLocalDate().plusYears(5));
        application.passOutOfUnit(NOW);
        assertThat(application.getStatus()).as("no employer files at the 主管部门").isEqualTo(ApplicationStatus.AT_COMMITTEE);
    }
}
