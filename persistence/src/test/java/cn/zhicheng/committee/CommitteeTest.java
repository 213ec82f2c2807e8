package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ReviewPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitteeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private Unit formation;
    private Unit authorising;
    private Unit filing;
    private TitleSeries series;

    @BeforeEach
    void setUp() {
        formation = withId(new Unit("乐山市卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "511100", NOW), 1L);
        authorising = withId(new Unit("乐山市人社局", null, UnitType.HRSS, cn.zhicheng.org.HrssLevel.CITY, "511100", NOW), 2L);
        filing = withId(new Unit("四川省人社厅", null, UnitType.HRSS, cn.zhicheng.org.HrssLevel.PROVINCE, "510000", NOW), 3L);
        series = withId(new TitleSeries("卫生技术人员"), 4L);
    }

    private static CommitteeProfile profile(CommitteeFormation formation, List<String> specialties, String phone) {
        return new CommitteeProfile("乐山市卫生系列中级职称评审委员会", "乐山市卫健委人事科", "评委会办公室",
                CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.INTERMEDIATE, TitleLevel.ASSISTANT), "张三",
                phone, "乐山市市中区嘉定北路1号", false, false, EnumSet.of(UnitNature.PUBLIC_INSTITUTION), formation,
                specialties, Set.of("511100"));
    }

    private Committee draft() {
        return withId(Committee.draft(profile(CommitteeFormation.BY_SERIES, List.of(), "0833-2134567"), formation,
                series, authorising, filing, NOW), 9L);
    }

    private Committee submitted() {
        Committee committee = draft();
        committee.attachRequestDocument(77L);
        committee.submit(25, 25, 0, ReviewPosition.firstLevelOf(authorising.getId()), NOW);
        return committee;
    }

    @Test
    void aDraftKeepsEveryStepOneField() {
        Committee committee = draft();

        assertThat(committee.getStatus()).isEqualTo(FilingStatus.DRAFT);
        assertThat(committee.getLevels()).containsExactlyInAnyOrder(TitleLevel.INTERMEDIATE, TitleLevel.ASSISTANT);
        assertThat(committee.getContactPhone()).isEqualTo("0833-2134567");
        assertThat(committee.getApplicantNatures()).containsExactly(UnitNature.PUBLIC_INSTITUTION);
        assertThat(committee.getRegionCodes()).containsExactly("511100");
        assertThat(committee.getSpecialties()).isEmpty();
        assertThat(committee.isComplete()).isTrue();
        assertThat(committee.isFiledOn(NOW.toLocalDate())).isFalse();
    }

    @Test
    void requiredFieldsAreRefusedWithTheirOwnMessage() {
        Committee committee = draft();
        CommitteeProfile p = profile(CommitteeFormation.BY_SERIES, List.of(), "13812345678");
        assertRejected(() -> committee.describe(new CommitteeProfile(" ", p.agency(), p.office(), p.reviewType(),
                p.levels(), p.contactPerson(), p.contactPhone(), p.address(), false, false, Set.of(), p.formation(),
                List.of(), p.regionCodes()), series, authorising, filing), "committee.name.required");
        assertRejected(() -> committee.describe(new CommitteeProfile(p.name(), p.agency(), p.office(), null,
                p.levels(), p.contactPerson(), p.contactPhone(), p.address(), false, false, Set.of(), p.formation(),
                List.of(), p.regionCodes()), series, authorising, filing), "committee.reviewType.required");
        assertRejected(() -> committee.describe(new CommitteeProfile(p.name(), p.agency(), p.office(), p.reviewType(),
                Set.of(), p.contactPerson(), p.contactPhone(), p.address(), false, false, Set.of(), p.formation(),
                List.of(), p.regionCodes()), series, authorising, filing), "committee.levels.required");
        assertRejected(() -> committee.describe(p, series, null, filing), "committee.authorisingUnit.required");
        assertRejected(() -> committee.describe(p, series, authorising, null), "committee.filingUnit.required");
        assertRejected(() -> committee.describe(new CommitteeProfile(p.name(), p.agency(), p.office(), p.reviewType(),
                p.levels(), p.contactPerson(), p.contactPhone(), p.address(), false, false, Set.of(), p.formation(),
                List.of(), Set.of()), series, authorising, filing), "committee.regions.required");
        assertRejected(() -> committee.describe(new CommitteeProfile(p.name(), "x".repeat(101), p.office(),
                p.reviewType(), p.levels(), p.contactPerson(), p.contactPhone(), p.address(), false, false, Set.of(),
                p.formation(), List.of(), p.regionCodes()), series, authorising, filing), "committee.agency.tooLong");
    }

    @Test
    void bySpecialtyNeedsSpecialtiesAndKeepsThemInOrderWithoutDuplicates() {
        Committee committee = draft();
        assertRejected(() -> committee.describe(profile(CommitteeFormation.BY_SPECIALTY, List.of(" "), "13812345678"),
                series, authorising, filing), "committee.specialties.required");

        committee.describe(profile(CommitteeFormation.BY_SPECIALTY, List.of("内科", "外科", "内科"), "13812345678"),
                series, authorising, filing);

        assertThat(committee.getSpecialties()).containsExactly("内科", "外科");
        assertThat(committee.minimumMembers(25, 11)).isEqualTo(11);
    }

    @Test
    void contactPhoneIsAMobileOrALandlineWithAreaCode() {
        assertThat(ContactPhone.check(" 13812345678 ")).isEqualTo("13812345678");
        assertThat(ContactPhone.check("028-86130000")).isEqualTo("028-86130000");
        assertThat(ContactPhone.check("0833-2134567-801")).isEqualTo("0833-2134567-801");
        assertRejected(() -> ContactPhone.check("86130000"), "committee.phone.format");
        assertRejected(() -> ContactPhone.check("12812345678"), "committee.phone.format");
        assertRejected(() -> ContactPhone.check("028-861300001234567890"), "committee.phone.tooLong");
        assertRejected(() -> ContactPhone.check(""), "committee.phone.required");
    }

    @Test
    void thePoolIsReviewedByTheUnitAboveTheFormationUnitOrByTheRootUnitItself() {
        filing.placeUnder(null);
        formation.placeUnder(filing);
        assertThat(draft().poolReviewingUnit()).isEqualTo(filing);

        Committee formedByTheRoot = withId(Committee.draft(profile(CommitteeFormation.BY_SERIES, List.of(),
                "0833-2134567"), filing, series, filing, filing, NOW), 10L);
        assertThat(formedByTheRoot.poolReviewingUnit()).as("HB 职改办").isEqualTo(filing);
    }

    @Test
    void submitNeedsTheMinimumMembersAndTheRequestDocument() {
        Committee committee = draft();
        ReviewPosition entry = ReviewPosition.firstLevelOf(authorising.getId());

        var tooFew = assertRejected(() -> committee.submit(24, 25, 0, entry, NOW),
                "committee.submit.tooFewMembers.series");
        assertThat(tooFew.getArguments()).containsExactly(25, 24L);
        var incomplete = assertRejected(() -> committee.submit(25, 25, 2, entry, NOW),
                "committee.submit.incompleteExperts");
        assertThat(incomplete.getArguments()).containsExactly(2L);
        assertRejected(() -> committee.submit(25, 25, 0, entry, NOW), "committee.submit.documentMissing");

        committee.attachRequestDocument(77L);
        committee.submit(25, 25, 0, entry, NOW);

        assertThat(committee.getStatus()).isEqualTo(FilingStatus.AUTHORISING_REVIEW);
        assertThat(committee.getPosition()).isEqualTo(entry);
        assertThat(committee.getWaitingUnitId()).isEqualTo(authorising.getId());
    }

    @Test
    void bySpecialtyCommitteesReportTheirOwnMinimum() {
        Committee committee = draft();
        committee.describe(profile(CommitteeFormation.BY_SPECIALTY, List.of("内科"), "13812345678"), series,
                authorising, filing);
        committee.attachRequestDocument(77L);
        assertRejected(() -> committee.submit(10, committee.minimumMembers(25, 11), 0,
                ReviewPosition.firstLevelOf(authorising.getId()), NOW), "committee.submit.tooFewMembers.specialty");
    }

    @Test
    void aFilingEntersTheAuthorisingUnitAtLevelOneOnly() {
        Committee committee = draft();
        committee.attachRequestDocument(77L);
        assertThatThrownBy(() -> committee.submit(25, 25, 0, ReviewPosition.firstLevelOf(filing.getId()), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passingBothUnitsFilesTheCommitteeForThreeYears() {
        Committee committee = submitted();
        committee.moveToLevel(ReviewPosition.of(authorising.getId(), 2));
        committee.passUnit(ReviewPosition.firstLevelOf(filing.getId()), NOW);

        assertThat(committee.getStatus()).isEqualTo(FilingStatus.FILING_REVIEW);
        assertThat(committee.getWaitingUnitId()).isEqualTo(filing.getId());

        committee.passUnit(null, NOW);

        assertThat(committee.getStatus()).isEqualTo(FilingStatus.FILED);
        assertThat(committee.getPosition()).isNull();
        assertThat(committee.getApprovedAt()).isEqualTo(NOW);
        assertThat(committee.getValidFrom()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(committee.getValidUntil()).isEqualTo(LocalDate.of(2029, 11, 23));
        assertThat(committee.isFiledOn(LocalDate.of(2029, 11, 23))).isTrue();
        assertThat(committee.isFiledOn(LocalDate.of(2029, 11, 24))).isFalse();
        assertThat(committee.isExpiredOn(LocalDate.of(2029, 11, 24))).isTrue();
        assertThat(committee.isExpiredOn(LocalDate.of(2029, 11, 23))).isFalse();
    }

    @Test
    void aLevelMoveStaysInTheUnitAndGoesUp() {
        Committee committee = submitted();
        assertThatThrownBy(() -> committee.moveToLevel(ReviewPosition.of(filing.getId(), 2)))
                .isInstanceOf(IllegalArgumentException.class);
        committee.moveToLevel(ReviewPosition.of(authorising.getId(), 3));
        assertThatThrownBy(() -> committee.moveToLevel(ReviewPosition.of(authorising.getId(), 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectionNeedsAnOpinionAndAllowsEditAndResubmit() {
        Committee committee = submitted();
        assertRejected(() -> committee.reject(" "), "committee.opinion.required");
        assertRejected(() -> committee.reject("x".repeat(1001)), "committee.opinion.tooLong");
        assertRejected(() -> committee.describe(profile(CommitteeFormation.BY_SERIES, List.of(), "13812345678"),
                series, authorising, filing), "committee.notEditable");

        committee.reject("材料不全");

        assertThat(committee.getStatus()).isEqualTo(FilingStatus.REJECTED);
        assertThat(committee.getLastOpinion()).isEqualTo("材料不全");
        assertThat(committee.getPosition()).isNull();
        committee.describe(profile(CommitteeFormation.BY_SERIES, List.of(), "13812345678"), series, authorising,
                filing);
        committee.submit(30, 25, 0, ReviewPosition.firstLevelOf(authorising.getId()), NOW);
        assertThat(committee.getStatus()).isEqualTo(FilingStatus.AUTHORISING_REVIEW);
    }

    @Test
    void theFilingUnitMayRejectToo() {
        Committee committee = submitted();
        committee.passUnit(ReviewPosition.firstLevelOf(filing.getId()), NOW);
        committee.reject("人数不符");
        assertThat(committee.getStatus()).isEqualTo(FilingStatus.REJECTED);
        assertThat(committee.getApprovedAt()).isNull();
    }

    @Test
    void aFiledCommitteeRenewsAndStaysFiledMeanwhile() {
        Committee committee = submitted();
        committee.passUnit(ReviewPosition.firstLevelOf(filing.getId()), NOW);
        committee.passUnit(null, NOW);
        assertRejected(() -> committee.reject("x"), "committee.review.notWaiting");
        assertRejected(() -> committee.describe(profile(CommitteeFormation.BY_SERIES, List.of(), "13812345678"),
                series, authorising, filing), "committee.notEditable");

        OffsetDateTime later = NOW.plusYears(3).minusDays(10);
        committee.submit(25, 25, 0, ReviewPosition.firstLevelOf(authorising.getId()), later);

        assertThat(committee.getStatus()).isEqualTo(FilingStatus.AUTHORISING_REVIEW);
        assertThat(committee.isFiledOn(later.toLocalDate())).isTrue();
        committee.passUnit(ReviewPosition.firstLevelOf(filing.getId()), later);
        committee.passUnit(null, later);
        assertThat(committee.getValidUntil()).isEqualTo(later.toLocalDate().plusYears(3));
    }

    @Test
    void reviewActionsNeedAWaitingFiling() {
        Committee committee = draft();
        assertRejected(() -> committee.passUnit(null, NOW), "committee.review.notWaiting");
        assertRejected(() -> committee.reject("x"), "committee.review.notWaiting");
        Committee waiting = submitted();
        assertRejected(() -> waiting.submit(25, 25, 0, ReviewPosition.firstLevelOf(authorising.getId()), NOW),
                "committee.submit.notAllowed");
    }

    @Test
    void theReformOfficeAuthorisesAtCreation() {
        Committee committee = draft();
        committee.assignCode("HB2026001");
        committee.authoriseAtCreation(NOW);
        assertThat(committee.getStatus()).isEqualTo(FilingStatus.FILED);
        assertThat(committee.getCode()).isEqualTo("HB2026001");
        assertThat(committee.isFiledOn(NOW.toLocalDate())).isTrue();
        assertRejected(() -> committee.authoriseAtCreation(NOW), "committee.submit.notAllowed");
        assertRejected(() -> draft().assignCode("评委会"), "committee.code.format");
    }

    @Test
    void statusTransitionsAreExactlyTheSpecifiedOnes() {
        assertThat(EnumSet.allOf(FilingStatus.class).stream().filter(FilingStatus::canSubmit))
                .containsExactly(FilingStatus.DRAFT, FilingStatus.FILED, FilingStatus.REJECTED);
        assertThat(FilingStatus.AUTHORISING_REVIEW.canBecome(FilingStatus.FILED)).isFalse();
        assertThat(FilingStatus.FILING_REVIEW.canBecome(FilingStatus.FILED)).isTrue();
        assertThat(FilingStatus.REJECTED.canBecome(FilingStatus.FILED)).isFalse();
        assertThat(FilingStatus.DRAFT.canBecome(FilingStatus.REJECTED)).isFalse();
        assertThat(EnumSet.allOf(FilingStatus.class).stream().filter(FilingStatus::isEditable))
                .containsExactly(FilingStatus.DRAFT, FilingStatus.REJECTED);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
