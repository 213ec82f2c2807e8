package cn.zhicheng.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.zhicheng.config.SettingScope.ACTIVITY;
import static cn.zhicheng.config.SettingScope.COMMITTEE;
import static cn.zhicheng.config.SettingScope.DEPLOYMENT;

/**
 * Every province setting of SPEC §0.4 and §5 with its per-profile defaults, in the order of the specification, so
 * that services name settings by constant and the administrator screen lists them in a stable order.
 */
public final class SettingKeys {

    /** Base name of the bundle with each setting's label and description and each value's label. */
    public static final String LABELS_BUNDLE = "cn.zhicheng.config.settings";

    /**
     * The key under which the chosen {@link DeploymentProfile} is stored in the {@code setting} table. It is not a
     * {@link SettingKey}: it decides the other keys' defaults instead of having one.
     */
    public static final String PROFILE_KEY = "deployment.profile";

    public static final SettingKey<UnitAuthentication> AUTH_UNIT =
            SettingKey.choice("auth.unit", DEPLOYMENT, UnitAuthentication.class)
                    .sc(UnitAuthentication.SSO_LEGAL_PERSON)
                    .hb(UnitAuthentication.PASSWORD)
                    .sx(UnitAuthentication.E_SSC_QR)
                    .build();

    public static final SettingKey<Boolean> AUTH_HRSS_INTRANET =
            SettingKey.flag("auth.hrssIntranet", DEPLOYMENT)
                    .sc(true)
                    .hb(false)
                    .sx(false)
                    .build();

    public static final SettingKey<ApplicantAuthentication> AUTH_APPLICANT =
            SettingKey.choice("auth.applicant", DEPLOYMENT, ApplicantAuthentication.class)
                    .sc(ApplicantAuthentication.SSO_PERSONAL)
                    .hb(ApplicantAuthentication.PASSWORD)
                    // SX manual has no applicant side: password accounts need no external identity platform.
                    .sx(ApplicantAuthentication.PASSWORD)
                    .build();

    public static final SettingKey<ApplicantProvisioning> ACCOUNT_APPLICANT_PROVISIONING =
            SettingKey.choice("account.applicantProvisioning", DEPLOYMENT, ApplicantProvisioning.class)
                    .sc(ApplicantProvisioning.SELF_REGISTER)
                    .hb(ApplicantProvisioning.UNIT_CREATED)
                    // SX: self-registration happens on the SSO platform, which SX applicants do not use (see above).
                    .sx(ApplicantProvisioning.UNIT_CREATED)
                    .build();

    public static final SettingKey<Boolean> UNIT_SELF_REGISTRATION =
            SettingKey.flag("unit.selfRegistration", DEPLOYMENT)
                    .sc(true)
                    .hb(false)
                    // SX manual describes units only as created by their parent, never self-registered.
                    .sx(false)
                    .build();

    public static final SettingKey<CommitteeSetupModel> COMMITTEE_SETUP_MODEL =
            SettingKey.choice("committee.setupModel", DEPLOYMENT, CommitteeSetupModel.class)
                    .sc(CommitteeSetupModel.FORMATION_UNIT_FILING)
                    .hb(CommitteeSetupModel.REFORM_OFFICE_CREATES)
                    .sx(CommitteeSetupModel.DEPT_CREATES_COMMITTEE_ADMIN_FILES)
                    .build();

    public static final SettingKey<CommitteeLogin> COMMITTEE_OWN_LOGIN =
            SettingKey.choice("committee.ownLogin", DEPLOYMENT, CommitteeLogin.class)
                    .sc(CommitteeLogin.NONE)
                    .hb(CommitteeLogin.COMMITTEE_CODE)
                    .sx(CommitteeLogin.COMMITTEE_ACCOUNTS)
                    .build();

    public static final SettingKey<Boolean> COMMITTEE_SPECIALTY_TREE_EDITABLE =
            SettingKey.flag("committee.specialtyTreeEditable", COMMITTEE)
                    .everywhere(false)
                    .build();

