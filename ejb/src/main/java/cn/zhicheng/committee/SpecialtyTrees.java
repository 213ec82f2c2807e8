package cn.zhicheng.committee;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 专业树管理 (SPEC §3.5.7): each committee's specialties under its filed series. Only committees flagged 单位内部自主评审
 * ({@link Committee#isInternalReview()}, SPEC §0.4 {@code committee.specialtyTreeEditable}) may edit their tree (新增,
 * 修改专业名称, 冻结, 解冻); all others only view it. Frozen specialties (and everything under them) are not
 * {@link #selectable} for new activities and applications.
 * <p>
 * Who: the committee's own 评委会管理员 (view and edit) and 评委会操作员 (view), linked through
 * {@link CommitteeAccount}; staff of the formation unit holding 评委会备案申报 (view and edit) or 评审活动管理 (view: an
 * activity's 本次开设的评审专业, SPEC §3.7.3, §0.4 {@code committee.ownLogin = NONE}). Anyone else, and any id
 * of another committee's node, gets an {@link AccessDeniedException}.
 * <p>
 * The first time a committee's tree is read while it is empty, its top-level nodes are created from the filing's
 * 评审专业 list (按专业组建), so a committee that may not edit still sees the specialties it filed.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN,
        Role.Names.COMMITTEE_OPERATOR})
public class SpecialtyTrees {

    static final String ENTITY = "SPECIALTY";
    private static final String ACTIVE = "ACTIVE";
    private static final String FROZEN = "FROZEN";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    /** The committee of a signed-in 评委会管理员 / 操作员 (the committee side's page); 403 for anyone else. */
    public Long ownCommitteeId() {
        return linkOfCaller().map(link -> link.getCommittee().getId())
                .orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    /** Everything the page needs: the nodes, the committee's name and series, and the two edit flags. */
    public SpecialtyTreeView view(Long committeeId) {
        Committee committee = readable(committeeId);
        boolean callerMayEdit = committee.isInternalReview() && callerEdits(committee);
        return new SpecialtyTreeView(committee.getId(), committee.getName(), committee.getSeries().getName(),
                committee.isInternalReview(), callerMayEdit, nodes(committee));
    }

    /** All nodes of the committee's tree, depth first, siblings in the order they were added. */
    public List<SpecialtyNode> tree(Long committeeId) {
        return nodes(readable(committeeId));
    }

    /** The committee may edit its tree: it is 单位内部自主评审 (SPEC §3.5.7, §0.4). */
    public boolean isEditable(Long committeeId) {
        return readable(committeeId).isInternalReview();
    }

    /** The nodes that new activities and applications may choose: not frozen and not under a frozen node. */
    public List<SpecialtyNode> selectable(Long committeeId) {
        List<SpecialtyNode> result = new ArrayList<>();
        Long skippingBelowDepth = null;
        for (SpecialtyNode node : nodes(readable(committeeId))) {
            if (skippingBelowDepth != null && node.depth() > skippingBelowDepth) {
                continue;
            }
            skippingBelowDepth = null;
            if (node.frozen()) {
                skippingBelowDepth = (long) node.depth();
            } else {
                result.add(node);
            }
        }
        return result;
    }

    /** 新增: a specialty under {@code parentId} (null = top level, directly under the series). */
    public Long add(Long committeeId, Long parentId, String name) {
        Committee committee = editable(committeeId);
        Specialty parent = null;
        if (parentId != null) {
            parent = em.find(Specialty.class, parentId);
            if (parent == null || !parent.getCommittee().equals(committee)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
        }
        Specialty specialty = new Specialty(committee, parent, name, Times.now());
        requireUniqueAmongSiblings(committee, parent, specialty.getName(), null);
        em.persist(specialty);
        auditLog.record(ENTITY, specialty.getId(), "CREATED", null, ACTIVE,
                (parent == null ? "" : parent.getName() + " / ") + specialty.getName());
        return specialty.getId();
    }

    /** 修改专业名称 */
    public void rename(Long specialtyId, String name) {
        Specialty specialty = editableNode(specialtyId);
        requireUniqueAmongSiblings(specialty.getCommittee(), specialty.getParent(), Specialty.checkedName(name),
                specialty.getId());
        String former = specialty.rename(name);
        String status = status(specialty);
        auditLog.record(ENTITY, specialty.getId(), "RENAMED", status, status, former + " → " + specialty.getName());
    }

    /** 冻结: the specialty is no longer offered for new activities and applications. */
    public void freeze(Long specialtyId) {
        Specialty specialty = editableNode(specialtyId);
        specialty.freeze();
        auditLog.record(ENTITY, specialty.getId(), "FROZEN", ACTIVE, FROZEN, specialty.getName());
    }

    /** 解冻 */
    public void unfreeze(Long specialtyId) {
        Specialty specialty = editableNode(specialtyId);
        specialty.unfreeze();
        auditLog.record(ENTITY, specialty.getId(), "UNFROZEN", FROZEN, ACTIVE, specialty.getName());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private List<SpecialtyNode> nodes(Committee committee) {
        List<Specialty> all = load(committee);
        if (all.isEmpty() && !committee.getSpecialties().isEmpty()) {
            all = seed(committee);
        }
        Map<Long, List<Specialty>> children = new LinkedHashMap<>();
        for (Specialty s : all) {
            children.computeIfAbsent(s.getParentId(), k -> new ArrayList<>()).add(s);
        }
        List<SpecialtyNode> result = new ArrayList<>(all.size());
        walk(children, null, 0, result);
        return result;
    }

    private static void walk(Map<Long, List<Specialty>> children, Long parentId, int depth,
                             List<SpecialtyNode> into) {
        for (Specialty s : children.getOrDefault(parentId, List.of())) {
            into.add(new SpecialtyNode(s.getId(), parentId, s.getName(), s.isFrozen(), depth));
            walk(children, s.getId(), depth + 1, into);
        }
    }

    private List<Specialty> load(Committee committee) {
        return em.createQuery("select s from Specialty s where s.committee = :committee order by s.id",
                Specialty.class).setParameter("committee", committee).getResultList();
    }

    /**
     * The first reading of an empty tree: top-level nodes from the filing's 评审专业 (names cut to the node's length).
     * The committee row is locked so that two first readers do not both seed.
     */
    private List<Specialty> seed(Committee committee) {
        em.lock(committee, LockModeType.PESSIMISTIC_WRITE);
        List<Specialty> existing = load(committee);
        if (!existing.isEmpty()) {
            return existing;
        }
        OffsetDateTime now = Times.now();
        List<String> seen = new ArrayList<>();
        for (String filed : committee.getSpecialties()) {
            String name = filed.strip();
            name = name.length() > Specialty.NAME_MAX ? name.substring(0, Specialty.NAME_MAX) : name;
            if (name.isEmpty() || seen.contains(name)) {
                continue;
            }
            seen.add(name);
            Specialty specialty = new Specialty(committee, null, name, now);
            em.persist(specialty);
            auditLog.record(ENTITY, specialty.getId(), "SEEDED", null, ACTIVE, "评委会备案评审专业：" + name);
        }
        em.flush();
        return load(committee);
    }

    private void requireUniqueAmongSiblings(Committee committee, Specialty parent, String name, Long self) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Specialty s where s.committee = :committee and "
                + (parent == null ? "s.parent is null" : "s.parent = :parent") + " and s.name = :name"
                + (self == null ? "" : " and s.id <> :self"), Long.class)
                .setParameter("committee", committee).setParameter("name", name);
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        if (self != null) {
            query.setParameter("self", self);
        }
        if (query.getSingleResult() > 0) {
            throw new BusinessException("specialty.name.taken", name);
        }
    }

    private static String status(Specialty specialty) {
        return specialty.isFrozen() ? FROZEN : ACTIVE;
    }

    private Optional<CommitteeAccount> linkOfCaller() {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", callers.current()).getResultStream().findFirst();
    }

    private boolean callerEdits(Committee committee) {
        return linkOfCaller().map(link -> link.getRole() == Role.COMMITTEE_ADMIN).orElse(true);
    }

    /** The committee if the caller may view its tree; 403 otherwise. */
    private Committee readable(Long committeeId) {
        return accessible(committeeId, false);
    }

    /** The committee if the caller may edit its tree and the tree is editable (a business refusal if not). */
    private Committee editable(Long committeeId) {
        Committee committee = accessible(committeeId, true);
        if (!committee.isInternalReview()) {
            throw new BusinessException("specialty.notEditable");
        }
        return committee;
    }

    private Specialty editableNode(Long specialtyId) {
        Specialty specialty = specialtyId == null ? null : em.find(Specialty.class, specialtyId);
        if (specialty == null) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        editable(specialty.getCommittee().getId());
        return specialty;
    }

    private Committee accessible(Long committeeId, boolean edit) {
        Optional<CommitteeAccount> link = linkOfCaller();
        if (link.isPresent()) {
            Committee own = link.get().getCommittee();
            if (!own.getId().equals(committeeId)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            if (edit && link.get().getRole() != Role.COMMITTEE_ADMIN) {
                throw new AccessDeniedException("security.permission.missing");
            }
            return own;
        }
        boolean viewsForActivities = !edit && !permissions.callerHas(Permission.COMMITTEE_FILING)
                && permissions.callerHas(Permission.ACTIVITY_MANAGE);
        Unit own = permissions.require(viewsForActivities ? Permission.ACTIVITY_MANAGE : Permission.COMMITTEE_FILING);
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !committee.getFormationUnit().equals(own)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return committee;
    }
}
