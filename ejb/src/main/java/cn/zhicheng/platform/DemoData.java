package cn.zhicheng.platform;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.ExceptionCondition;
import cn.zhicheng.activity.Notices;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.expert.AdminPostLevel;
import cn.zhicheng.expert.CommitteePost;
import cn.zhicheng.expert.Expert;
import cn.zhicheng.expert.ExpertDetails;
import cn.zhicheng.expert.IdDocumentType;
import cn.zhicheng.expert.PoolMember;
import cn.zhicheng.expert.ProfileEntry;
import cn.zhicheng.expert.ProfileSection;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.DocumentNumber;
import cn.zhicheng.history.HistoricalInstitution;
import cn.zhicheng.history.HistoryBatch;
import cn.zhicheng.history.HistoryDetails;
import cn.zhicheng.history.HistoryRecord;
import cn.zhicheng.notice.Message;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.CreditCode;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitProfile;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ResubmitRoute;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo province (README "演示账号"): seeded at start-up only when {@code zc.demo=true}, and only once. It is not
 * a migration: production databases never receive it. The accounts' password is {@value #DEMO_PASSWORD};
 * {@code newstaff} shows the forced change of an initial password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final String INITIAL_PASSWORD = "888888";
    static final String ROOT_CREDIT_CODE = "11510000MB0000001R";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "zc.demo", defaultValue = "false")
    private boolean enabled;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditLog auditLog;

    @EJB
    private AttachmentService attachments;

    private String demoHash;
    private OffsetDateTime now;
    private final Map<String, UnitRole> demoRoles = new HashMap<>();

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        boolean present = !em.createQuery("select u.id from Unit u where u.creditCode = :code", Long.class)
                .setParameter("code", CreditCode.of(ROOT_CREDIT_CODE)).getResultList().isEmpty();
        if (present) {
            LOG.info("event=demo_seed skipped=already_present");
            return;
        }
        now = Times.now();
        demoHash = hasher.hash(DEMO_PASSWORD);

        Unit province = unit("四川省人力资源和社会保障厅", ROOT_CREDIT_CODE, UnitType.HRSS, HrssLevel.PROVINCE, "510000", null);
        Unit city = unit("成都市人力资源和社会保障局", "11510100MB00000022", UnitType.HRSS, HrssLevel.CITY, "510100", province);
        Unit county = unit("成都市武侯区人力资源和社会保障局", "11510107MB0000003A", UnitType.HRSS, HrssLevel.COUNTY, "510107", city);
        Unit education = unit("四川省教育厅", "11510000MB00000043", UnitType.COMPETENT_DEPARTMENT, null, "510000", province);
        Unit health = unit("四川省卫生健康委员会", "11510000MB00000056", UnitType.COMPETENT_DEPARTMENT, null, "510000", province);
        Unit hospital = unit("四川省人民医院", "12510000MB00000066", UnitType.APPLYING_UNIT, null, "510000", health);
        Unit hospitalBranch = unit("四川省人民医院东院", "12510000MB00000079", UnitType.APPLYING_UNIT, null, "510000", hospital);
        Unit school = unit("四川省实验中学", "12510000MB0000008C", UnitType.APPLYING_UNIT, null, "510000", education);
        Unit schoolBranch = unit("四川省实验中学武侯分校", "12510000MB0000009F", UnitType.APPLYING_UNIT, null, "510107", school);

        describeDemoUnits(province, city, county, education, health, hospital, hospitalBranch, school, schoolBranch);

        account("admin", "系统管理员", null, Role.SYSTEM_ADMIN, province);
        account("cd_hrss_admin", "成都市人社局管理员", null, Role.UNIT_ADMIN, city);
        account("sc_hrss_admin", "省人社厅管理员", null, Role.UNIT_ADMIN, province);
        account("sc_hrss", "省人社厅经办人", null, Role.UNIT_HANDLER, province);
        account("sc_hrss_leader", "省人社厅领导", null, Role.UNIT_LEADER, province);
        account("cd_hrss", "成都市人社局经办人", null, Role.UNIT_HANDLER, city);
        account("wh_hrss", "武侯区人社局经办人", null, Role.UNIT_HANDLER, county);
        account("edu_dept", "教育厅经办人", null, Role.UNIT_HANDLER, education);
        account("health_dept", "卫健委经办人", null, Role.UNIT_HANDLER, health);
        account("hospital_admin", "省医院管理员", null, Role.UNIT_ADMIN, hospital);
        account("hospital_handler", "省医院经办人", null, Role.UNIT_HANDLER, hospital);
        account("hospital_leader", "省医院领导", null, Role.UNIT_LEADER, hospital);
        account("branch_handler", "东院经办人", null, Role.UNIT_HANDLER, hospitalBranch);
        account("school_handler", "实验中学经办人", null, Role.UNIT_HANDLER, school);
        account("school_branch_handler", "武侯分校经办人", null, Role.UNIT_HANDLER, schoolBranch);
        Account committeeAdmin = account("committee_admin", "卫生高评委管理员", null, Role.COMMITTEE_ADMIN, health);
        Account committeeOperator = account("committee_operator", "卫生高评委操作员", null, Role.COMMITTEE_OPERATOR,
                health);
        account("510105197209306780", "王专家", "510105197209306780", Role.EXPERT, null);
        account("51010219680212567X", "李专家", "51010219680212567X", Role.EXPERT, null);
        account("510104199001011230", "张三", "510104199001011230", Role.APPLICANT, null);
        account("510107198503152345", "李四", "510107198503152345", Role.APPLICANT, null);

        Account newStaff = Account.createdByOther("newstaff", "新入职经办人", null, null, hasher.hash(INITIAL_PASSWORD), now);
        newStaff.grant(Role.UNIT_HANDLER, hospital);
        newStaff.assignStaffRoles(Set.of(demoRole(hospital, Role.UNIT_HANDLER)));
        em.persist(newStaff);

        message("school_branch_handler", province, "关于开展2026年度职称评审工作的通知",
                "各单位：2026年度职称评审工作即将开始，请及时完成本单位多岗审核配置和主管部门核对。");
        message("school_branch_handler", null, "欢迎使用职称评审信息系统", "您的单位账号已开通，请妥善保管登录密码。");
        pendingRegistration(city);
        filedCommittee(health, province, committeeAdmin, committeeOperator);
        historicalInstitution(city, county);
        approvedHistoryBatch(county, city, province);
        initialApplicationsAwaitingCertificates(hospital, health);
        LOG.info("event=demo_seed units=10 accounts=25 messages=2 committees=1 experts=25 activities=1"
                + " history_batches=1 history_records=3 initial_applications=2");
    }

    /**
     * 历史评审机构 (SPEC §3.13.6): 成都市人社局's former 职改办 panel, whose certificates 武侯区人社局 collects, so that
     * `wh_hrss` can upload historical 工程技术人员 certificates naming it as 评审机构.
     */
    private void historicalInstitution(Unit city, Unit county) {
        TitleSeries series = em.createNamedQuery(TitleSeries.FIND_BY_NAME, TitleSeries.class)
                .setParameter("name", "工程技术人员").getResultStream().findFirst().orElse(null);
        if (series == null) {
            return;
        }
        HistoricalInstitution institution = new HistoricalInstitution(city, now);
        institution.describe("成都市工程技术职务评审委员会（原）", List.of(series), EnumSet.allOf(TitleLevel.class),
                List.of(county));
        em.persist(institution);
    }

    /**
     * 历史职称数据 (SPEC §3.13.3–3.13.4): one batch 武侯区人社局 collected for the historical institution above (职称评审,
     * 成人社职〔2016〕45号, three 工程师 certificates, among them the demo applicant 李四), reviewed by 成都市人社局 and
     * then 省人社厅: 审核通过 (待发证), so 李四's 我的证书 lists it and the reviewers' 已提交 lists have an example.
     */
    private void approvedHistoryBatch(Unit county, Unit city, Unit province) {
        String institution = "成都市工程技术职务评审委员会（原）";
        Attachment file = attachments.storeForSystem(new ByteArrayInputStream(
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                "成人社职〔2016〕45号任职资格文件.pdf", AttachmentPurpose.STAMPED_PDF, province.getId());
        HistoryBatch batch = new HistoryBatch(county, AcquisitionType.REVIEW, DocumentNumber.of("成人社职〔2016〕45号"),
                "wh_hrss", "武侯区人社局经办人", now);
        em.persist(batch);
        em.flush();
        String[][] people = {{"510107198503152345", "李四"}, {demoIdNumber(30), "周工"}, {demoIdNumber(31), "吴工"}};
        for (int i = 0; i < people.length; i++) {
            IdNumber id = IdNumber.of(people[i][0]);
            em.persist(new HistoryRecord(batch.getId(), i + 3, new HistoryDetails("510107", "居民身份证", id.value(),
                    people[i][1], id.sex(), id.birthDate(), "GC2016" + (451 + i), "工程技术人员", TitleLevel.INTERMEDIATE,
                    "工程师", "土木工程", institution, LocalDate.of(2016, 10, 20), LocalDate.of(2016, 12, 1),
                    "成人社职〔2016〕45号", "成都市武侯区建筑设计院"), false, now));
        }
        batch.submit(province, List.of(city.getId(), province.getId()), file.getId(), now);
        batch.pass(city.getId(), now);
        batch.pass(province.getId(), now);
        auditLog.record(AuditRecord.Actor.SYSTEM, "HISTORY_BATCH", batch.getId(), "APPROVED", "DRAFT", "APPROVED",
                "演示数据");
    }

    /**
     * Two 职称初定 applications (王五, 赵六) that passed 省人民医院 and 卫健委 (SPEC §3.9.1): they wait under 证书生成 →
     * 初定发证 → 未发放 for `health_dept` (SPEC §3.12.1).
     */
    private void initialApplicationsAwaitingCertificates(Unit hospital, Unit health) {
        TitleQualification qualification = em.createQuery("select q from TitleQualification q"
                        + " where q.series.name = '卫生技术人员' and q.level = :level and q.name = '主治医师'",
                        TitleQualification.class)
                .setParameter("level", TitleLevel.INTERMEDIATE).getResultStream().findFirst().orElse(null);
        if (qualification == null) {
            return;
        }
        Attachment file = attachments.storeForSystem(new ByteArrayInputStream(
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                "公示证明及推荐意见.pdf", AttachmentPurpose.GENERAL_DOCUMENT, hospital.getId());
        String[][] people = {{demoIdNumber(40), "王五"}, {demoIdNumber(41), "赵六"}};
        for (String[] person : people) {
            Account applicant = account(person[0], person[1], person[0], Role.APPLICANT, null);
            em.flush();
            Application application = new Application(new Application.Applicant(applicant.getId(), person[1],
                    person[0]), hospital, ApplicationKind.INITIAL, null, qualification, "内科", ApplicationRoute.NORMAL,
                    false, now);
            em.persist(application);
            em.flush();
            application.submit(now, ResubmitRoute.FROM_START);
            application.routeThrough(List.of(hospital.getId(), health.getId()));
            application.attachEmployerFile(Application.EmployerFile.PUBLICITY, file.getId());
            application.attachEmployerFile(Application.EmployerFile.RECOMMENDATION, file.getId());
            application.passOutOfUnit(now);
            application.passOutOfUnit(now);
            auditLog.record(AuditRecord.Actor.SYSTEM, "Application", application.getId(), "application.chainAccept",
                    "SUBMITTED", application.getStatus().name(), "演示数据：已通过单位和主管部门审核");
        }
    }

    /** An unread message to a demo account, from a unit or (unit null) from the system. */
    private void message(String login, Unit sender, String title, String body) {
        Account recipient = em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", login).getSingleResult();
        em.persist(new Message(recipient.getId(), sender == null ? null : sender.getId(),
                sender == null ? Messages.SYSTEM_SENDER : sender.getName(), title, body, now));
    }

    /** 单位性质 and 联系人 of the demo units (SPEC §2.1); their regions are set at creation. */
    private void describeDemoUnits(Unit... units) {
        for (Unit unit : units) {
            UnitNature nature = unit.getType() == UnitType.APPLYING_UNIT ? UnitNature.PUBLIC_INSTITUTION
                    : UnitNature.GOVERNMENT_ORGAN;
            unit.describe(new UnitProfile(unit.getName(), unit.getCreditCode(), nature, unit.getRegionCode(),
                    "办公室", "028-86000000", "四川省成都市"));
        }
    }

    /** A self-registered enterprise waiting for 成都市人社局 in 下级单位注册审核; its registrant is reg_admin. */
    private void pendingRegistration(Unit city) {
        Unit unit = Unit.selfRegistered("成都市测试科技有限公司", now);
        em.persist(unit);
        unit.placeUnder(null);
        unit.describe(new UnitProfile("成都市测试科技有限公司", CreditCode.of("91510100MA6CK0001U"), UnitNature.ENTERPRISE,
                "510107", "赵联系", "028-85000000", "四川省成都市武侯区科华北路1号"));
        unit.submitForAuthorisation(city, now);
        Account registrant = Account.selfRegistered("reg_admin", "赵注册", IdNumber.of("510107199002021237"),
                "13800000000", demoHash, now);
        registrant.grant(Role.UNIT_ADMIN, unit);
        em.persist(registrant);
        auditLog.record(AuditRecord.Actor.SYSTEM, "UNIT", unit.getId(), "SUBMITTED", null, unit.getStatus().name(),
                "演示数据");
    }

    private Unit unit(String name, String creditCode, UnitType type, HrssLevel level, String region, Unit parent) {
        Unit unit = new Unit(name, CreditCode.of(creditCode), type, level, region, now);
        em.persist(unit);
        unit.placeUnder(parent);
        auditLog.record(AuditRecord.Actor.SYSTEM, "UNIT", unit.getId(), "CREATED", null, unit.getStatus().name(),
                "演示数据");
        return unit;
    }

    /**
     * 四川省卫生系列高级职称评审委员会: formed by 卫健委, filed by the province (3 years from today), its admin and
     * operator linked, and 25 experts in its pool (SPEC §5 minimum 按系列) — what activities will build on.
     */
    private void filedCommittee(Unit health, Unit province, Account admin, Account operator) {
        TitleSeries series = em.createNamedQuery(TitleSeries.FIND_BY_NAME, TitleSeries.class)
                .setParameter("name", "卫生技术人员").getSingleResult();
        CommitteeProfile profile = new CommitteeProfile("四川省卫生系列高级职称评审委员会", "四川省卫生健康委员会人事处",
                "卫生高评委办公室", CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL,
                TitleLevel.SENIOR_DEPUTY), "王联络", "028-86130000", "四川省成都市青羊区上汪家拐街39号", false, false,
                Set.of(), CommitteeFormation.BY_SERIES, List.of(), Set.of("510000"));
        Committee committee = Committee.draft(profile, health, series, province, province, now);
        em.persist(committee);
        committee.authoriseAtCreation(now);
        auditLog.record(AuditRecord.Actor.SYSTEM, "COMMITTEE", committee.getId(), "FILED", "DRAFT", "FILED",
                "演示数据");
        em.persist(new CommitteeAccount(admin, committee, Role.COMMITTEE_ADMIN, now));
        em.persist(new CommitteeAccount(operator, committee, Role.COMMITTEE_OPERATOR, now));
        String[] surnames = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩",
            "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "张", "孔"};
        for (int i = 0; i < surnames.length; i++) {
            IdNumber idNumber = IdNumber.of(demoIdNumber(i));
            CommitteePost post = i == 0 ? CommitteePost.CHAIR : i < 3 ? CommitteePost.VICE_CHAIR : CommitteePost.MEMBER;
            Expert expert = new Expert(new ExpertDetails("中国", surnames[i] + "医师", IdDocumentType.RESIDENT_ID, idNumber,
                    idNumber.sex(), YearMonth.from(idNumber.birthDate()), false, "四川省人民医院", "四川省卫生健康委员会",
                    "科室主任", AdminPostLevel.NONE, "1390000" + String.format("%04d", i), null, "四川省卫生健康领军人才",
                    series.getName(), "临床医学", "主任医师", post), series, now);
            expert.replaceSection(ProfileSection.EDUCATION, List.of(new ProfileEntry(ProfileSection.EDUCATION,
                    (1983 + i) + "09", (1988 + i) + "07", "临床医学", "四川大学华西医学院", "本科")));
            expert.replaceSection(ProfileSection.WORK, List.of(new ProfileEntry(ProfileSection.WORK,
                    (1988 + i) + "08", null, "主任医师", "四川省人民医院", null)));
            em.persist(expert);
            PoolMember member = PoolMember.addedBy(health, committee, expert, post, now);
            member.submit(province, now);
            member.approve(now);
            em.persist(member);
        }
        publishedActivity(committee, province);
    }

    /**
     * The committee's published annual activity of this year (SPEC §3.7), as if 省人社厅 had approved it: accepting
     * applications from yesterday, two achievement templates, one 破格 condition, three required materials; its
     * notice is on the public home page.
     */
    private void publishedActivity(Committee committee, Unit province) {
        ActivitySchedule schedule = ActivitySchedule.of(now.minusDays(1), now.plusDays(30), now.plusDays(40),
                now.plusDays(50), null, null);
        int year = now.getYear();
        Activity activity = new Activity(committee, new ActivityBasics(year + "年度四川省卫生系列高级职称评审工作",
                "全省在岗从事卫生专业技术工作的人员", year, ActivityCategory.ANNUAL, EvaluationMethod.EXPERT, true,
                WrittenExam.NONE, Defense.PARTIAL, false, null, ReviewMode.ONLINE_VOTE, schedule, true, false, false,
                "川卫人〔" + year + "〕12号", true), now.toLocalDate(), now);
        activity.open(committee.getLevels(), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(
                AchievementRequirement.of(1, 1, AchievementTitle.AFTER_CURRENT_TITLE,
                        EnumSet.of(AchievementTemplate.GENERAL, AchievementTemplate.AWARD),
                        "填写取得现专业技术职称后的主要业绩"),
                AchievementRequirement.of(2, 2, AchievementTitle.PAPERS_AND_BOOKS,
                        EnumSet.of(AchievementTemplate.PAPER, AchievementTemplate.BOOK), "论文论著须为第一作者")));
        activity.configureExceptions(List.of(ExceptionCondition.of(1, 1,
                "获得省部级科技进步二等奖及以上奖励（主研人员）", true)), null, null);
        activity.configureMaterials(List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG)),
                RequiredMaterial.of(2, 2, "学历学位证书", true, 5, EnumSet.of(FileKind.PDF, FileKind.JPEG)),
                RequiredMaterial.of(3, 3, "继续教育证明", false, 3, EnumSet.of(FileKind.PDF))));
        em.persist(activity);
        activity.submit(ReviewPosition.firstLevelOf(province.getId()), now.toLocalDate(), now);
        activity.approve(now);
        auditLog.record(AuditRecord.Actor.SYSTEM, "ACTIVITY", activity.getId(), "PUBLISHED", "DRAFT", "PUBLISHED",
                "演示数据");
        Notices.postPublished(em, activity);
    }

    /** A valid ID number of a person born in 1965–1989 (成都市锦江区), unique per index. */
    private static String demoIdNumber(int index) {
        String body = String.format("510104%04d%02d%02d%03d", 1965 + index, 1 + index % 12, 1 + index % 28, 100 + index);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private Account account(String login, String name, String idNumber, Role role, Unit unit) {
        Account account = Account.selfRegistered(login, name, idNumber == null ? null : IdNumber.of(idNumber),
                null, demoHash, now);
        account.grant(role, unit);
        if (role == Role.UNIT_HANDLER || role == Role.UNIT_LEADER) {
            account.assignStaffRoles(Set.of(demoRole(unit, role)));
        }
        em.persist(account);
        return account;
    }

    /**
     * Each demo unit's 经办人 role holds every function its super administrator may delegate; its 领导 role holds the
     * reviews only (the HB split of SPEC §3.2.3).
     */
    private UnitRole demoRole(Unit unit, Role role) {
        return demoRoles.computeIfAbsent(unit.getId() + "/" + role, key -> {
            Set<Permission> permissions = Permission.grantableIn(unit.getType());
            if (role == Role.UNIT_LEADER) {
                permissions.retainAll(EnumSet.of(Permission.APPLICATION_REVIEW, Permission.COMMITTEE_FILING_REVIEW,
                        Permission.ACTIVITY_PUBLISH_REVIEW, Permission.TALENT_REVIEW, Permission.TALENT_STATISTICS,
                        Permission.TITLE_CONFIRMATION_REVIEW));
            }
            UnitRole unitRole = new UnitRole(unit, role == Role.UNIT_LEADER ? "领导" : "经办人", "演示角色",
                    permissions, now);
            em.persist(unitRole);
            return unitRole;
        });
    }
}