    public static final SettingKey<ActivityPublishApproval> ACTIVITY_PUBLISH_APPROVAL =
            SettingKey.choice("activity.publishApproval", DEPLOYMENT, ActivityPublishApproval.class)
                    .sc(ActivityPublishApproval.AUTH_UNIT_REVIEW)
                    // HB manual has no activity publication review; its units run meetings directly.
                    .hb(ActivityPublishApproval.NONE)
                    .sx(ActivityPublishApproval.NONE)
                    .build();

    public static final SettingKey<ScreenLayout> UI_PROFILE =
            SettingKey.choice("ui.profile", DEPLOYMENT, ScreenLayout.class)
                    .sc(ScreenLayout.SC)
                    .hb(ScreenLayout.HB)
                    .sx(ScreenLayout.SX)
                    .build();

    public static final SettingKey<ReviewMode> ACTIVITY_REVIEW_MODE =
            SettingKey.choice("activity.reviewMode", ACTIVITY, ReviewMode.class)
                    .sc(ReviewMode.ONLINE_VOTE)
                    .hb(ReviewMode.EXPERT_CHAIN)
                    .sx(ReviewMode.OFFLINE_IMPORT)
                    .build();

    public static final SettingKey<Boolean> ACTIVITY_BREAK_MEETING =
            SettingKey.flag("activity.breakMeeting", ACTIVITY)
                    // Only SC has the field and it is asked per activity; the extra meeting is opted into.
                    .everywhere(false)
                    .build();

    public static final SettingKey<WrittenExam> ACTIVITY_WRITTEN_EXAM =
            SettingKey.choice("activity.writtenExam", ACTIVITY, WrittenExam.class)
                    // Only SC asks, per activity; most series hold no committee exam, so 不组织 until chosen.
                    .everywhere(WrittenExam.NONE)
                    .build();

    public static final SettingKey<Defense> ACTIVITY_DEFENSE =
            SettingKey.choice("activity.defense", ACTIVITY, Defense.class)
                    // Only SC asks, per activity; a defense is an extra step, so 不组织 until chosen.
                    .everywhere(Defense.NONE)
                    .build();

    public static final SettingKey<Boolean> ACTIVITY_SPECIALTY_GROUPS =
            SettingKey.flag("activity.specialtyGroups", ACTIVITY)
                    // Only SC asks, per activity; one all-expert round is the simpler meeting.
                    .everywhere(false)
                    .build();

    public static final SettingKey<SpecialtyGroupMode> ACTIVITY_SPECIALTY_GROUP_MODE =
            SettingKey.choice("activity.specialtyGroupMode", ACTIVITY, SpecialtyGroupMode.class)
                    // 专家投票 is the first option of SC's form and the only mode that decides in round one.
                    .everywhere(SpecialtyGroupMode.VOTE)
                    .build();

    public static final SettingKey<List<ApplicationRoute>> APPLICATION_ROUTES =
            SettingKey.choiceList("application.routes", DEPLOYMENT, ApplicationRoute.class)
                    .sc(List.of(ApplicationRoute.NORMAL, ApplicationRoute.EXCEPTIONAL))
                    // HB's seven routes in the order of its manual (SPEC §3.8.5).
                    .hb(List.of(ApplicationRoute.NORMAL, ApplicationRoute.DIVERTED_CIVIL_SERVANT,
                            ApplicationRoute.ONE_STEP, ApplicationRoute.GREEN_CHANNEL, ApplicationRoute.EXCEPTIONAL,
                            ApplicationRoute.TRANSFER, ApplicationRoute.HIGH_SKILL))
                    .sx(List.of(ApplicationRoute.NORMAL, ApplicationRoute.EXCEPTIONAL))
                    .build();

