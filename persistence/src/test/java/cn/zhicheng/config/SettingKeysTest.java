package cn.zhicheng.config;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SettingKeysTest {

    /** The §0.4 table in its order, then the §5 numbers, then sign-in lockout. */
    private static final List<String> SPECIFIED_KEYS = List.of(
            "auth.unit", "auth.hrssIntranet", "auth.applicant", "account.applicantProvisioning",
            "unit.selfRegistration", "committee.setupModel", "committee.ownLogin", "committee.specialtyTreeEditable",
            "activity.publishApproval", "ui.profile", "activity.reviewMode", "activity.breakMeeting",
            "activity.writtenExam", "activity.defense", "activity.specialtyGroups", "activity.specialtyGroupMode",
            "application.routes", "application.chain", "application.employerReviewsFirst",
            "application.resubmitRoute", "application.perReturnDeadline",
            "results.confirmation", "certificate.issuer", "history.chain", "entrust.outOfRegion", "draw.multipliers",
            "draw.defaultRules", "vote.passThreshold", "upload.photoMaxKB", "password.initial",
            "committee.minMembers.series", "committee.minMembers.specialty", "vote.quorum",
            "publicity.minWorkingDays", "security.lockout.maxAttempts", "security.lockout.minutes");

    @Test
    void everySpecifiedKeyExistsInSpecificationOrder() {
        assertThat(SettingKeys.all()).extracting(SettingKey::key).containsExactlyElementsOf(SPECIFIED_KEYS);
    }

    @Test
    void everyKeyIsFoundByItsName() {
        for (SettingKey<?> key : SettingKeys.all()) {
            assertThat(SettingKeys.byKey(key.key())).containsSame(key);
        }
        assertThat(SettingKeys.byKey("no.such.key")).isEmpty();
        assertThat(SettingKeys.byKey(null)).isEmpty();
        assertThat(SettingKeys.byKey(SettingKeys.PROFILE_KEY)).isEmpty();
    }

    @Test
    void scopesFollowTheTable() {
        assertThat(SettingKeys.COMMITTEE_SPECIALTY_TREE_EDITABLE.scope()).isEqualTo(SettingScope.COMMITTEE);
        assertThat(SettingKeys.all())
                .filteredOn(key -> key.key().startsWith("activity.") && !key.key().equals("activity.publishApproval"))
                .extracting(SettingKey::scope)
                .hasSize(6)
                .containsOnly(SettingScope.ACTIVITY);
        assertThat(SettingKeys.ACTIVITY_PUBLISH_APPROVAL.scope()).isEqualTo(SettingScope.DEPLOYMENT);
        assertThat(SettingKeys.AUTH_UNIT.scope()).isEqualTo(SettingScope.DEPLOYMENT);
    }

    @ParameterizedTest
    @EnumSource(DeploymentProfile.class)
    void everyDefaultParsesAndFormatsBackToItself(DeploymentProfile profile) {
        for (SettingKey<?> key : SettingKeys.all()) {
            assertRoundTrip(key, profile);
        }
    }

    private static <T> void assertRoundTrip(SettingKey<T> key, DeploymentProfile profile) {
        String raw = key.defaultRaw(profile);
        T value = key.parse(raw);
        assertThat(value).as(key.key()).isEqualTo(key.defaultValue(profile));
        assertThat(key.format(value)).as(key.key()).isEqualTo(raw);
    }

    @Test
    void customStartsFromSichuanDefaults() {
        for (SettingKey<?> key : SettingKeys.all()) {
            assertThat(key.defaultRaw(DeploymentProfile.CUSTOM)).as(key.key())
                    .isEqualTo(key.defaultRaw(DeploymentProfile.SC));
        }
    }

    @Test
    void sichuanDefaultsFollowTheTable() {
        DeploymentProfile sc = DeploymentProfile.SC;
        assertThat(SettingKeys.AUTH_UNIT.defaultValue(sc)).isEqualTo(UnitAuthentication.SSO_LEGAL_PERSON);
        assertThat(SettingKeys.AUTH_HRSS_INTRANET.defaultValue(sc)).isTrue();
        assertThat(SettingKeys.AUTH_APPLICANT.defaultValue(sc)).isEqualTo(ApplicantAuthentication.SSO_PERSONAL);
        assertThat(SettingKeys.ACCOUNT_APPLICANT_PROVISIONING.defaultValue(sc))
                .isEqualTo(ApplicantProvisioning.SELF_REGISTER);
        assertThat(SettingKeys.UNIT_SELF_REGISTRATION.defaultValue(sc)).isTrue();
        assertThat(SettingKeys.COMMITTEE_SETUP_MODEL.defaultValue(sc))
                .isEqualTo(CommitteeSetupModel.FORMATION_UNIT_FILING);
        assertThat(SettingKeys.COMMITTEE_OWN_LOGIN.defaultValue(sc)).isEqualTo(CommitteeLogin.NONE);
        assertThat(SettingKeys.ACTIVITY_PUBLISH_APPROVAL.defaultValue(sc))
                .isEqualTo(ActivityPublishApproval.AUTH_UNIT_REVIEW);
        assertThat(SettingKeys.UI_PROFILE.defaultValue(sc)).isEqualTo(ScreenLayout.SC);
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.defaultValue(sc)).isEqualTo(ReviewMode.ONLINE_VOTE);
        assertThat(SettingKeys.APPLICATION_ROUTES.defaultValue(sc))
                .containsExactly(ApplicationRoute.NORMAL, ApplicationRoute.EXCEPTIONAL);
        assertThat(SettingKeys.APPLICATION_CHAIN.defaultValue(sc))
                .isEqualTo(ApplicationChain.UNIT_TREE_THEN_COMMITTEE);
        assertThat(SettingKeys.APPLICATION_RESUBMIT_ROUTE.defaultValue(sc)).isEqualTo(ResubmitRoute.FROM_START);
        assertThat(SettingKeys.APPLICATION_PER_RETURN_DEADLINE.defaultValue(sc)).isFalse();
        assertThat(SettingKeys.RESULTS_CONFIRMATION.defaultValue(sc))
                .isEqualTo(ResultConfirmation.AUTH_UNIT_CONFIRM);
        assertThat(SettingKeys.CERTIFICATE_ISSUER.defaultValue(sc)).isEqualTo(CertificateIssuer.AUTH_UNIT);
        assertThat(SettingKeys.HISTORY_CHAIN.defaultValue(sc)).isEqualTo(HistoricalDataChain.PATH_TO_ISSUER);
    }

    @Test
    void hebeiDefaultsFollowTheTable() {
        DeploymentProfile hb = DeploymentProfile.HB;
        assertThat(SettingKeys.AUTH_UNIT.defaultValue(hb)).isEqualTo(UnitAuthentication.PASSWORD);
        assertThat(SettingKeys.AUTH_HRSS_INTRANET.defaultValue(hb)).isFalse();
        assertThat(SettingKeys.AUTH_APPLICANT.defaultValue(hb)).isEqualTo(ApplicantAuthentication.PASSWORD);
        assertThat(SettingKeys.ACCOUNT_APPLICANT_PROVISIONING.defaultValue(hb))
                .isEqualTo(ApplicantProvisioning.UNIT_CREATED);
        assertThat(SettingKeys.UNIT_SELF_REGISTRATION.defaultValue(hb)).isFalse();
        assertThat(SettingKeys.COMMITTEE_SETUP_MODEL.defaultValue(hb))
                .isEqualTo(CommitteeSetupModel.REFORM_OFFICE_CREATES);
        assertThat(SettingKeys.COMMITTEE_OWN_LOGIN.defaultValue(hb)).isEqualTo(CommitteeLogin.COMMITTEE_CODE);
        assertThat(SettingKeys.UI_PROFILE.defaultValue(hb)).isEqualTo(ScreenLayout.HB);
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.defaultValue(hb)).isEqualTo(ReviewMode.EXPERT_CHAIN);
        assertThat(SettingKeys.APPLICATION_ROUTES.defaultValue(hb))
                .hasSize(7)
                .containsExactlyInAnyOrder(ApplicationRoute.values());
        assertThat(SettingKeys.APPLICATION_ROUTES.defaultRaw(hb)).isEqualTo(
                "NORMAL,DIVERTED_CIVIL_SERVANT,ONE_STEP,GREEN_CHANNEL,EXCEPTIONAL,TRANSFER,HIGH_SKILL");
        assertThat(SettingKeys.APPLICATION_CHAIN.defaultValue(hb))
                .isEqualTo(ApplicationChain.UNIT_TREE_THEN_COMMITTEE);
        assertThat(SettingKeys.APPLICATION_RESUBMIT_ROUTE.defaultValue(hb)).isEqualTo(ResubmitRoute.FROM_START);
        assertThat(SettingKeys.RESULTS_CONFIRMATION.defaultValue(hb))
                .isEqualTo(ResultConfirmation.REPORT_AND_STAFF_REVIEW);
        assertThat(SettingKeys.CERTIFICATE_ISSUER.defaultValue(hb)).isEqualTo(CertificateIssuer.UNIT_STAFF);
        assertThat(SettingKeys.PASSWORD_INITIAL.defaultValue(hb)).isEqualTo("888888");
    }

    @Test
    void shanxiDefaultsFollowTheTable() {
        DeploymentProfile sx = DeploymentProfile.SX;
        assertThat(SettingKeys.AUTH_UNIT.defaultValue(sx)).isEqualTo(UnitAuthentication.E_SSC_QR);
        assertThat(SettingKeys.COMMITTEE_SETUP_MODEL.defaultValue(sx))
                .isEqualTo(CommitteeSetupModel.DEPT_CREATES_COMMITTEE_ADMIN_FILES);
        assertThat(SettingKeys.COMMITTEE_OWN_LOGIN.defaultValue(sx)).isEqualTo(CommitteeLogin.COMMITTEE_ACCOUNTS);
        assertThat(SettingKeys.ACTIVITY_PUBLISH_APPROVAL.defaultValue(sx)).isEqualTo(ActivityPublishApproval.NONE);
        assertThat(SettingKeys.UI_PROFILE.defaultValue(sx)).isEqualTo(ScreenLayout.SX);
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.defaultValue(sx)).isEqualTo(ReviewMode.OFFLINE_IMPORT);
        assertThat(SettingKeys.APPLICATION_ROUTES.defaultValue(sx))
                .contains(ApplicationRoute.NORMAL, ApplicationRoute.EXCEPTIONAL);
        assertThat(SettingKeys.APPLICATION_CHAIN.defaultValue(sx))
                .isEqualTo(ApplicationChain.COMPETENT_DEPT_THEN_COMMITTEE);
        assertThat(SettingKeys.APPLICATION_RESUBMIT_ROUTE.defaultValue(sx))
                .isEqualTo(ResubmitRoute.TO_RETURNING_NODE);
        assertThat(SettingKeys.APPLICATION_PER_RETURN_DEADLINE.defaultValue(sx)).isTrue();
        assertThat(SettingKeys.RESULTS_CONFIRMATION.defaultValue(sx))
                .isEqualTo(ResultConfirmation.FILING_TO_COMPETENT_DEPT);
        assertThat(SettingKeys.CERTIFICATE_ISSUER.defaultValue(sx)).isEqualTo(CertificateIssuer.COMMITTEE);
        assertThat(SettingKeys.HISTORY_CHAIN.defaultValue(sx))
                .isEqualTo(HistoricalDataChain.COMMITTEE_DEPT_PROVINCE);
    }

    @ParameterizedTest
    @EnumSource(DeploymentProfile.class)
    void profileIndependentDefaultsFollowTheTableAndSectionFive(DeploymentProfile profile) {
        assertThat(SettingKeys.COMMITTEE_SPECIALTY_TREE_EDITABLE.defaultValue(profile)).isFalse();
        assertThat(SettingKeys.ENTRUST_OUT_OF_REGION.defaultValue(profile))
                .isEqualTo(OutOfRegionCommittees.REQUIRE_ENTRUST);
        assertThat(SettingKeys.DRAW_MULTIPLIERS.defaultRaw(profile)).isEqualTo("1.5,2,3");
        assertThat(SettingKeys.DRAW_DEFAULT_RULES.defaultValue(profile)).isTrue();
        assertThat(SettingKeys.VOTE_PASS_THRESHOLD.defaultValue(profile)).isEqualTo(new Fraction(2, 3));
        assertThat(SettingKeys.UPLOAD_PHOTO_MAX_KB.defaultValue(profile)).isEqualTo(500);
        assertThat(SettingKeys.COMMITTEE_MIN_MEMBERS_SERIES.defaultValue(profile)).isEqualTo(25);
        assertThat(SettingKeys.COMMITTEE_MIN_MEMBERS_SPECIALTY.defaultValue(profile)).isEqualTo(11);
        assertThat(SettingKeys.VOTE_QUORUM.defaultRaw(profile)).isEqualTo("2/3");
        assertThat(SettingKeys.PUBLICITY_MIN_WORKING_DAYS.defaultValue(profile)).isEqualTo(5);
        assertThat(SettingKeys.SECURITY_LOCKOUT_MAX_ATTEMPTS.defaultValue(profile)).isEqualTo(5);
        assertThat(SettingKeys.SECURITY_LOCKOUT_MINUTES.defaultValue(profile)).isEqualTo(15);
    }

    static Stream<Arguments> badRawValues() {
        return Stream.of(
                Arguments.of(SettingKeys.COMMITTEE_SETUP_MODEL, "UNKNOWN_MODEL"),
                Arguments.of(SettingKeys.COMMITTEE_SETUP_MODEL, "formation_unit_filing"),
                Arguments.of(SettingKeys.COMMITTEE_SETUP_MODEL, ""),
                Arguments.of(SettingKeys.COMMITTEE_SETUP_MODEL, null),
                Arguments.of(SettingKeys.AUTH_HRSS_INTRANET, "yes"),
                Arguments.of(SettingKeys.AUTH_HRSS_INTRANET, "1"),
                Arguments.of(SettingKeys.UPLOAD_PHOTO_MAX_KB, "abc"),
                Arguments.of(SettingKeys.UPLOAD_PHOTO_MAX_KB, "0"),
                Arguments.of(SettingKeys.UPLOAD_PHOTO_MAX_KB, "10241"),
                Arguments.of(SettingKeys.UPLOAD_PHOTO_MAX_KB, "2.5"),
                Arguments.of(SettingKeys.VOTE_PASS_THRESHOLD, "3/2"),
                Arguments.of(SettingKeys.VOTE_PASS_THRESHOLD, "0/3"),
                Arguments.of(SettingKeys.VOTE_PASS_THRESHOLD, "2/0"),
                Arguments.of(SettingKeys.VOTE_PASS_THRESHOLD, "-1/3"),
                Arguments.of(SettingKeys.VOTE_PASS_THRESHOLD, "2"),
                Arguments.of(SettingKeys.VOTE_PASS_THRESHOLD, "1/2/3"),
                Arguments.of(SettingKeys.VOTE_QUORUM, "0.67"),
                Arguments.of(SettingKeys.APPLICATION_ROUTES, ""),
                Arguments.of(SettingKeys.APPLICATION_ROUTES, "NORMAL,NORMAL"),
                Arguments.of(SettingKeys.APPLICATION_ROUTES, "NORMAL,,EXCEPTIONAL"),
                Arguments.of(SettingKeys.APPLICATION_ROUTES, "NORMAL,WALK_IN"),
                Arguments.of(SettingKeys.DRAW_MULTIPLIERS, "0.5"),
                Arguments.of(SettingKeys.DRAW_MULTIPLIERS, "1.5,1.50"),
                Arguments.of(SettingKeys.DRAW_MULTIPLIERS, "2,11"),
                Arguments.of(SettingKeys.DRAW_MULTIPLIERS, "2,x"),
                Arguments.of(SettingKeys.PASSWORD_INITIAL, "   "),
                Arguments.of(SettingKeys.PASSWORD_INITIAL, "x".repeat(129)));
    }

    @ParameterizedTest
    @MethodSource("badRawValues")
    void badRawValueIsRefusedNamingTheKey(SettingKey<?> key, String raw) {
        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> key.parse(raw));

        assertThat(refused).as("%s = %s", key, raw).isNotNull();
        assertThat(refused.getMessageKey()).isEqualTo(SettingKey.INVALID_VALUE);
        assertThat(refused.getArguments()).containsExactly(key.key(), raw, key.constraint());
    }

    @Test
    void enteredValuesAreStoredInCanonicalForm() {
        assertThat(SettingKeys.DRAW_MULTIPLIERS.canonical(" 1.50, 2.0 ,3")).isEqualTo("1.5,2,3");
        assertThat(SettingKeys.DRAW_MULTIPLIERS.parse("1.5,2,3"))
                .containsExactly(new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("3"));
        assertThat(SettingKeys.APPLICATION_ROUTES.canonical(" NORMAL , TRANSFER")).isEqualTo("NORMAL,TRANSFER");
        assertThat(SettingKeys.AUTH_HRSS_INTRANET.canonical(" TRUE ")).isEqualTo("true");
        assertThat(SettingKeys.VOTE_PASS_THRESHOLD.canonical(" 3 / 4 ")).isEqualTo("3/4");
        assertThat(SettingKeys.PASSWORD_INITIAL.canonical(" Init#2024 ")).isEqualTo("Init#2024");
        assertThat(SettingKeys.COMMITTEE_SETUP_MODEL.canonical(" REFORM_OFFICE_CREATES "))
                .isEqualTo("REFORM_OFFICE_CREATES");
    }

    @Test
    void formattingAnInvalidValueIsRefused() {
        assertThatThrownBy(() -> SettingKeys.UPLOAD_PHOTO_MAX_KB.format(0))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SettingKeys.APPLICATION_ROUTES.format(List.of()))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void choiceKeysOfferTheirEnumValuesForADropdown() {
        assertThat(SettingKeys.ACTIVITY_WRITTEN_EXAM.kind()).isEqualTo(SettingKey.Kind.CHOICE);
        assertThat(SettingKeys.ACTIVITY_WRITTEN_EXAM.allowedValues())
                .containsExactly("ALL", "WITHOUT_REQUIRED_DEGREE", "PARTIAL", "NONE");
        assertThat(SettingKeys.ACTIVITY_WRITTEN_EXAM.valueType()).isEqualTo(WrittenExam.class);
        assertThat(SettingKeys.APPLICATION_ROUTES.kind()).isEqualTo(SettingKey.Kind.CHOICE_LIST);
        assertThat(SettingKeys.APPLICATION_ROUTES.allowedValues()).hasSize(7);
        assertThat(SettingKeys.APPLICATION_ROUTES.choiceType()).contains(ApplicationRoute.class);
        assertThat(SettingKeys.UPLOAD_PHOTO_MAX_KB.allowedValues()).isEmpty();
        assertThat(SettingKeys.UPLOAD_PHOTO_MAX_KB.choiceType()).isEmpty();
    }

    @Test
    void valuesHaveBundleKeysForTheirLabels() {
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.labelKey()).isEqualTo("activity.reviewMode.label");
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.descriptionKey()).isEqualTo("activity.reviewMode.description");
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.valueLabelKey("ONLINE_VOTE")).contains("ReviewMode.ONLINE_VOTE");
        assertThat(SettingKeys.APPLICATION_ROUTES.valueLabelKey("TRANSFER")).contains("ApplicationRoute.TRANSFER");
        assertThat(SettingKeys.DRAW_DEFAULT_RULES.valueLabelKey("true")).contains("Boolean.true");
        assertThat(SettingKeys.ACTIVITY_REVIEW_MODE.valueLabelKey("NOT_A_MODE")).isEmpty();
        assertThat(SettingKeys.UPLOAD_PHOTO_MAX_KB.valueLabelKey("500")).isEmpty();
    }

    @Test
    void passThresholdOfTwoThirdsNeedsSeventeenOfTwentyFive() {
        Fraction twoThirds = SettingKeys.VOTE_PASS_THRESHOLD.defaultValue(DeploymentProfile.SC);

        assertThat(twoThirds.isReachedBy(17, 25)).isTrue();
        assertThat(twoThirds.isReachedBy(16, 25)).isFalse();
        assertThat(twoThirds.isReachedBy(2, 3)).isTrue();
        assertThat(twoThirds.minimumCountOf(25)).isEqualTo(17);
        assertThat(twoThirds.minimumCountOf(3)).isEqualTo(2);
        assertThat(twoThirds.minimumCountOf(0)).isZero();
    }

    @Test
    void profileIsReadFromStoredOrConfiguredText() {
        assertThat(DeploymentProfile.parse(" hb ")).isEqualTo(DeploymentProfile.HB);
        assertThat(DeploymentProfile.parse("CUSTOM").defaultsFrom()).isEqualTo(DeploymentProfile.SC);
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> DeploymentProfile.parse("GD"));
        assertThat(refused.getMessageKey()).isEqualTo(SettingKey.INVALID_VALUE);
        assertThat(refused.getArguments()[0]).isEqualTo(SettingKeys.PROFILE_KEY);
    }
}
