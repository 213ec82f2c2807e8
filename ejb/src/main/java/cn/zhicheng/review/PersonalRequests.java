package cn.zhicheng.review;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.ChainNode;
import cn.zhicheng.org.ReviewRouting;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitScope;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.util.List;

/**
 * The steps the services of the applicant's own requests share (证书核验, 专技人才统计, 外省职称确认): loading a request
 * only for its owner or for the unit it waits at, the transitions with their flow-log entry (who, when, from, to,
 * opinion), the outcome messages to the applicant, attachments, and the view's common part. Called by those services
 * inside their transactions; they check the caller's role.
 */
@Stateless
@PermitAll
public class PersonalRequests {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    @EJB
    private AttachmentService attachments;

    @EJB
    private Messages messages;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private ReviewRouting routing;

    @EJB
    private UnitScope unitScope;

    @EJB
    private ProvinceSettings settings;

    /** The signed-in applicant. */
    public Account applicant() {
        return callers.current();
    }

    /**
     * The caller's own request; another person's (or an absent one) is refused alike, so ids cannot be probed
     * (SPEC §2.6: the applicant sees only their own data).
     */
    public <T extends PersonalRequest> T own(Class<T> type, Long id) {
        T request = id == null ? null : em.find(type, id);
        if (request == null || !request.isOwnedBy(callers.current().getId())) {
            throw new AccessDeniedException("personalRequest.notFound");
        }
        return request;
    }