    public static final SettingKey<ApplicationChain> APPLICATION_CHAIN =
            SettingKey.choice("application.chain", DEPLOYMENT, ApplicationChain.class)
                    .sc(ApplicationChain.UNIT_TREE_THEN_COMMITTEE)
                    .hb(ApplicationChain.UNIT_TREE_THEN_COMMITTEE)
                    .sx(ApplicationChain.COMPETENT_DEPT_THEN_COMMITTEE)
                    .build();

    public static final SettingKey<Boolean> APPLICATION_EMPLOYER_REVIEWS_FIRST =
            SettingKey.flag("application.employerReviewsFirst", DEPLOYMENT)
                    .sc(true)
                    .hb(true)
                    // SX: the 主管部门 reviews first; whether employers review before it is not described (SPEC
                    // §3.9.1, §4.10 item 4): node 1 is enabled by this switch.
                    .sx(false)
                    .build();

    public static final SettingKey<ResubmitRoute> APPLICATION_RESUBMIT_ROUTE =
            SettingKey.choice("application.resubmitRoute", DEPLOYMENT, ResubmitRoute.class)
                    .sc(ResubmitRoute.FROM_START)
                    .hb(ResubmitRoute.FROM_START)
                    .sx(ResubmitRoute.TO_RETURNING_NODE)
                    .build();

    public static final SettingKey<Boolean> APPLICATION_PER_RETURN_DEADLINE =
            SettingKey.flag("application.perReturnDeadline", DEPLOYMENT)
                    .sc(false)
                    // HB manual names no return deadline; the activity-wide deadline is the simpler rule.
                    .hb(false)
                    .sx(true)
                    .build();

    public static final SettingKey<ResultConfirmation> RESULTS_CONFIRMATION =
            SettingKey.choice("results.confirmation", DEPLOYMENT, ResultConfirmation.class)
                    .sc(ResultConfirmation.AUTH_UNIT_CONFIRM)
                    .hb(ResultConfirmation.REPORT_AND_STAFF_REVIEW)
                    .sx(ResultConfirmation.FILING_TO_COMPETENT_DEPT)
                    .build();

    public static final SettingKey<CertificateIssuer> CERTIFICATE_ISSUER =
            SettingKey.choice("certificate.issuer", DEPLOYMENT, CertificateIssuer.class)
                    .sc(CertificateIssuer.AUTH_UNIT)
                    .hb(CertificateIssuer.UNIT_STAFF)
                    .sx(CertificateIssuer.COMMITTEE)
                    .build();

    public static final SettingKey<HistoricalDataChain> HISTORY_CHAIN =
            SettingKey.choice("history.chain", DEPLOYMENT, HistoricalDataChain.class)
                    .sc(HistoricalDataChain.PATH_TO_ISSUER)
                    // HB manual has no historical upload; the path along the unit tree fits its hierarchy.
                    .hb(HistoricalDataChain.PATH_TO_ISSUER)
                    .sx(HistoricalDataChain.COMMITTEE_DEPT_PROVINCE)
                    .build();

    public static final SettingKey<OutOfRegionCommittees> ENTRUST_OUT_OF_REGION =
            SettingKey.choice("entrust.outOfRegion", DEPLOYMENT, OutOfRegionCommittees.class)
                    .everywhere(OutOfRegionCommittees.REQUIRE_ENTRUST)
                    .build();

    public static final SettingKey<List<BigDecimal>> DRAW_MULTIPLIERS =
            SettingKey.decimalList("draw.multipliers", DEPLOYMENT, BigDecimal.ONE, BigDecimal.TEN)
                    .everywhere(List.of(new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("3")))
                    .build();

    public static final SettingKey<Boolean> DRAW_DEFAULT_RULES =
            SettingKey.flag("draw.defaultRules", DEPLOYMENT)
                    .everywhere(true)
                    .build();

    public static final SettingKey<Fraction> VOTE_PASS_THRESHOLD =
            SettingKey.fraction("vote.passThreshold", DEPLOYMENT)
                    .everywhere(new Fraction(2, 3))
                    .build();

