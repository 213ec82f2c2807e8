package cn.zhicheng.it.review;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.config.ApplicationChain;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.notice.Message;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.ChainNode;
import cn.zhicheng.org.CompetentDepartment;
import cn.zhicheng.org.CompetentDepartments;
import cn.zhicheng.org.HomeFacts;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.RegionUnitRow;
import cn.zhicheng.org.ReviewRouting;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitStatus;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.Advance;
import cn.zhicheng.review.ConfigView;
import cn.zhicheng.review.LevelView;
import cn.zhicheng.review.MultiPostConfigService;
import cn.zhicheng.review.MultiPostReview;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.review.StaffView;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Multi-post review (SPEC §3.3), competent-department routing (§3.4, §3.9.1), received messages (§3.14.3) and the unit
 * home facts (§3.14.4), inside the real server against PostgreSQL. Each test seeds its own units and accounts.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final String PASSWORD = "Right@2026";
    private static final ReviewItemType APPLICATION = ReviewItemType.APPLICATION;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ReviewIT.class, SignIn.class);
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

    @Inject
    private Instance<ToDoSource> toDoSources;

    @EJB
    private Callers callers;

    @EJB
    private MultiPostReview engine;

    @EJB
    private MultiPostConfigService configs;

    @EJB
    private ReviewRouting routing;

    @EJB
    private CompetentDepartments competent;

    @EJB
    private Messages messages;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog auditLog;

    private String hashed;

    /** A hospital with a super administrator, three reviewers, a clerk without the review function, a disabled
     *  reviewer, and a reviewer of another hospital. */
    private final class Hospital {
        Unit unit;
        Unit other;
        Account admin;
        Account r1;
        Account r2;
        Account r3;
        Account clerk;
        Account disabled;
        Account stranger;
    }

    private Hospital hospital() throws Exception {
        String tag = "rv" + System.nanoTime();
        return inTransaction(() -> {
            Hospital h = new Hospital();
            h.unit = unit(tag + "医院", UnitType.APPLYING_UNIT, null);
            h.other = unit(tag + "其他医院", UnitType.APPLYING_UNIT, null);
            UnitRole review = role(h.unit, "审核", EnumSet.of(Permission.APPLICATION_REVIEW));
            UnitRole info = role(h.unit, "信息维护", EnumSet.of(Permission.OWN_UNIT_INFO));
            h.admin = account(tag + "_admin", "管理员", Role.UNIT_ADMIN, h.unit, null);
            h.r1 = account(tag + "_r1", "初审", Role.UNIT_HANDLER, h.unit, review);
            h.r2 = account(tag + "_r2", "复审", Role.UNIT_HANDLER, h.unit, review);
            h.r3 = account(tag + "_r3", "终审", Role.UNIT_LEADER, h.unit, review);
            h.clerk = account(tag + "_clerk", "文员", Role.UNIT_HANDLER, h.unit, info);
            h.disabled = account(tag + "_off", "停用", Role.UNIT_HANDLER, h.unit, review);
            h.disabled.disable();
            h.stranger = account(tag + "_x", "外单位", Role.UNIT_HANDLER, h.other,
                    role(h.other, "审核", EnumSet.of(Permission.APPLICATION_REVIEW)));
            return h;
        });
    }

    @Test
    void withoutConfigurationAnyActiveStaffWithThePermissionCompletesTheUnitInOneStep() throws Exception {
        Hospital h = hospital();
        ReviewPosition position = engine.enter(unit(h.unit), APPLICATION);

        assertEquals(ReviewPosition.firstLevelOf(h.unit.getId()), position);
        assertFalse(engine.isConfigured(unit(h.unit), APPLICATION));
        assertEquals(logins(h.admin, h.r1, h.r2, h.r3), logins(engine.actorsAt(position, APPLICATION)),
                "the super administrator and the reviewers, not the clerk, not the disabled account");
        assertFalse(engine.canAct(account(h.clerk), position, APPLICATION), "no review permission");
        assertFalse(engine.canAct(account(h.disabled), position, APPLICATION), "disabled");
        assertFalse(engine.canAct(account(h.stranger), position, APPLICATION), "another unit");

        signIn(h.clerk);
        assertThrows(AccessDeniedException.class, () -> engine.advance(position, APPLICATION));
        signIn(h.stranger);
        assertThrows(AccessDeniedException.class, () -> engine.advance(position, APPLICATION));
        signIn(h.r2);
        assertTrue(engine.advance(position, APPLICATION).isLeavingUnit(), "one step completes the unit");
        assertTrue(engine.leave(position, APPLICATION).isLeavingUnit());

        assertRejected(() -> engine.enter(unit(h.unit), ReviewItemType.COMMITTEE_FILING), "multiPost.type.notForUnit");
    }

    @Test
    void oneTwoAndThreeLevelsRunInOrderAndOnlyTheLevelsStaffMayAct() throws Exception {
        Hospital h = hospital();

        signIn(h.admin);
        configs.addLevel(APPLICATION, 1, ids(h.r1));
        walk(h, List.of(h.r1));

        signIn(h.admin);
        configs.addLevel(APPLICATION, 2, ids(h.r2));
        walk(h, List.of(h.r1, h.r2));

        signIn(h.admin);
        configs.addLevel(APPLICATION, 3, ids(h.r3, h.admin));
        walk(h, List.of(h.r1, h.r2, h.r3));

        signIn(h.admin);
        ConfigView view = configs.view(APPLICATION);
        assertTrue(view.configured());
        assertEquals(List.of(1, 2, 3), view.levels().stream().map(LevelView::number).toList());
        assertEquals(4, view.nextNumber());
        assertEquals(List.of(h.admin.getLoginName(), h.r3.getLoginName()),
                view.levels().get(2).staff().stream().map(StaffView::loginName).toList());
        assertEquals(3, configs.changeLogSize(APPLICATION), "every change is in the flow log");
        assertTrue(configs.changeLog(APPLICATION, 0, 10).stream()
                .allMatch(r -> r.getActorLogin().equals(h.admin.getLoginName())));

        ReviewPosition at3 = ReviewPosition.of(h.unit.getId(), 3);
        signIn(h.r1);
        assertThrows(AccessDeniedException.class, () -> engine.leave(at3, APPLICATION),
                "an earlier level cannot return an item waiting at a later one");
        signIn(h.r3);
        assertTrue(engine.leave(at3, APPLICATION).isLeavingUnit(), "a return at any level ends the sequence");
        assertEquals(ReviewPosition.firstLevelOf(h.unit.getId()), engine.enter(unit(h.unit), APPLICATION),
                "a returned item comes back at level 1");
    }

    /** Walks an item through the unit: at each level exactly its staff act, nobody else, and the last pass leaves. */
    private void walk(Hospital h, List<Account> actorPerLevel) throws ServletException {
        ReviewPosition position = engine.enter(unit(h.unit), APPLICATION);
        for (int level = 1; level <= actorPerLevel.size(); level++) {
            Account actor = actorPerLevel.get(level - 1);
            assertEquals(level, position.getLevel());
            assertTrue(engine.isConfigured(unit(h.unit), APPLICATION));
            assertTrue(logins(engine.actorsAt(position, APPLICATION)).contains(actor.getLoginName()));
            for (Account other : List.of(h.r1, h.r2, h.r3, h.clerk, h.stranger)) {
                if (!other.equals(actor)) {
                    assertFalse(engine.canAct(account(other), position, APPLICATION),
                            other.getLoginName() + " at level " + level + " of " + actorPerLevel.size());
                }
            }
            signIn(h.stranger);
            ReviewPosition current = position;
            assertThrows(AccessDeniedException.class, () -> engine.advance(current, APPLICATION));
            signIn(actor);
            Advance advance = engine.advance(position, APPLICATION);
            if (level < actorPerLevel.size()) {
                assertFalse(advance.isLeavingUnit(), "level " + level + " passes to the next level");
                position = advance.next().orElseThrow();
            } else {
                assertTrue(advance.isLeavingUnit(), "the last level passes the item out of the unit");
            }
        }
    }

    @Test
    void theConfigurationAcceptsOnlyActiveStaffOfTheUnitWithThePermissionAtOneLevelEach() throws Exception {
        Hospital h = hospital();
        signIn(h.admin);

        assertEquals(List.of(APPLICATION), configs.itemTypesOfCaller(), "an employer reviews applications only");
        assertEquals(logins(h.admin, h.r1, h.r2, h.r3),
                configs.eligibleStaff(APPLICATION).stream().map(StaffView::loginName).toList());
        assertThrows(AccessDeniedException.class, () -> configs.addLevel(APPLICATION, 1, ids(h.stranger)),
                "staff of another unit");
        assertRejected(() -> configs.addLevel(APPLICATION, 1, ids(h.clerk)), "multiPost.staff.noPermission");
        assertRejected(() -> configs.addLevel(APPLICATION, 1, ids(h.disabled)), "multiPost.staff.inactive");
        assertRejected(() -> configs.addLevel(APPLICATION, 1, Set.of()), "multiPost.staff.required");
        assertRejected(() -> configs.addLevel(ReviewItemType.COMMITTEE_FILING, 1, ids(h.r1)),
                "multiPost.type.notForUnit");
        assertFalse(configs.view(APPLICATION).configured(), "nothing was saved by the refusals");

        configs.addLevel(APPLICATION, 1, ids(h.r1));
        assertRejected(() -> configs.addLevel(APPLICATION, 1, ids(h.r2)), "multiPost.level.duplicate");
        assertRejected(() -> configs.addLevel(APPLICATION, 3, ids(h.r2)), "multiPost.level.gap");
        assertRejected(() -> configs.addLevel(APPLICATION, 2, ids(h.r1, h.r2)), "multiPost.staff.inOtherLevel");
        configs.addLevel(APPLICATION, 2, ids(h.r2));
        configs.addLevel(APPLICATION, 3, ids(h.r3));
        configs.changeLevel(APPLICATION, 1, ids(h.r1, h.admin));

        configs.deleteLevel(APPLICATION, 2);

        ConfigView view = configs.view(APPLICATION);
        assertEquals(List.of(1, 2), view.levels().stream().map(LevelView::number).toList(), "renumbered");
        assertEquals(List.of(h.r3.getLoginName()),
                view.levels().get(1).staff().stream().map(StaffView::loginName).toList());
        assertEquals(List.of(h.admin.getLoginName(), h.r1.getLoginName()),
                view.levels().get(0).staff().stream().map(StaffView::loginName).toList());
        List<String> actions = configs.changeLog(APPLICATION, 0, 10).stream().map(AuditRecord::getAction).toList();
        assertEquals(List.of("REVIEW_LEVEL_DELETED", "REVIEW_LEVEL_CHANGED", "REVIEW_LEVEL_ADDED",
                "REVIEW_LEVEL_ADDED", "REVIEW_LEVEL_ADDED"), actions);
        assertTrue(engine.canAct(account(h.r3), ReviewPosition.of(h.unit.getId(), 2), APPLICATION),
                "the former level 3 now acts at level 2");

        configs.deleteLevel(APPLICATION, 2);
        configs.deleteLevel(APPLICATION, 1);
        assertFalse(engine.isConfigured(unit(h.unit), APPLICATION), "no levels left: back to one step");
        assertTrue(engine.canAct(account(h.r2), ReviewPosition.firstLevelOf(h.unit.getId()), APPLICATION));

        signIn(h.r1);
        assertThrows(AccessDeniedException.class, () -> configs.view(APPLICATION),
                "only the super administrator configures multi-post review");
    }

    @Test
    void applicationsRouteThroughTheNearestAssignmentElseTheCompetentDepartmentAbove() throws Exception {
        String tag = "rt" + System.nanoTime();
        Map<String, Unit> u = inTransaction(() -> {
            Unit province = unit(tag + "省厅", UnitType.HRSS, null);
            Unit city = unit(tag + "市人社局", UnitType.HRSS, province);
            Unit education = unit(tag + "教育厅", UnitType.COMPETENT_DEPARTMENT, province);
            Unit health = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, province);
            Unit school = unit(tag + "学校", UnitType.APPLYING_UNIT, education);
            Unit branch = unit(tag + "分校", UnitType.APPLYING_UNIT, school);
            Unit lab = unit(tag + "分校实验室", UnitType.APPLYING_UNIT, branch);
            Unit company = unit(tag + "市属企业", UnitType.APPLYING_UNIT, city);
            account(tag + "_p", "省厅管理员", Role.UNIT_ADMIN, province, null);
            account(tag + "_c", "市局管理员", Role.UNIT_ADMIN, city, null);
            account(tag + "_e", "企业管理员", Role.UNIT_ADMIN, company, null);
            return Map.of("province", province, "city", city, "education", education, "health", health,
                    "school", school, "branch", branch, "lab", lab, "company", company);
        });

        assertDepartment(u.get("education"), CompetentDepartment.Source.TREE, null, u.get("branch"));
        assertTrue(routing.competentDepartmentFor(unit(u.get("company"))).isEmpty(), "no department above");
        assertChain(u.get("branch"), ApplicationChain.UNIT_TREE_THEN_COMMITTEE, false,
                u.get("branch"), u.get("school"), u.get("education"), u.get("province"));
        assertChain(u.get("company"), ApplicationChain.UNIT_TREE_THEN_COMMITTEE, false,
                u.get("company"), u.get("city"));

        signInAs(tag + "_p");
        competent.assign(u.get("school").getId(), u.get("health").getId());
        assertDepartment(u.get("health"), CompetentDepartment.Source.DIRECT, u.get("school"), u.get("school"));
        assertDepartment(u.get("health"), CompetentDepartment.Source.INHERITED, u.get("school"), u.get("branch"));
        assertDepartment(u.get("health"), CompetentDepartment.Source.INHERITED, u.get("school"), u.get("lab"));
        assertChain(u.get("branch"), ApplicationChain.UNIT_TREE_THEN_COMMITTEE, false,
                u.get("branch"), u.get("school"), u.get("health"), u.get("province"));

        competent.assign(u.get("lab").getId(), u.get("education").getId());
        assertDepartment(u.get("education"), CompetentDepartment.Source.DIRECT, u.get("lab"), u.get("lab"));
        assertDepartment(u.get("health"), CompetentDepartment.Source.INHERITED, u.get("school"), u.get("branch"));
        assertChain(u.get("branch"), ApplicationChain.COMPETENT_DEPT_THEN_COMMITTEE, false, u.get("health"));
        assertChain(u.get("branch"), ApplicationChain.COMPETENT_DEPT_THEN_COMMITTEE, true,
                u.get("branch"), u.get("health"));

        competent.assign(u.get("school").getId(), u.get("education").getId());
        assertDepartment(u.get("education"), CompetentDepartment.Source.INHERITED, u.get("school"), u.get("branch"));
        competent.clear(u.get("school").getId());
        assertDepartment(u.get("education"), CompetentDepartment.Source.TREE, null, u.get("branch"));
        assertRejected(() -> competent.clear(u.get("school").getId()), "competent.notAssigned");
        assertRejected(() -> competent.assign(u.get("school").getId(), u.get("branch").getId()),
                "competent.department.wrongType");
        assertRejected(() -> competent.assign(u.get("health").getId(), u.get("education").getId()),
                "competent.employer.wrongType");
        competent.assign(u.get("company").getId(), u.get("health").getId());
        assertChain(u.get("company"), ApplicationChain.UNIT_TREE_THEN_COMMITTEE, false,
                u.get("company"), u.get("health"), u.get("province"));
        List<String> schoolLog = auditLog.history("UNIT", u.get("school").getId()).stream()
                .map(AuditRecord::getAction).toList();
        assertEquals(List.of("COMPETENT_DEPARTMENT_SET", "COMPETENT_DEPARTMENT_SET", "COMPETENT_DEPARTMENT_CLEARED"),
                schoolLog);

        assertEquals(4, competent.countEmployerUnits(tag));
        assertEquals(1, competent.countEmployerUnits(tag + "分校实"), "filtered by name in the database");
        List<RegionUnitRow> page = competent.employerUnits(tag, 0, 2);
        assertEquals(2, page.size(), "paged");
        RegionUnitRow lab = competent.employerUnits(tag + "分校实验室", 0, 10).get(0);
        assertTrue(lab.directlyAssigned());
        assertEquals(tag + "教育厅", lab.current().departmentName());
        assertTrue(competent.departments().stream().anyMatch(d -> d.name().equals(tag + "卫健委")));

        signInAs(tag + "_c");
        assertEquals(1, competent.countEmployerUnits(tag), "a city sees its own region only");
        assertThrows(AccessDeniedException.class,
                () -> competent.assign(u.get("school").getId(), u.get("education").getId()), "outside the city");
        assertThrows(AccessDeniedException.class,
                () -> competent.assign(u.get("company").getId(), u.get("health").getId()),
                "a department outside the city");
        signInAs(tag + "_e");
        assertThrows(AccessDeniedException.class, () -> competent.countEmployerUnits(tag),
                "an employer unit has no 主管部门配置");
    }

    @Test
    void aRecipientReadsAndConfirmsOnlyTheirOwnMessages() throws Exception {
        Hospital h = hospital();
        List<Message> sent = inTransaction(() -> List.of(
                messages.sendFromUnit(h.r1.getId(), h.other.getId(), h.other.getName(), "通知一", "第一条内容"),
                messages.sendFromSystem(h.r1.getId(), "通知二", "第二条内容"),
                messages.sendFromSystem(h.r2.getId(), "给别人的", "不是你的")));

        signIn(h.r1);
        assertEquals(2, messages.countReceived());
        assertEquals(2, messages.countUnread());
        assertEquals(List.of("通知二"), messages.received(0, 1).stream().map(Message::getTitle).toList(),
                "newest first, one page");
        assertEquals(h.other.getName(), messages.open(sent.get(0).getId()).getSenderName());
        assertThrows(AccessDeniedException.class, () -> messages.open(sent.get(2).getId()));
        assertThrows(AccessDeniedException.class, () -> messages.markRead(sent.get(2).getId()));

        Message read = messages.markRead(sent.get(0).getId());
        assertNotNull(read.getReadAt());
        assertEquals(1, messages.countUnread());
        messages.markRead(sent.get(0).getId());
        assertEquals(1, messages.countUnread(), "confirming twice changes nothing");
        signIn(h.r2);
        assertEquals(1, messages.countUnread(), "the other recipient's message is still unread");
    }

    @Test
    void theHomeFactsShowTheUnitAndEveryToDoSourceAnswersForTheCaller() throws Exception {
        Hospital h = hospital();
        signIn(h.r1);

        HomeFacts facts = accounts.homeFactsOfCaller();

        assertEquals(h.unit.getName(), facts.unitName());
        assertEquals(UnitType.APPLYING_UNIT, facts.unitType());
        assertEquals("510000", facts.regionCode());
        assertEquals(UnitStatus.AUTHORIZED, facts.unitStatus());
        List<ToDo> toDos = new ArrayList<>();
        toDoSources.forEach(source -> toDos.addAll(source.toDosOfCaller()));
        assertTrue(toDos.stream().allMatch(t -> t.count() >= 0 && !t.labelKey().isBlank() && t.page() != null),
                "every to-do names its kind and page: " + toDos);
    }

    private void assertDepartment(Unit department, CompetentDepartment.Source source, Unit via, Unit of) {
        CompetentDepartment found = routing.competentDepartmentFor(unit(of)).orElseThrow();
        assertEquals(department.getId(), found.departmentId(), of.getName());
        assertEquals(source, found.source(), of.getName());
        assertEquals(via == null ? null : via.getId(), found.viaUnitId(), of.getName());
    }

    private void assertChain(Unit employer, ApplicationChain chain, boolean employerFirst, Unit... expected) {
        List<ChainNode> nodes = routing.unitChainFor(unit(employer), chain, employerFirst);
        assertEquals(java.util.Arrays.stream(expected).map(Unit::getName).toList(),
                nodes.stream().map(ChainNode::unitName).toList(), chain + " of " + employer.getName());
    }

    private static void assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertFalse(e instanceof AccessDeniedException, "a business refusal, not a 403: " + e);
        assertEquals(key, e.getMessageKey());
    }

    private static List<String> logins(Account... list) {
        return java.util.Arrays.stream(list).map(Account::getLoginName).sorted().toList();
    }

    private static List<String> logins(List<Account> list) {
        return list.stream().map(Account::getLoginName).sorted().toList();
    }

    private static Set<Long> ids(Account... list) {
        return java.util.Arrays.stream(list).map(Account::getId).collect(java.util.stream.Collectors.toSet());
    }

    private Unit unit(Unit detached) {
        return em.find(Unit.class, detached.getId());
    }

    private Account account(Account detached) {
        return em.find(Account.class, detached.getId());
    }

    private void signIn(Account account) throws ServletException {
        signInAs(account.getLoginName());
    }

    private void signInAs(String login) throws ServletException {
        SignIn.as(securityContext, request, login, PASSWORD);
        assertEquals(login, callers.current().getLoginName(), "the services see the new caller");
    }

    private Unit unit(String name, UnitType type, Unit parent) {
        Unit unit = new Unit(name, null, type, type == UnitType.HRSS
                ? (parent == null ? HrssLevel.PROVINCE : HrssLevel.CITY) : null, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private UnitRole role(Unit unit, String name, Set<Permission> permissions) {
        UnitRole role = new UnitRole(unit, name, null, permissions, Times.now());
        em.persist(role);
        return role;
    }

    private Account account(String login, String name, Role role, Unit unit, UnitRole unitRole) {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        Account account = Account.selfRegistered(login, name, null, null, hashed, Times.now());
        account.grant(role, unit);
        if (unitRole != null) {
            account.assignStaffRoles(Set.of(unitRole));
        }
        em.persist(account);
        return account;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
