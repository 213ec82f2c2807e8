package cn.zhicheng.platform;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
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

import java.time.OffsetDateTime;
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
        account("committee_admin", "卫生高评委管理员", null, Role.COMMITTEE_ADMIN, health);
        account("committee_operator", "卫生高评委操作员", null, Role.COMMITTEE_OPERATOR, health);
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
        LOG.info("event=demo_seed units=10 accounts=23 messages=2");
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

    private void account(String login, String name, String idNumber, Role role, Unit unit) {
        Account account = Account.selfRegistered(login, name, idNumber == null ? null : IdNumber.of(idNumber),
                null, demoHash, now);
        account.grant(role, unit);
        if (role == Role.UNIT_HANDLER || role == Role.UNIT_LEADER) {
            account.assignStaffRoles(Set.of(demoRole(unit, role)));
        }
        em.persist(account);
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
                        Permission.ACTIVITY_PUBLISH_REVIEW));
            }
            UnitRole unitRole = new UnitRole(unit, role == Role.UNIT_LEADER ? "领导" : "经办人", "演示角色",
                    permissions, now);
            em.persist(unitRole);
            return unitRole;
        });
    }
}
