package cn.zhicheng.it.units;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.TestData;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.notice.Message;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.CreatedUnit;
import cn.zhicheng.org.CreditCode;
import cn.zhicheng.org.HandlingPerson;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.LegalPerson;
import cn.zhicheng.org.NewSubordinate;
import cn.zhicheng.org.OwnUnit;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.RegistrationRow;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.SelfRegistration;
import cn.zhicheng.org.SubordinateRow;
import cn.zhicheng.org.SubordinateUnits;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitDetails;
import cn.zhicheng.org.UnitFilter;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitProfile;
import cn.zhicheng.org.UnitRegistrations;
import cn.zhicheng.org.UnitStatus;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subordinate units, self-registration and own-unit maintenance (SPEC §3.1) in the real server: creation under each
 * parent type, the super administrator it makes, uniqueness messages, the scoped list, registration
 * submit/return/resubmit/approve, change of parent, cross-unit refusals and the audit trail. Each test seeds its own
 * units with unique names below the demo's 成都市人社局 (admin cd_hrss_admin).
 */
@ExtendWith(ArquillianExtension.class)
class UnitsIT {

    private static final String DEMO = "Demo@2026";
    private static final String CITY_ADMIN = "cd_hrss_admin";
    private static final String INITIAL = "888888";
    private static final String OWN_PASSWORD = "Reg@2026pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(UnitsIT.class, SignIn.class, TestData.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private SubordinateUnits subordinates;

    @EJB
    private UnitRegistrations registrations;

    @EJB
    private OwnUnit ownUnit;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog auditLog;

    @EJB
    private Messages messages;

    @EJB
    private RegionDirectory regions;

    @EJB
    private Callers callers;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Test
    void theRegionCascadeHasTheProvinceCityCountyAndOwnLevelEntries() {
        assertTrue(regions.provinces().stream().anyMatch(r -> r.getCode().equals("510000")));
        assertTrue(regions.provinces().size() >= 31);
        assertEquals("四川省省本级", regions.children("510000").get(0).getName(), "本级 first");
        assertTrue(regions.children("510000").stream().anyMatch(r -> r.getName().equals("成都市")));
        assertEquals("成都市市本级", regions.children("510100").get(0).getName());
        assertEquals("四川省 / 成都市 / 武侯区", regions.fullName("510107"));
        assertEquals("四川省 / 成都市市本级", regions.fullName("510100B"));
        assertRejected(() -> regions.require("999999"), "region.unknown");
    }

    @Test
    void aCityCreatesACountyHrssWithoutLegalPersonAndItsHandlerBecomesSuperAdmin() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        assertEquals(Set.of(UnitType.values()), subordinates.creatableTypes(city));

        CreatedUnit county = subordinates.create(new NewSubordinate(city, UnitType.HRSS,
                profile(tag + "县人社局", "510107"), null, handler(tag + "_county")));

        em.clear();
        Unit unit = em.find(Unit.class, county.unitId());
        assertEquals(UnitStatus.AUTHORIZED, unit.getStatus());
        assertEquals(HrssLevel.COUNTY, unit.getHrssLevel());
        assertEquals(city, unit.getParent().getId());
        assertNull(unit.getLegalPersonName());
        Account admin = accounts.getByLogin(tag + "_county");
        assertEquals(county.adminLogin(), admin.getLoginName());
        assertTrue(admin.isMustChangePassword(), "initial password must be changed");
        assertTrue(admin.isSuperAdmin());
        assertEquals(county.unitId(), admin.staffUnit().orElseThrow().getId());
        assertTrue(admin.permissions().contains(Permission.SUBORDINATE_UNIT_MANAGE));
        assertTrue(auditLog.history("UNIT", county.unitId()).stream().anyMatch(r -> r.getAction().equals("CREATED")));
        assertTrue(auditLog.history("ACCOUNT", admin.getId()).stream().anyMatch(r -> r.getAction().equals("CREATED")));

