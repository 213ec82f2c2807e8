package cn.zhicheng.committee;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.expert.Expert;
import cn.zhicheng.expert.PoolMember;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitStatus;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.review.MultiPostReview;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 评委会备案申报 (SPEC §3.5.1) for the formation unit (组建单位): its committees, 新增/编辑 of a draft (step 1),
 * the pool members counted for step 2, the 核准备案请示 upload (step 3) and 提交备案 / 备案申请 (renewal), which sends
 * the filing to the 授权管理单位's first review level. Also the detail view with the filing history, readable by the
 * formation unit and by the authorising and filing units once the filing reached them; and 历史评委会 (§3.5.5).
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN})
public class CommitteeFilings {

    private static final Set<UnitType> REVIEWING_TYPES = EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private RegionDirectory regions;

    @EJB
    private AttachmentService attachments;

    @EJB
    private MultiPostReview multiPost;

    @Inject
    private AttachmentStore store;

    // --- the formation unit's list --------------------------------------------------------------------------

    /** The caller's unit's committees (评委会备案申报 list), newest first. */
    public List<CommitteeRow> own(String nameContains, int first, int pageSize) {
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        TypedQuery<Committee> query = em.createQuery("select c from Committee c join fetch c.series where "
                + ownWhere(nameContains) + " order by c.createdAt desc, c.id desc", Committee.class);
        bindOwn(query, own, nameContains);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(c -> CommitteeViews.row(em, c)).toList();
    }

    public long countOwn(String nameContains) {
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        TypedQuery<Long> query = em.createQuery("select count(c) from Committee c where " + ownWhere(nameContains),
                Long.class);
        bindOwn(query, own, nameContains);
        return query.getSingleResult();
    }

    private static String ownWhere(String nameContains) {
        return "c.formationUnit = :own" + (blank(nameContains) ? "" : " and c.name like :name");
    }

    private static void bindOwn(TypedQuery<?> query, Unit own, String nameContains) {
        query.setParameter("own", own);
        if (!blank(nameContains)) {
            query.setParameter("name", CommitteeViews.like(nameContains));
        }
    }

    // --- 新增 / 编辑 --------------------------------------------------------------------------------------------

