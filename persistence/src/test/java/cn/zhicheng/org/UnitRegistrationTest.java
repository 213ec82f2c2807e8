package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration and change-of-parent transitions of a unit (SPEC §3.1.3, §3.1.4) and their guards. */
class UnitRegistrationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final CreditCode CODE = CreditCode.of("91510100MA6CK0001U");

    private final Unit province = hrss(1, HrssLevel.PROVINCE, null);
    private final Unit city = hrss(7, HrssLevel.CITY, province);
    private final Unit otherCity = hrss(8, HrssLevel.CITY, province);

    @Test
    void aSelfRegisteredUnitStartsUnauthorisedAtTheTopAsAnApplyingUnit() {
        Unit unit = registered(50);

        assertThat(unit.getStatus()).isEqualTo(UnitStatus.UNAUTHORIZED);
        assertThat(unit.isAuthorized()).isFalse();
        assertThat(unit.getType()).isEqualTo(UnitType.APPLYING_UNIT);
        assertThat(unit.getPath()).isEqualTo("/50/");
        assertThat(unit.isAwaitingReview()).isFalse();
    }

    @Test
    void submittingAddressesTheParentAndWaits() {
        Unit unit = completed(registered(50));

        unit.submitForAuthorisation(city, NOW);

        assertThat(unit.getStatus()).isEqualTo(UnitStatus.PENDING);
        assertThat(unit.getRequestedParent()).isSameAs(city);
        assertThat(unit.getSubmittedAt()).isEqualTo(NOW);
        assertThat(unit.isAwaitingReview()).isTrue();
        assertThat(unit.hasPendingParentChange()).isFalse();
        assertThat(unit.getParent()).isNull();
    }

    @Test
    void anIncompleteRegistrationCannotBeSubmitted() {
        Unit unit = registered(50);

        assertRejected(() -> unit.submitForAuthorisation(city, NOW), "unit.registration.incomplete");
        assertThat(unit.getStatus()).isEqualTo(UnitStatus.UNAUTHORIZED);
    }

    @Test
    void aRegistrationNeedsContactPersonAndAddress() {
        Unit noContact = registered(50);
        noContact.describe(new UnitProfile("某公司", CODE, UnitNature.ENTERPRISE, "510107", null, "028-1", "地址"));
        Unit noAddress = registered(51);
        noAddress.describe(new UnitProfile("某公司", CODE, UnitNature.ENTERPRISE, "510107", "张", "028-1", null));

        assertRejected(() -> noContact.submitForAuthorisation(city, NOW), "unit.contact.required");
        assertRejected(() -> noAddress.submitForAuthorisation(city, NOW), "unit.address.required");
    }

    @Test
    void theParentMustBeChosenAndAuthorised() {
        Unit unit = completed(registered(50));
        Unit unauthorisedParent = completed(registered(60));

        assertRejected(() -> unit.submitForAuthorisation(null, NOW), "unit.registration.parent.required");
        assertRejected(() -> unit.submitForAuthorisation(unauthorisedParent, NOW),
                "unit.registration.parent.notAuthorised");
        assertThat(unit.getStatus()).isEqualTo(UnitStatus.UNAUTHORIZED);
    }

    @Test
    void theParentMustBeAllowedToHoldTheType() {
        Unit employer = UnitTest.withId(new Unit("用人单位", null, UnitType.APPLYING_UNIT, null, "510107", NOW), 30);
        employer.placeUnder(city);
        Unit unit = completed(registered(50));
        unit.changeRegisteredType(UnitType.COMPETENT_DEPARTMENT);

        assertRejected(() -> unit.submitForAuthorisation(employer, NOW), "unit.type.notAllowedUnderParent");
    }

    @Test
    void aRegistrantCannotChooseTheHrssType() {
        Unit unit = registered(50);

        assertRejected(() -> unit.changeRegisteredType(UnitType.HRSS), "unit.registration.type");
        assertRejected(() -> unit.changeRegisteredType(null), "unit.registration.type");
    }

    @Test
    void aPendingRegistrationIsLockedAndCannotBeSubmittedTwice() {
        Unit unit = submitted(registered(50));

        assertRejected(() -> unit.describe(profile("新名称")), "unit.pending.locked");
        assertRejected(() -> unit.attachLicence(9L), "unit.registration.notEditable");
        assertRejected(() -> unit.submitForAuthorisation(city, NOW), "unit.registration.notSubmittable");
    }

    @Test
    void approvalAuthorisesAndNamesTheParentToMoveUnder() {
        Unit unit = submitted(registered(50));

        Unit newParent = unit.approveRequest();

        assertThat(newParent).isSameAs(city);
        assertThat(unit.getStatus()).isEqualTo(UnitStatus.AUTHORIZED);
        assertThat(unit.getRequestedParent()).isNull();
        assertThat(unit.isAwaitingReview()).isFalse();
    }

    @Test
    void returningKeepsTheRequestForEditingAndRecordsTheReason() {
        Unit unit = submitted(registered(50));

        unit.returnRequest("  营业执照不清晰  ");

        assertThat(unit.getStatus()).isEqualTo(UnitStatus.RETURNED);
        assertThat(unit.getReturnReason()).isEqualTo("营业执照不清晰");
        assertThat(unit.getRequestedParent()).isSameAs(city);
        assertThat(unit.isAwaitingReview()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void returningNeedsAReason(String reason) {
        Unit unit = submitted(registered(50));

        assertRejected(() -> unit.returnRequest(reason), "unit.review.reason.required");
        assertThat(unit.getStatus()).isEqualTo(UnitStatus.PENDING);
    }

    @Test
    void aReturnReasonHasALimit() {
        Unit unit = submitted(registered(50));

        assertRejected(() -> unit.returnRequest("很".repeat(Unit.RETURN_REASON_MAX + 1)), "unit.review.reason.tooLong");
    }

    @Test
    void aReturnedRegistrationIsEditedAndResubmitted() {
        Unit unit = submitted(registered(50));
        unit.returnRequest("请补充地址");

        unit.describe(profile("某科技有限公司（更正）"));
        unit.attachLicence(77L);
        unit.submitForAuthorisation(otherCity, NOW.plusDays(1));

        assertThat(unit.getStatus()).isEqualTo(UnitStatus.PENDING);
        assertThat(unit.getReturnReason()).isNull();
        assertThat(unit.getRequestedParent()).isSameAs(otherCity);
        assertThat(unit.getLicenceAttachmentId()).isEqualTo(77L);
        assertThat(unit.getName()).isEqualTo("某科技有限公司（更正）");
    }

    @Test
    void nothingPendingCannotBeApprovedOrReturned() {
        Unit unit = completed(registered(50));

        assertRejected(unit::approveRequest, "unit.review.nothingPending");
        assertRejected(() -> unit.returnRequest("原因"), "unit.review.nothingPending");
        assertRejected(city::approveRequest, "unit.review.nothingPending");
    }

    @Test
    void anAuthorisedUnitAsksForANewParentAndKeepsTheOldOneMeanwhile() {
        Unit employer = employerUnder(city, 30);

        employer.requestParentChange(otherCity, NOW);

        assertThat(employer.hasPendingParentChange()).isTrue();
        assertThat(employer.isAwaitingReview()).isTrue();
        assertThat(employer.getParent()).isSameAs(city);
        assertThat(employer.isAuthorized()).isTrue();
        assertThat(employer.getStatus()).isEqualTo(UnitStatus.AUTHORIZED);
    }

    @Test
    void anApprovedParentChangeNamesTheNewParent() {
        Unit employer = employerUnder(city, 30);
        employer.requestParentChange(otherCity, NOW);

        assertThat(employer.approveRequest()).isSameAs(otherCity);
        assertThat(employer.hasPendingParentChange()).isFalse();
        assertThat(employer.getStatus()).isEqualTo(UnitStatus.AUTHORIZED);
    }

    @Test
    void aReturnedParentChangeIsDroppedAndTheUnitStays() {
        Unit employer = employerUnder(city, 30);
        employer.requestParentChange(otherCity, NOW);

        employer.returnRequest("不属于本市");

        assertThat(employer.hasPendingParentChange()).isFalse();
        assertThat(employer.getRequestedParent()).isNull();
        assertThat(employer.getStatus()).isEqualTo(UnitStatus.AUTHORIZED);
        assertThat(employer.getReturnReason()).isEqualTo("不属于本市");
        assertThat(employer.getParent()).isSameAs(city);
    }

    @Test
    void aParentChangeNeedsADifferentAuthorisedParentOutsideTheOwnSubtree() {
        Unit employer = employerUnder(city, 30);
        Unit branch = employerUnder(employer, 31);

        assertRejected(() -> employer.requestParentChange(city, NOW), "unit.parentChange.sameParent");
        assertRejected(() -> employer.requestParentChange(null, NOW), "unit.parentChange.sameParent");
        assertRejected(() -> employer.requestParentChange(branch, NOW), "unit.parent.cycle");
        assertRejected(() -> employer.requestParentChange(completed(registered(60)), NOW),
                "unit.registration.parent.notAuthorised");
    }

    @Test
    void onlyAnAuthorisedUnitChangesItsParentThatWay() {
        Unit unit = completed(registered(50));

        assertRejected(() -> unit.requestParentChange(city, NOW), "unit.parentChange.notAuthorised");
    }

    @Test
    void hrssUnitsHaveNoLegalPerson() {
        LegalPerson person = new LegalPerson("王法人", IdNumber.of("510107199002021237"), "13800000000");

        assertRejected(() -> city.changeLegalPerson(person), "unit.legalPerson.notForHrss");

        Unit employer = employerUnder(city, 30);
        employer.changeLegalPerson(person);
        assertThat(employer.getLegalPersonName()).isEqualTo("王法人");
        assertThat(employer.getLegalPersonIdNumber().value()).isEqualTo("510107199002021237");
    }

    @Test
    void aProfileNeedsItsRequiredFields() {
        assertRejected(() -> new UnitProfile(" ", CODE, UnitNature.OTHER, "510107", null, "1", null),
                "unit.name.required");
        assertRejected(() -> new UnitProfile("名", null, UnitNature.OTHER, "510107", null, "1", null),
                "creditCode.required");
        assertRejected(() -> new UnitProfile("名", CODE, null, "510107", null, "1", null), "unit.nature.required");
        assertRejected(() -> new UnitProfile("名", CODE, UnitNature.OTHER, "", null, "1", null), "unit.region.required");
        assertRejected(() -> new UnitProfile("名", CODE, UnitNature.OTHER, "510107", null, null, null),
                "unit.phone.required");
        assertRejected(() -> new UnitProfile("名".repeat(201), CODE, UnitNature.OTHER, "510107", null, "1", null),
                "unit.name.tooLong");
    }

    @Test
    void hrssLevelsGoDownOneStep() {
        assertThat(HrssLevel.PROVINCE.childLevel()).isEqualTo(HrssLevel.CITY);
        assertThat(HrssLevel.CITY.childLevel()).isEqualTo(HrssLevel.COUNTY);
        assertRejected(HrssLevel.COUNTY::childLevel, "unit.hrssLevel.noneBelow");
    }

    private static Unit hrss(long id, HrssLevel level, Unit parent) {
        Unit unit = UnitTest.withId(new Unit("人社" + id, null, UnitType.HRSS, level, "510000", NOW), id);
        unit.placeUnder(parent);
        return unit;
    }

    private static Unit employerUnder(Unit parent, long id) {
        Unit unit = UnitTest.withId(new Unit("单位" + id, null, UnitType.APPLYING_UNIT, null, "510107", NOW), id);
        unit.placeUnder(parent);
        return unit;
    }

    private static Unit registered(long id) {
        Unit unit = UnitTest.withId(Unit.selfRegistered("某科技有限公司", NOW), id);
        unit.placeUnder(null);
        return unit;
    }

    private static UnitProfile profile(String name) {
        return new UnitProfile(name, CODE, UnitNature.ENTERPRISE, "510107", "张联系", "028-85000000", "武侯区1号");
    }

    private static Unit completed(Unit unit) {
        unit.describe(profile(unit.getName()));
        return unit;
    }

    private Unit submitted(Unit unit) {
        completed(unit).submitForAuthorisation(city, NOW);
        return unit;
    }
}