    /** The caller's requests of a kind, newest first, one page. */
    public <T extends PersonalRequest> List<T> mine(Class<T> type, int first, int pageSize) {
        return em.createQuery("select r from " + type.getSimpleName()
                        + " r where r.applicantAccountId = :owner order by r.createdAt desc", type)
                .setParameter("owner", callers.current().getId())
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countMine(Class<? extends PersonalRequest> type) {
        return em.createQuery("select count(r) from " + type.getSimpleName()
                        + " r where r.applicantAccountId = :owner", Long.class)
                .setParameter("owner", callers.current().getId()).getSingleResult();
    }

    public TitleSeries series(Long seriesId) {
        TitleSeries series = seriesId == null ? null : em.find(TitleSeries.class, seriesId);
        if (seriesId != null && series == null) {
            throw new BusinessException("personalRequest.series.unknown");
        }
        return series;
    }

    /** Stores a new draft and logs its creation. */
    public void created(PersonalRequest request, String entityType, java.util.function.Supplier<Long> id) {
        em.persist(request);
        em.flush();
        auditLog.record(entityType, id.get(), "CREATED", null, request.getStatus().name(), null);
    }

    public void attach(PersonalRequest request, InputStream content, String fileName) {
        request.requireEditable();
        Attachment stored = attachments.store(content, fileName, AttachmentPurpose.GENERAL_DOCUMENT);
        request.attach(stored.getId());
    }

    /** 提交 (or 重新提交 after a return) to the first unit of the path. */
    public void submit(PersonalRequest request, String entityType, Long id, List<Long> path) {
        String from = request.getStatus().name();
        boolean again = request.getStatus() == PersonalRequestStatus.RETURNED;
        request.submit(path, Times.now());
        auditLog.record(entityType, id, again ? "RESUBMITTED" : "SUBMITTED", from, request.getStatus().name(), null);
    }

    public void withdraw(PersonalRequest request, String entityType, Long id) {
        String from = request.getStatus().name();
        request.withdraw();
        auditLog.record(entityType, id, "WITHDRAWN", from, request.getStatus().name(), null);
    }

    /** 删除 of a draft. */
    public void discard(PersonalRequest request, String entityType, Long id) {
        request.requireDiscardable();
        auditLog.record(entityType, id, "DELETED", request.getStatus().name(), null, null);
        em.remove(request);
    }

    /** A flow-log entry for a change that keeps the status (e.g. 同步社保数据). */
    public void logged(PersonalRequest request, String entityType, Long id, String action, String note) {
        auditLog.record(entityType, id, action, request.getStatus().name(), request.getStatus().name(), note);
    }

    public List<AuditRecord> flowLog(String entityType, Long id, int first, int pageSize) {
        return auditLog.latest(entityType, id, first, pageSize);
    }

    public long countFlowLog(String entityType, Long id) {
        return auditLog.count(entityType, id);
    }

    // ---- the reviewing unit ----

    /**
     * Requests of a kind waiting at a unit of the caller's scope (holding the kind's review permission: 专技人才审核 or
     * 职称确认审核, {@link RequestKind#permission()}), oldest first.
     */
    public <T extends PersonalRequest> List<T> pending(Class<T> type, Long unitId, int first, int pageSize) {
        permissions.requireInScope(RequestKind.of(type).permission(), unitId);
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.reviewUnitId = :unit"
                        + " and r.status = :status order by r.submittedAt, r.createdAt", type)
                .setParameter("unit", unitId).setParameter("status", PersonalRequestStatus.SUBMITTED)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countPending(Class<? extends PersonalRequest> type, Long unitId) {
        permissions.requireInScope(RequestKind.of(type).permission(), unitId);
        return em.createQuery("select count(r) from " + type.getSimpleName() + " r where r.reviewUnitId = :unit"
                        + " and r.status = :status", Long.class)
                .setParameter("unit", unitId).setParameter("status", PersonalRequestStatus.SUBMITTED)
                .getSingleResult();
    }

    /** A request the reviewer may read: it waits at, or has passed through, a unit of their scope. */
    public <T extends PersonalRequest> T reviewable(Class<T> type, Long id) {
        T request = id == null ? null : em.find(type, id);
        Permission permission = RequestKind.of(type).permission();
        if (request == null || request.path().stream().noneMatch(unit -> isInScope(permission, unit))) {
            throw new AccessDeniedException("personalRequest.notFound");
        }
        return request;
    }

    /** The owner's own request, or one the reviewer may read (the flow log is open to both). */
    public <T extends PersonalRequest> T readable(Class<T> type, Long id) {
        T request = id == null ? null : em.find(type, id);
        Long caller = callers.current().getId();
        return request != null && request.isOwnedBy(caller) ? request : reviewable(type, id);
    }

    /** Asked without a refusal: a refusal thrown by another bean would mark the transaction for rollback. */
    private boolean isInScope(Permission permission, Long unitId) {
        return permissions.callerHas(permission) && unitScope.isVisible(unitId);
    }

    /** 通过 by the caller's unit: to the next unit, or 审核通过 (the applicant is told). */
    public void pass(PersonalRequest request, String entityType, Long id, String what, String opinion) {
        Unit own = permissions.require(RequestKind.of(request.getClass()).permission());
        String from = request.getStatus().name();
        request.pass(own.getId(), opinion, Times.now());
        boolean done = request.getStatus() == PersonalRequestStatus.PASSED;
        auditLog.record(entityType, id, done ? "PASSED" : "LEVEL_PASSED", from, request.getStatus().name(),
                PersonalRequest.optionalOpinion(opinion));
        if (done) {
            tell(request, own, what + "已审核通过", "你提交的" + what + "已由" + own.getName() + "审核通过。");
        }
    }

    /** 退回 with the reason: the applicant corrects and submits again. */
    public void returnWith(PersonalRequest request, String entityType, Long id, String what, String reason) {
        Unit own = permissions.require(RequestKind.of(request.getClass()).permission());
        String from = request.getStatus().name();
        request.returnWith(own.getId(), reason);
        auditLog.record(entityType, id, "RETURNED", from, request.getStatus().name(), request.getLastOpinion());
        tell(request, own, what + "被退回", "你提交的" + what + "被" + own.getName() + "退回，原因："
                + request.getLastOpinion() + "。请修改后重新提交。");
    }

    /** 不通过: final. */
    public void reject(PersonalRequest request, String entityType, Long id, String what, String reason) {
        Unit own = permissions.require(RequestKind.of(request.getClass()).permission());
        String from = request.getStatus().name();
        request.reject(own.getId(), reason, Times.now());
        auditLog.record(entityType, id, "REJECTED", from, request.getStatus().name(), request.getLastOpinion());
        tell(request, own, what + "审核不通过", "你提交的" + what + "未通过" + own.getName() + "的审核，原因："
                + request.getLastOpinion() + "。");
    }

    private void tell(PersonalRequest request, Unit unit, String title, String body) {
        String text = body.length() > 2000 ? body.substring(0, 2000) : body;
        messages.sendFromUnit(request.getApplicantAccountId(), unit.getId(), unit.getName(), title, text);
    }

    /** The common part of the view, with the caller's possible actions when the caller owns the request. */
    public RequestState state(PersonalRequest request, Long id) {
        Long caller = callers.findCurrent().map(Account::getId).orElse(null);
        boolean owner = request.isOwnedBy(caller);
        List<String> path = request.path().stream().map(this::unitName).toList();
        List<RequestState.AttachedFile> files = request.getAttachmentIds().stream()
                .map(fileId -> em.find(Attachment.class, fileId))
                .filter(java.util.Objects::nonNull)
                .map(a -> new RequestState.AttachedFile(a.getId(), a.getOriginalName()))
                .toList();
        PersonalRequestStatus status = request.getStatus();
        return new RequestState(id, status, request.getApplicantName(), path,
                request.getReviewUnitId() == null ? null : unitName(request.getReviewUnitId()),
                request.getCreatedAt(), request.getSubmittedAt(), request.getDecidedAt(), request.getLastOpinion(),
                files, owner && status.isEditable(), owner && status.canSubmit(), owner && request.canWithdraw(),
                owner && status == PersonalRequestStatus.DRAFT);
    }

    private String unitName(Long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        return unit == null ? String.valueOf(unitId) : unit.getName();
    }

    /**
     * The units a request to the employer passes through (专技人才审核, 职称确认审核; SPEC §3.15.4, §3.15.5): the
     * applicant's employer first, then up the province's unit chain (parent units, 主管部门, 人社部门) as applications
     * go (SPEC §3.9.1, §4.10 item 19). Refused while the applicant has no employer unit.
     */
    public List<Long> employerChain(Account applicant) {
        Unit employer = applicant.employer()
                .orElseThrow(() -> new BusinessException("personalRequest.employerRequired"));
        List<Long> path = new java.util.ArrayList<>(routing.unitChainFor(employer,
                settings.get(SettingKeys.APPLICATION_CHAIN), true).stream().map(ChainNode::unitId).toList());
        if (path.isEmpty() || !path.get(0).equals(employer.getId())) {
            path.add(0, employer.getId());
        }
        return List.copyOf(new java.util.LinkedHashSet<>(path));
    }

    /** The unit itself, for routing. */
    public Unit unit(Long unitId) {
        return em.find(Unit.class, unitId);
    }
}