    /** 新增评委会: a draft (未备案) formed by the caller's unit. */
    public Long create(CommitteeForm form) {
        if (settings.get(SettingKeys.COMMITTEE_SETUP_MODEL) != CommitteeSetupModel.FORMATION_UNIT_FILING) {
            throw new BusinessException("committee.setupModel.other");
        }
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        Committee committee = Committee.draft(form.profile(), own, series(form.seriesId()),
                reviewingUnit(form.authorisingUnitId()), reviewingUnit(form.filingUnitId()), Times.now());
        requireRegions(form);
        em.persist(committee);
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "CREATED", null, committee.getStatus().name(),
                null);
        return committee.getId();
    }

    /** 编辑: saves step 1 of a draft or of a rejected filing. */
    public void update(Long committeeId, CommitteeForm form) {
        Committee committee = ownCommittee(committeeId);
        requireRegions(form);
        committee.describe(form.profile(), series(form.seriesId()), reviewingUnit(form.authorisingUnitId()),
                reviewingUnit(form.filingUnitId()));
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "EDITED", committee.getStatus().name(),
                committee.getStatus().name(), null);
    }

    /** Step 3: stores the uploaded 核准备案请示 (image or PDF) and attaches it. */
    public CommitteeDetails uploadRequestDocument(Long committeeId, InputStream content, String fileName) {
        Committee committee = ownCommittee(committeeId);
        if (committee.getStatus().isUnderReview()) {
            throw new BusinessException("committee.notEditable");
        }
        Attachment document = attachments.store(content, fileName, AttachmentPurpose.GENERAL_DOCUMENT);
        committee.attachRequestDocument(document.getId());
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "DOCUMENT_UPLOADED", committee.getStatus().name(),
                committee.getStatus().name(), document.getOriginalName());
        return CommitteeViews.details(em, regions, settings, committee);
    }

    /**
     * 提交备案 / 备案申请: refused while the pool has fewer members than SPEC §5 requires (the message gives both
     * numbers) or without the 核准备案请示; otherwise the filing enters the 授权管理单位 at level 1.
     */
    public void submit(Long committeeId) {
        Committee committee = ownCommittee(committeeId);
        String from = committee.getStatus().name();
        boolean renewal = committee.getStatus() == FilingStatus.FILED;
        if (committee.getAuthorisingUnit() == null) {
            throw new BusinessException("committee.submit.incomplete");
        }
        committee.submit(CommitteeViews.poolMembers(em, committee),
                CommitteeViews.requiredMembers(settings, committee), CommitteeViews.incompleteMembers(em, committee),
                multiPost.enter(committee.getAuthorisingUnit(), ReviewItemType.COMMITTEE_FILING), Times.now());
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), renewal ? "RENEWAL_SUBMITTED" : "SUBMITTED", from,
                committee.getStatus().name(), "提交至" + committee.getAuthorisingUnit().getName());
    }

    // --- reading ------------------------------------------------------------------------------------------------

    /** The filing of a committee the caller's unit formed, authorises or files (once it reached it). */
    public CommitteeDetails details(Long committeeId) {
        return CommitteeViews.details(em, regions, settings, readable(committeeId));
    }

    /** The filing history (评委会备案审核记录: who, when, result, opinion), newest first. */
    public List<AuditRecord> history(Long committeeId, int first, int pageSize) {
        readable(committeeId);
        return auditLog.latest(CommitteeViews.ENTITY, committeeId, first, pageSize);
    }

    public long historySize(Long committeeId) {
        readable(committeeId);
        return auditLog.count(CommitteeViews.ENTITY, committeeId);
    }

    /** Step 2 (专家库名单): the committee's pool members, read only. */
    public List<PoolMemberRow> poolMembers(Long committeeId, int first, int pageSize) {
        Committee committee = readable(committeeId);
        LocalDate today = CommitteeViews.today();
        return em.createQuery("select m from PoolMember m join fetch m.expert where m.committee = :committee "
                        + "order by m.id", PoolMember.class)
                .setParameter("committee", committee).setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(m -> {
                    Expert e = m.getExpert();
                    return new PoolMemberRow(m.getId(), e.getName(), e.getSex(), e.getIdNumber().masked(),
                            e.getBirthMonth(), e.age(today), e.getWorkUnit(), m.getStatus(), e.isComplete());
                }).toList();
    }

    public long countPoolMembers(Long committeeId) {
        Committee committee = readable(committeeId);
        return em.createQuery("select count(m) from PoolMember m where m.committee = :committee", Long.class)
                .setParameter("committee", committee).getSingleResult();
    }

    /** The 核准备案请示 bytes for a reader of the filing (the reviewing units may lie outside the owner's scope). */
    public CommitteeDocument requestDocument(Long committeeId) {
        Committee committee = readable(committeeId);
        if (committee.getRequestDocumentId() == null) {
            throw new BusinessException("attachment.notFound");
        }
        Attachment attachment = em.find(Attachment.class, committee.getRequestDocumentId());
        try (InputStream in = store.open(attachment.getSha256())) {
            return new CommitteeDocument(attachment.downloadName(), attachment.getContentType(), in.readAllBytes());
        } catch (IOException e) {
            throw new BusinessException("attachment.missingOnDisk");
        }
    }

    // --- 历史评委会 ----------------------------------------------------------------------------------------------

    /**
     * 历史评委会 (SPEC §3.5.5): committees of the caller's unit (formed, authorised or filed by it) whose filing
     * expired, or that were rejected and never filed.
     */
    public List<CommitteeRow> historical(String nameContains, int first, int pageSize) {
        Unit own = permissions.require(Permission.COMMITTEE_HISTORY);
        TypedQuery<Committee> query = em.createQuery("select c from Committee c join fetch c.series where "
                + historicalWhere(nameContains) + " order by c.createdAt desc, c.id desc", Committee.class);
        bindHistorical(query, own, nameContains);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(c -> CommitteeViews.row(em, c)).toList();
    }

    public long countHistorical(String nameContains) {
        Unit own = permissions.require(Permission.COMMITTEE_HISTORY);
        TypedQuery<Long> query = em.createQuery("select count(c) from Committee c where "
                + historicalWhere(nameContains), Long.class);
        bindHistorical(query, own, nameContains);
        return query.getSingleResult();
    }

    private static String historicalWhere(String nameContains) {
        return "(c.formationUnit = :own or c.authorisingUnit = :own or c.filingUnit = :own) and "
                + "((c.validUntil is not null and c.validUntil < :today) "
                + "or (c.status = :rejected and c.approvedAt is null))"
                + (blank(nameContains) ? "" : " and c.name like :name");
    }

    private static void bindHistorical(TypedQuery<?> query, Unit own, String nameContains) {
        query.setParameter("own", own).setParameter("today", CommitteeViews.today())
                .setParameter("rejected", FilingStatus.REJECTED);
        if (!blank(nameContains)) {
            query.setParameter("name", CommitteeViews.like(nameContains));
        }
    }

    // --- choices for the form -----------------------------------------------------------------------------------

    /** Series still open for new committees. */
    public List<UnitOption> seriesOptions() {
        requireFiler();
        return em.createQuery("select s from TitleSeries s where s.retired = false order by s.name", TitleSeries.class)
                .getResultStream().map(s -> new UnitOption(s.getId(), s.getName())).toList();
    }

    /** Authorised 人社部门 and 主管部门 whose name contains the text: the 授权管理单位 / 备案单位 pickers. */
    public List<UnitOption> searchReviewingUnits(String nameContains, int limit) {
        requireFiler();
        return em.createQuery("select u from Unit u where u.status = :authorised and u.type in :types "
                        + "and u.name like :name order by u.depth, u.name", Unit.class)
                .setParameter("authorised", UnitStatus.AUTHORIZED).setParameter("types", REVIEWING_TYPES)
                .setParameter("name", CommitteeViews.like(nameContains == null ? "" : nameContains))
                .setMaxResults(limit).getResultStream().map(u -> new UnitOption(u.getId(), u.getName())).toList();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** True for a signed-in 评委会管理员 linked to a committee (the committee side of the filing screens). */
    @jakarta.annotation.security.PermitAll
    public boolean callerIsCommitteeAdmin() {
        return callers.findCurrent().isPresent() && committeeOfCaller().isPresent();
    }

    private void requireFiler() {
        if (committeeOfCaller().isEmpty()) {
            permissions.require(Permission.COMMITTEE_FILING);
        }
    }

    /** SX: the committee the signed-in 评委会管理员 files (SPEC §3.5.3), with its filing data. */
    public CommitteeDetails mine() {
        Committee committee = committeeOfCaller()
                .orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
        return CommitteeViews.details(em, regions, settings, committee);
    }

    private java.util.Optional<Committee> committeeOfCaller() {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", callers.current()).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN).map(CommitteeAccount::getCommittee)
                .findFirst();
    }

    /**
     * The committee the caller may file: its own committee for a 评委会管理员 (SX; the only one who may file there,
     * SPEC §3.5.3 item 5), otherwise a committee formed by the caller's unit (staff with 评委会备案申报).
     */
    private Committee ownCommittee(Long committeeId) {
        java.util.Optional<Committee> adminOf = committeeOfCaller();
        if (adminOf.isPresent()) {
            if (!adminOf.get().getId().equals(committeeId)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            return adminOf.get();
        }
        if (settings.get(SettingKeys.COMMITTEE_SETUP_MODEL) == CommitteeSetupModel.DEPT_CREATES_COMMITTEE_ADMIN_FILES) {
            throw new AccessDeniedException("committee.filing.adminOnly");
        }
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !committee.getFormationUnit().equals(own)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return committee;
    }

    /**
     * The formation unit (with 评委会备案申报 or 历史评委会) always; the authorising unit once submitted; the filing
     * unit once the filing reached it (both with 评委会备案审核 or 历史评委会). Everything else is refused.
     */
    private Committee readable(Long committeeId) {
        java.util.Optional<Committee> adminOf = committeeOfCaller();
        if (adminOf.isPresent() && adminOf.get().getId().equals(committeeId)) {
            return adminOf.get();
        }
        Account caller = callers.current();
        Unit own = caller.staffUnit().orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
        Set<Permission> held = caller.permissions();
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        boolean history = held.contains(Permission.COMMITTEE_HISTORY);
        boolean reviewer = held.contains(Permission.COMMITTEE_FILING_REVIEW) || history;
        if (committee.getFormationUnit().equals(own) && (held.contains(Permission.COMMITTEE_FILING) || history)) {
            return committee;
        }
        if (reviewer && own.equals(committee.getAuthorisingUnit()) && committee.getSubmittedAt() != null) {
            return committee;
        }
        if (reviewer && own.equals(committee.getFilingUnit()) && reachedFilingUnit(committee, own)) {
            return committee;
        }
        throw new AccessDeniedException("security.unit.outOfScope");
    }

    static boolean reachedFilingUnit(Committee committee, Unit filingUnit) {
        return committee.getStatus() == FilingStatus.FILING_REVIEW || committee.getApprovedAt() != null
                || filingUnit.getId().equals(committee.getRejectedByUnitId());
    }

    private TitleSeries series(Long seriesId) {
        TitleSeries series = seriesId == null ? null : em.find(TitleSeries.class, seriesId);
        if (series == null) {
            throw new BusinessException("committee.series.required");
        }
        return series;
    }

    /** An authorised 人社部门 or 主管部门 (the units that hold 评委会备案审核), or null when none was chosen. */
    private Unit reviewingUnit(Long unitId) {
        if (unitId == null) {
            return null;
        }
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null || !unit.isAuthorized() || !REVIEWING_TYPES.contains(unit.getType())) {
            throw new BusinessException("committee.reviewingUnit.invalid");
        }
        return unit;
    }

    private void requireRegions(CommitteeForm form) {
        if (form.profile().regionCodes() != null) {
            form.profile().regionCodes().forEach(regions::require);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