    public static final SettingKey<Integer> UPLOAD_PHOTO_MAX_KB =
            SettingKey.integer("upload.photoMaxKB", DEPLOYMENT, 1, 10_240)
                    .everywhere(500)
                    .build();

    public static final SettingKey<String> PASSWORD_INITIAL =
            SettingKey.text("password.initial", DEPLOYMENT, 128)
                    // Only HB states it; SC and SX also create accounts for others (staff, experts, operators).
                    .everywhere("888888")
                    .build();

    public static final SettingKey<Integer> COMMITTEE_MIN_MEMBERS_SERIES =
            SettingKey.integer("committee.minMembers.series", DEPLOYMENT, 1, 999)
                    .everywhere(25)
                    .build();

    public static final SettingKey<Integer> COMMITTEE_MIN_MEMBERS_SPECIALTY =
            SettingKey.integer("committee.minMembers.specialty", DEPLOYMENT, 1, 999)
                    .everywhere(11)
                    .build();

    public static final SettingKey<Fraction> VOTE_QUORUM =
            SettingKey.fraction("vote.quorum", DEPLOYMENT)
                    .everywhere(new Fraction(2, 3))
                    .build();

    public static final SettingKey<Integer> PUBLICITY_MIN_WORKING_DAYS =
            SettingKey.integer("publicity.minWorkingDays", DEPLOYMENT, 1, 60)
                    .everywhere(5)
                    .build();

    public static final SettingKey<Integer> SECURITY_LOCKOUT_MAX_ATTEMPTS =
            SettingKey.integer("security.lockout.maxAttempts", DEPLOYMENT, 1, 100)
                    .everywhere(5)
                    .build();

    public static final SettingKey<Integer> SECURITY_LOCKOUT_MINUTES =
            SettingKey.integer("security.lockout.minutes", DEPLOYMENT, 1, 1_440)
                    .everywhere(15)
                    .build();

    private static final List<SettingKey<?>> ALL = List.of(
            AUTH_UNIT, AUTH_HRSS_INTRANET, AUTH_APPLICANT, ACCOUNT_APPLICANT_PROVISIONING, UNIT_SELF_REGISTRATION,
            COMMITTEE_SETUP_MODEL, COMMITTEE_OWN_LOGIN, COMMITTEE_SPECIALTY_TREE_EDITABLE, ACTIVITY_PUBLISH_APPROVAL,
            UI_PROFILE, ACTIVITY_REVIEW_MODE, ACTIVITY_BREAK_MEETING, ACTIVITY_WRITTEN_EXAM, ACTIVITY_DEFENSE,
            ACTIVITY_SPECIALTY_GROUPS, ACTIVITY_SPECIALTY_GROUP_MODE, APPLICATION_ROUTES, APPLICATION_CHAIN,
            APPLICATION_EMPLOYER_REVIEWS_FIRST, APPLICATION_RESUBMIT_ROUTE, APPLICATION_PER_RETURN_DEADLINE, RESULTS_CONFIRMATION, CERTIFICATE_ISSUER,
            HISTORY_CHAIN, ENTRUST_OUT_OF_REGION, DRAW_MULTIPLIERS, DRAW_DEFAULT_RULES, VOTE_PASS_THRESHOLD,
            UPLOAD_PHOTO_MAX_KB, PASSWORD_INITIAL,
            COMMITTEE_MIN_MEMBERS_SERIES, COMMITTEE_MIN_MEMBERS_SPECIALTY, VOTE_QUORUM, PUBLICITY_MIN_WORKING_DAYS,
            SECURITY_LOCKOUT_MAX_ATTEMPTS, SECURITY_LOCKOUT_MINUTES);

    private static final Map<String, SettingKey<?>> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(SettingKey::key, Function.identity()));

    private SettingKeys() {
    }

    /** Every setting: the §0.4 table in its order, then the regulation numbers of §5, then sign-in lockout. */
    public static List<SettingKey<?>> all() {
        return ALL;
    }

    public static Optional<SettingKey<?>> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key));
    }
}