        signIn(tag + "_county", INITIAL);
        assertFalse(subordinates.creatableTypes(county.unitId()).contains(UnitType.HRSS),
                "a county HRSS cannot create another HRSS");
        assertRejected(() -> subordinates.create(new NewSubordinate(county.unitId(), UnitType.HRSS,
                profile(tag + "乡人社", "510107"), null, handler(tag + "_x"))), "unit.type.notAllowedUnderParent");
    }

    @Test
    void anEmployerNeedsALegalPersonAndMayOnlyCreateEmployers() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        assertRejected(() -> subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT,
                profile(tag + "公司", "510107"), null, handler(tag + "_e"))), "unit.legalPerson.name.required");

        CreatedUnit employer = subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT,
                profile(tag + "公司", "510107"), legal(), handler(tag + "_e")));
        assertEquals("王法人", subordinates.details(employer.unitId()).legalPersonName());
        assertEquals(Set.of(UnitType.APPLYING_UNIT), subordinates.creatableTypes(employer.unitId()));
        assertRejected(() -> subordinates.create(new NewSubordinate(employer.unitId(), UnitType.COMPETENT_DEPARTMENT,
                profile(tag + "部门", "510107"), legal(), handler(tag + "_d"))), "unit.type.notAllowedUnderParent");

        signIn(CITY_ADMIN, DEMO);
        CreatedUnit branch = subordinates.create(new NewSubordinate(employer.unitId(), UnitType.APPLYING_UNIT,
                profile(tag + "分公司", "510107"), legal(), handler(tag + "_b")));
        em.clear();
        assertEquals(employer.unitId(), em.find(Unit.class, branch.unitId()).getParent().getId());
    }

    @Test
    void creditCodesAndIdNumbersAreUniqueWithMessagesNamingTheHolder() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        UnitProfile first = profile(tag + "甲", "510107");
        HandlingPerson person = handler(tag + "_a");
        subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT, first, legal(), person));

        BusinessException code = assertRejected(() -> subordinates.create(new NewSubordinate(city,
                UnitType.APPLYING_UNIT, new UnitProfile(tag + "乙", first.creditCode(), UnitNature.ENTERPRISE,
                "510107", null, "028-1", null), legal(), handler(tag + "_b"))), "unit.creditCode.taken");
        assertEquals(tag + "甲", code.getArguments()[1]);

        BusinessException id = assertRejected(() -> subordinates.create(new NewSubordinate(city,
                UnitType.APPLYING_UNIT, profile(tag + "丙", "510107"), legal(),
                new HandlingPerson(tag + "_c", "同一人", person.idNumber(), "13900000000"))), "account.idNumber.takenBy");
        assertEquals(tag + "_a", id.getArguments()[2]);
        em.clear();
        assertTrue(em.createQuery("select u from Unit u where u.name = :n", Unit.class)
                .setParameter("n", tag + "丙").getResultList().isEmpty(), "nothing of the refused unit is kept");
    }

    @Test
    void theListShowsTheSubtreeWithoutTheUnitItselfPagedAndFiltered() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        for (int i = 0; i < 12; i++) {
            subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT,
                    profile(tag + "列表单位" + String.format("%02d", i), "510107"), legal(), handler(tag + "_l" + i)));
        }
        UnitFilter byName = new UnitFilter(tag + "列表", null, null);

        assertEquals(12, subordinates.count(byName));
        List<SubordinateRow> page1 = subordinates.page(byName, 0, 10);
        List<SubordinateRow> page2 = subordinates.page(byName, 10, 10);
        assertEquals(10, page1.size());
        assertEquals(2, page2.size());
        assertEquals(tag + "列表单位00", page1.get(0).name());
        assertEquals(tag + "列表单位11", page2.get(1).name());
        assertEquals("成都市人力资源和社会保障局", page1.get(0).parentName());
        assertEquals("四川省 / 成都市 / 武侯区", page1.get(0).regionName());
        assertEquals(0, subordinates.count(new UnitFilter(tag + "列表", UnitType.HRSS, null)));
        assertEquals(12, subordinates.count(new UnitFilter(tag + "列表", UnitType.APPLYING_UNIT, UnitStatus.AUTHORIZED)));
        assertEquals(0, subordinates.count(new UnitFilter("成都市人力资源和社会保障局", null, null)), "not itself");
        assertTrue(subordinates.count(new UnitFilter("武侯区人力资源", null, null)) >= 1, "the demo county is below");
        assertEquals(0, subordinates.count(new UnitFilter("四川省人民医院", null, null)), "not a sibling's subtree");

        signIn("hospital_admin", DEMO);
        assertEquals(0, subordinates.count(byName), "another unit sees none of them");
    }

    @Test
    void aSelfRegisteredUnitIsReturnedResubmittedAndApprovedByItsParent() throws Exception {
        String tag = tag();
        request.logout();
        String login = registrations.register(new SelfRegistration(tag + "科技有限公司", tag + "_reg", "注册人",
                TestData.idNumber(), "13800000001", OWN_PASSWORD));
        BusinessException duplicate = assertRejected(() -> registrations.register(new SelfRegistration("另一公司",
                tag + "_reg", "注册人", TestData.idNumber(), "1", OWN_PASSWORD)), "account.login.taken");
        assertEquals(tag + "_reg", duplicate.getArguments()[0]);

        signIn(login, OWN_PASSWORD);
        assertTrue(registrations.callerMustRegister());
        assertTrue(callers.current().permissions().isEmpty(), "no permissions before authorisation");
        Long unitId = registrations.ownRegistration().id();
        assertEquals(UnitStatus.UNAUTHORIZED, registrations.ownRegistration().status());
        Long city = cityId();
        UnitProfile profile = profile(tag + "科技有限公司", "510107");
        HandlingPerson self = new HandlingPerson(null, "注册人", callers.current().getIdNumber(), "13800000001");
        assertRejected(() -> registrations.submit(profile, UnitType.APPLYING_UNIT, self, null),
                "unit.registration.parent.required");
        UnitDetails submitted = registrations.submit(profile, UnitType.APPLYING_UNIT, self, city);
        assertEquals(UnitStatus.PENDING, submitted.status());
        assertEquals(city, submitted.requestedParentId());

        signIn("hospital_admin", DEMO);
        assertThrows(AccessDeniedException.class, () -> registrations.approve(List.of(unitId)),
                "only the requested parent decides");
        assertThrows(AccessDeniedException.class, () -> registrations.pendingDetails(unitId));

        signIn(CITY_ADMIN, DEMO);
        List<RegistrationRow> pending = registrations.pending(tag, 0, 10);
        assertEquals(1, pending.size());
        assertFalse(pending.get(0).parentChange());
        assertEquals(1, registrations.countPending(tag));
        assertRejected(() -> registrations.returnRequests(List.of(unitId), " "), "unit.review.reason.required");
        registrations.returnRequests(List.of(unitId), "请补充营业执照");

        signIn(login, OWN_PASSWORD);
        UnitDetails returned = registrations.ownRegistration();
        assertEquals(UnitStatus.RETURNED, returned.status());
        assertEquals("请补充营业执照", returned.returnReason());
        assertTrue(messages.received(0, 10).stream().anyMatch(m -> m.getBody().contains("请补充营业执照")));
        registrations.uploadLicence(new java.io.ByteArrayInputStream(pdf()), "营业执照.pdf");
        UnitDetails resubmitted = registrations.submit(profile, UnitType.APPLYING_UNIT, self, city);
        assertEquals(UnitStatus.PENDING, resubmitted.status());
        assertTrue(resubmitted.licenceAttachmentId() != null);

        signIn(CITY_ADMIN, DEMO);
        assertEquals(resubmitted.licenceAttachmentId(), registrations.pendingDetails(unitId).licenceAttachmentId());
        registrations.approve(List.of(unitId));
        assertEquals(0, registrations.countPending(tag));

        signIn(login, OWN_PASSWORD);
        assertFalse(registrations.callerMustRegister());
        assertTrue(callers.current().permissions().contains(Permission.SUBORDINATE_UNIT_MANAGE),
                "the registrant is the super administrator of the authorised unit");
        em.clear();
        Unit unit = em.find(Unit.class, unitId);
        assertEquals(city, unit.getParent().getId());
        assertTrue(unit.getPath().startsWith(em.find(Unit.class, city).getPath()));
        List<Message> received = messages.received(0, 10);
        assertTrue(received.stream().anyMatch(m -> m.getTitle().equals("单位注册已审核通过")));
        List<String> actions = auditLog.history("UNIT", unitId).stream().map(AuditRecord::getAction).toList();
        assertTrue(actions.containsAll(List.of("REGISTERED", "SUBMITTED", "RETURNED", "LICENCE_UPLOADED", "APPROVED")),
                actions.toString());
    }

    @Test
    void aChangeOfParentKeepsTheOldParentUntilTheNewOneApprovesThenMovesTheSubtree() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        CreatedUnit county = subordinates.create(new NewSubordinate(city, UnitType.HRSS,
                profile(tag + "县人社局", "510107"), null, handler(tag + "_cty")));
        CreatedUnit employer = subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT,
                profile(tag + "公司", "510107"), legal(), handler(tag + "_emp")));
        CreatedUnit branch = subordinates.create(new NewSubordinate(employer.unitId(), UnitType.APPLYING_UNIT,
                profile(tag + "分公司", "510107"), legal(), handler(tag + "_br")));

        signIn(tag + "_emp", INITIAL);
        UnitDetails requested = ownUnit.requestParentChange(county.unitId());
        assertTrue(requested.isParentChangePending());
        assertEquals(city, requested.parentId(), "the old parent stays in force");
        em.clear();
        assertEquals(city, em.find(Unit.class, employer.unitId()).getParent().getId());

        signIn(tag + "_cty", INITIAL);
        List<RegistrationRow> pending = registrations.pending(tag, 0, 10);
        assertEquals(1, pending.size());
        assertTrue(pending.get(0).parentChange());
        assertEquals(0, subordinates.count(new UnitFilter(tag + "公司", null, null)), "not yet below the county");
        registrations.approve(List.of(employer.unitId()));

        em.clear();
        Unit moved = em.find(Unit.class, employer.unitId());
        Unit movedBranch = em.find(Unit.class, branch.unitId());
        assertEquals(county.unitId(), moved.getParent().getId());
        assertTrue(movedBranch.getPath().startsWith(moved.getPath()), "the subtree moved along");
        assertEquals(moved.getDepth() + 1, movedBranch.getDepth());
        assertEquals(2, subordinates.count(new UnitFilter(tag, null, null)), "employer and branch below the county");
        assertTrue(auditLog.history("UNIT", employer.unitId()).stream()
                .anyMatch(r -> r.getAction().equals("PARENT_CHANGED")));
    }

    @Test
    void unitsOutsideTheCallersSubtreeAreRefused() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        CreatedUnit employer = subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT,
                profile(tag + "公司", "510107"), legal(), handler(tag + "_x")));
        assertThrows(AccessDeniedException.class, () -> subordinates.details(city), "its own unit is not a subordinate");

        signIn("hospital_admin", DEMO);
        assertThrows(AccessDeniedException.class, () -> subordinates.details(employer.unitId()));
        assertThrows(AccessDeniedException.class, () -> subordinates.edit(employer.unitId(),
                profile(tag + "改名", "510107"), legal(), null));
        assertThrows(AccessDeniedException.class, () -> subordinates.create(new NewSubordinate(city,
                UnitType.APPLYING_UNIT, profile(tag + "越权", "510107"), legal(), handler(tag + "_y"))));

        signIn("hospital_handler", DEMO);
        assertThrows(AccessDeniedException.class, () -> subordinates.details(employer.unitId()));
    }

    @Test
    void aParentEditsItsSubordinateAndItsHandlingPerson() throws Exception {
        String tag = tag();
        signIn(CITY_ADMIN, DEMO);
        Long city = subordinates.ownUnit().id();
        CreatedUnit employer = subordinates.create(new NewSubordinate(city, UnitType.APPLYING_UNIT,
                profile(tag + "公司", "510107"), legal(), handler(tag + "_ed")));
        UnitDetails before = subordinates.details(employer.unitId());
        IdNumber newId = IdNumber.of(TestData.idNumber());

        subordinates.edit(employer.unitId(), new UnitProfile(tag + "公司（更名）", CreditCode.of(before.creditCode()),
                UnitNature.OTHER, "510100B", "新联系人", "028-2", "新地址"), legal(),
                new HandlingPerson(null, "新经办人", newId, "13700000000"));

        UnitDetails after = subordinates.details(employer.unitId());
        assertEquals(tag + "公司（更名）", after.name());
        assertEquals(UnitNature.OTHER, after.nature());
        assertEquals("四川省 / 成都市市本级", after.regionName());
        assertEquals("新经办人", after.adminName());
        assertEquals(newId.value(), after.adminIdNumber());
        assertTrue(auditLog.history("UNIT", employer.unitId()).stream().anyMatch(r -> r.getAction().equals("EDITED")));
        assertRejected(() -> subordinates.edit(employer.unitId(), new UnitProfile(tag + "x",
                CreditCode.of(before.creditCode()), UnitNature.OTHER, "123", null, "1", null), legal(), null),
                "region.unknown");
    }

    // --- helpers ---

    private void signIn(String login, String password) throws ServletException {
        SignIn.as(securityContext, request, login, password);
        assertEquals(login, callers.current().getLoginName());
    }

    private Long cityId() {
        return em.createQuery("select u.id from Unit u where u.name = '成都市人力资源和社会保障局'", Long.class)
                .getSingleResult();
    }

    private static String tag() {
        return "u" + Long.toString(System.nanoTime(), 36);
    }

    private static UnitProfile profile(String name, String region) {
        return new UnitProfile(name, CreditCode.of(TestData.creditCode()), UnitNature.ENTERPRISE, region, "联系人",
                "028-85000000", "成都市武侯区");
    }

    private static LegalPerson legal() {
        return new LegalPerson("王法人", IdNumber.of(TestData.idNumber()), "13600000000");
    }

    private static HandlingPerson handler(String login) {
        return new HandlingPerson(login, "经办" + login.substring(login.length() - 3), IdNumber.of(TestData.idNumber()),
                "13500000000");
    }


    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static BusinessException assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.getMessageKey(), e.getMessage());
        return e;
    }
}
