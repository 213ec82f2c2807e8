package cn.zhicheng.it.committee;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.committee.SpecialtyTreeView;
import cn.zhicheng.committee.SpecialtyTrees;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 专业树管理 (SPEC §3.5.7) inside the real server against PostgreSQL: a 单位内部自主评审 committee's administrator and
 * formation unit edit its tree (add, rename, freeze, unfreeze, sibling-name uniqueness, nothing under a frozen node),
 * its operator only views; a committee that is not 自主评审 shows the specialties of its filing read only; frozen
 * nodes and their subtrees are not selectable; other units and committees get 403; every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class SpecialtyIT {

    private static final String PASSWORD = "Right@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(SpecialtyIT.class, SignIn.class, TestData.class);
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

    @EJB
    private SpecialtyTrees trees;

    private String hashed;

    private final class World {
        Long editableId;
        Long readOnlyId;
        Long strangerCommitteeId;
        Account admin;
        Account operator;
        Account former;
        Account formerWithoutPermission;
        Account strangerStaff;
        Account strangerAdmin;
    }

    private World world() throws Exception {
        String tag = "sp" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            TitleSeries series = new TitleSeries(tag + "高校教师");
            em.persist(series);
            Unit province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
            Unit university = unit(tag + "大学", UnitType.SELF_EVALUATING_UNIT, null, province);
            Unit stranger = unit(tag + "外单位", UnitType.COMPETENT_DEPARTMENT, null, province);
            Committee editable = new Committee(tag + "自主评审评委会", university, series, true, Times.now());
            em.persist(editable);
            Committee readOnly = Committee.draft(new CommitteeProfile(tag + "按专业评委会", "人事处", "评委会办公室",
                            CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.INTERMEDIATE), "张联系",
                            "028-86130000", "成都市人民南路1号", false, false, EnumSet.of(UnitNature.PUBLIC_INSTITUTION),
                            CommitteeFormation.BY_SPECIALTY, List.of("临床医学", "护理学", "临床医学"), Set.of("510000")),
                    university, series, province, province, Times.now());
            em.persist(readOnly);
            Committee strangers = new Committee(tag + "外单位评委会", stranger, series, true, Times.now());
            em.persist(strangers);
            w.editableId = editable.getId();
            w.readOnlyId = readOnly.getId();
            w.strangerCommitteeId = strangers.getId();
            w.admin = committeeAccount(tag + "_adm", editable, Role.COMMITTEE_ADMIN);
            w.operator = committeeAccount(tag + "_op", editable, Role.COMMITTEE_OPERATOR);
            w.strangerAdmin = committeeAccount(tag + "_xadm", strangers, Role.COMMITTEE_ADMIN);
            w.former = staff(tag + "_f", university, role(university, EnumSet.of(Permission.COMMITTEE_FILING)));
            w.formerWithoutPermission = staff(tag + "_n", university,
                    role(university, EnumSet.of(Permission.COMMITTEE_HISTORY)));
            w.strangerStaff = staff(tag + "_x", stranger, role(stranger, EnumSet.of(Permission.COMMITTEE_FILING)));
            return w;
        });
    }

    @Test
    void theAdministratorOfASelfEvaluatingCommitteeEditsItsTreeAndEveryChangeIsAudited() throws Exception {
        World w = world();
        signIn(w.admin);
        assertEquals(w.editableId, trees.ownCommitteeId());
        assertTrue(trees.isEditable(w.editableId));
        assertTrue(trees.tree(w.editableId).isEmpty(), "nothing filed by specialty: an empty tree");

        Long clinical = trees.add(w.editableId, null, " 临床医学 ");
        Long internal = trees.add(w.editableId, clinical, "内科学");
        Long surgery = trees.add(w.editableId, clinical, "外科学");
        Long nursing = trees.add(w.editableId, null, "护理学");
        assertRejected(() -> trees.add(w.editableId, null, "临床医学"), "specialty.name.taken");
        assertRejected(() -> trees.add(w.editableId, clinical, "内科学"), "specialty.name.taken");
        Long sameNameElsewhere = trees.add(w.editableId, nursing, "内科学");
        assertRejected(() -> trees.add(w.editableId, null, " "), "specialty.name.required");
        assertRejected(() -> trees.add(w.editableId, null, "专".repeat(51)), "specialty.name.tooLong");

        List<SpecialtyNode> tree = trees.tree(w.editableId);
        assertEquals(List.of("临床医学", "内科学", "外科学", "护理学", "内科学"),
                tree.stream().map(SpecialtyNode::name).toList(), "depth first, in the order added");
        assertEquals(List.of(0, 1, 1, 0, 1), tree.stream().map(SpecialtyNode::depth).toList());
        assertEquals(clinical, tree.get(1).parentId());

        assertRejected(() -> trees.rename(surgery, "内科学"), "specialty.name.taken");
        assertRejected(() -> trees.rename(surgery, "外科学"), "specialty.name.unchanged");
        trees.rename(surgery, "普通外科学");

        assertRejected(() -> trees.unfreeze(clinical), "specialty.notFrozen");
        trees.freeze(clinical);
        assertRejected(() -> trees.freeze(clinical), "specialty.alreadyFrozen");
        assertRejected(() -> trees.add(w.editableId, clinical, "儿科学"), "specialty.parent.frozen");
        assertEquals(List.of(nursing, sameNameElsewhere),
                trees.selectable(w.editableId).stream().map(SpecialtyNode::id).toList(),
                "a frozen specialty and everything under it are not selectable");
        assertTrue(trees.tree(w.editableId).stream().filter(n -> n.id().equals(clinical)).findFirst().orElseThrow()
                .frozen());
        trees.unfreeze(clinical);
        assertEquals(5, trees.selectable(w.editableId).size());

        assertEquals(List.of("CREATED", "CREATED", "RENAMED", "FROZEN", "UNFROZEN"), actions(clinical, surgery));
        AuditRecord rename = audit(surgery).get(1);
        assertEquals("外科学 → 普通外科学", rename.getOpinion());
        assertEquals(w.admin.getLoginName(), rename.getActorLogin());
        assertEquals(List.of("CREATED"), actions(internal));

        SpecialtyTreeView view = trees.view(w.editableId);
        assertTrue(view.editable());
        assertTrue(view.callerMayEdit());
    }

    @Test
    void aCommitteeThatIsNotSelfEvaluatingViewsTheSpecialtiesOfItsFilingOnly() throws Exception {
        World w = world();
        signIn(w.former);
        assertFalse(trees.isEditable(w.readOnlyId));
        List<SpecialtyNode> seeded = trees.tree(w.readOnlyId);
        assertEquals(List.of("临床医学", "护理学"), seeded.stream().map(SpecialtyNode::name).toList(),
                "seeded once from the filed 评审专业, duplicates dropped");
        assertEquals(seeded, trees.tree(w.readOnlyId), "the second reading seeds nothing");
        assertEquals(List.of("SEEDED"), actions(seeded.get(0).id()));
        SpecialtyTreeView view = trees.view(w.readOnlyId);
        assertFalse(view.editable());
        assertFalse(view.callerMayEdit());

        assertRejected(() -> trees.add(w.readOnlyId, null, "药学"), "specialty.notEditable");
        assertRejected(() -> trees.rename(seeded.get(0).id(), "药学"), "specialty.notEditable");
        assertRejected(() -> trees.freeze(seeded.get(0).id()), "specialty.notEditable");
        assertEquals(2, trees.selectable(w.readOnlyId).size());

        // the formation unit's staff edit a self-evaluating committee's tree like its administrator
        Long added = trees.add(w.editableId, null, "计算机科学与技术");
        trees.freeze(added);
        assertTrue(trees.view(w.editableId).callerMayEdit());
        assertEquals(w.former.getLoginName(), audit(added).get(1).getActorLogin());
    }

    @Test
    void operatorsOnlyViewAndOtherUnitsAndCommitteesAreRefused() throws Exception {
        World w = world();
        signIn(w.admin);
        Long node = trees.add(w.editableId, null, "临床医学");
        assertThrows(AccessDeniedException.class, () -> trees.tree(w.readOnlyId), "another committee of the unit");
        assertThrows(AccessDeniedException.class, () -> trees.add(w.strangerCommitteeId, null, "药学"));

        signIn(w.operator);
        assertEquals(w.editableId, trees.ownCommitteeId());
        assertEquals(1, trees.tree(w.editableId).size());
        SpecialtyTreeView view = trees.view(w.editableId);
        assertTrue(view.editable());
        assertFalse(view.callerMayEdit(), "operators view");
        assertThrows(AccessDeniedException.class, () -> trees.freeze(node));
        assertThrows(AccessDeniedException.class, () -> trees.add(w.editableId, null, "药学"));

        signIn(w.strangerAdmin);
        assertThrows(AccessDeniedException.class, () -> trees.tree(w.editableId));
        assertThrows(AccessDeniedException.class, () -> trees.rename(node, "药学"));
        Long foreign = trees.add(w.strangerCommitteeId, null, "药学");
        signIn(w.admin);
        assertThrows(AccessDeniedException.class, () -> trees.add(w.editableId, foreign, "药剂学"),
                "a parent of another committee");

        signIn(w.strangerStaff);
        assertThrows(AccessDeniedException.class, () -> trees.tree(w.editableId));
        assertThrows(AccessDeniedException.class, () -> trees.freeze(node));
        assertThrows(AccessDeniedException.class, () -> trees.ownCommitteeId());
        signIn(w.formerWithoutPermission);
        assertThrows(AccessDeniedException.class, () -> trees.tree(w.editableId),
                "the formation unit's staff need 评委会备案申报");
        assertEquals(List.of("CREATED"), actions(node));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private List<AuditRecord> audit(Long specialtyId) {
        return em.createQuery("select r from AuditRecord r where r.entityType = 'SPECIALTY' and r.entityId = :id "
                + "order by r.id", AuditRecord.class).setParameter("id", specialtyId).getResultList();
    }

    private List<String> actions(Long... specialtyIds) {
        return java.util.Arrays.stream(specialtyIds).flatMap(id -> audit(id).stream())
                .sorted(java.util.Comparator.comparing(AuditRecord::getId)).map(AuditRecord::getAction).toList();
    }

    private static void assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertFalse(e instanceof AccessDeniedException, "a business refusal, not a 403: " + e);
        assertEquals(key, e.getMessageKey());
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
    }

    private Unit unit(String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = new Unit(name, null, type, level, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private UnitRole role(Unit unit, Set<Permission> permissions) {
        UnitRole role = new UnitRole(unit, "角色" + System.nanoTime(), null, permissions, Times.now());
        em.persist(role);
        return role;
    }

    private Account staff(String login, Unit unit, UnitRole unitRole) {
        Account account = Account.selfRegistered(login, "经办" + login.length(), null, null, hashed(), Times.now());
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(Set.of(unitRole));
        em.persist(account);
        return account;
    }

    private Account committeeAccount(String login, Committee committee, Role role) {
        Account account = Account.selfRegistered(login, "评委会" + login.length(), null, null, hashed(), Times.now());
        account.grant(role, committee.getFormationUnit());
        em.persist(account);
        em.persist(new CommitteeAccount(account, committee, role, Times.now()));
        return account;
    }

    private String hashed() {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        return hashed;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
