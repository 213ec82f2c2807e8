package cn.zhicheng.history;

import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.FilingStatus;
import cn.zhicheng.config.HistoricalDataChain;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.insurance.SocialInsuranceRecords;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.CompetentDepartment;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.ReviewRouting;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The collecting unit's side of historical title data (SPEC §3.13.2–3.13.3): a batch per upload (acquisition type
 * and 职称文件文号), the import's database side (what the row checks need, and the writing of a chunk in its
 * transaction), the failed rows (list, fix in place with a new check, delete), and 提交审核 with the 发证机构 and the
 * review path computed from the unit hierarchy under the setting {@code history.chain}.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN})
public class HistoryUploads {

    public static final String ENTITY = "HISTORY_BATCH";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** The persistence unit's data source: in a transaction, the connection the entity manager uses too. */
    @Resource(lookup = "jdbc/zhicheng")
    private DataSource dataSource;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private ReviewRouting routing;

    @EJB
    private AttachmentService attachments;

    @EJB
    private SocialInsuranceRecords insurance;

    // ---- batches ----

    /** 批量导入, step 1: the acquisition type and the 文号 of a new batch of the caller's unit. */
    public Long createBatch(AcquisitionType type, String documentNumber) {
        Unit own = permissions.require(Permission.HISTORY_UPLOAD);
        if (type == null) {
            throw new BusinessException("history.upload.typeRequired");
        }
        if (type.isIssuedByUploader() && own.getType() != UnitType.HRSS) {
            throw new BusinessException("history.upload.issuerOnly");
        }
        DocumentNumber number = DocumentNumber.of(documentNumber);
        Account account = callers.current();
        HistoryBatch batch = new HistoryBatch(own, type, number, account.getLoginName(), account.getDisplayName(),
                Times.now());
        em.persist(batch);
        em.flush();
        auditLog.record(ENTITY, batch.getId(), "CREATED", null, batch.getStatus().name(), number.value());
        return batch.getId();
    }

    /** Remembers the job instance that imports the batch's file. */
    public void started(Long batchId, long instanceId) {
        own(batchId).startedAs(instanceId);
    }

    /**
     * The batch, provided it belongs to the caller's unit, or, for a committee's 上报 (SX), to the committee of the
     * signed-in 评委会管理员 (HTTP 403 otherwise).
     */
    public HistoryBatch own(Long batchId) {
        if (isCommitteeCaller()) {
            HistoryBatch batch = find(batchId);
            if (!reportedByCaller(batch)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            return batch;
        }
        Unit unit = permissions.require(Permission.HISTORY_UPLOAD);
        HistoryBatch batch = find(batchId);
        if (batch.isCommitteeReport() || !batch.getCollectingUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return batch;
    }

    /** The committee of the signed-in 评委会管理员 (SX 职称评审信息上报); 403 for an account linked to none. */
    public Committee callerCommittee() {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", callers.current()).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN).map(CommitteeAccount::getCommittee)
                .findFirst().orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    private boolean isCommitteeCaller() {
        return callers.current().staffUnit().isEmpty();
    }

    /** A committee's 上报 of the caller's committee. */
    private boolean reportedByCaller(HistoryBatch batch) {
        if (!batch.isCommitteeReport()) {
            return false;
        }
        HistoryActivity activity = em.find(HistoryActivity.class, batch.getActivityId());
        return activity.getCommittee().equals(callerCommittee());
    }

    /** The batch, whoever's it is (for the job and the review service, which check access themselves). */
    public HistoryBatch find(Long batchId) {
        return Optional.ofNullable(batchId).map(id -> em.find(HistoryBatch.class, id))
                .orElseThrow(() -> new BusinessException("history.batch.notFound"));
    }

    /** 待提交 (draft and returned batches) or 已提交 (under review and approved), newest first. */
    public List<BatchRow> batches(boolean submitted, int first, int pageSize) {
        Unit own = permissions.require(Permission.HISTORY_UPLOAD);
        return rows(em.createQuery("select b from HistoryBatch b where b.collectingUnit = :u and b.status in :s"
                        + " and b.activityId is null order by b.importedAt desc, b.id desc", HistoryBatch.class)
                .setParameter("u", own).setParameter("s", statuses(submitted))
                .setFirstResult(first).setMaxResults(pageSize).getResultList());
    }

    public long countBatches(boolean submitted) {
        Unit own = permissions.require(Permission.HISTORY_UPLOAD);
        return em.createQuery("select count(b) from HistoryBatch b where b.collectingUnit = :u and b.status in :s"
                + " and b.activityId is null",
                Long.class).setParameter("u", own).setParameter("s", statuses(submitted)).getSingleResult();
    }

    private static List<HistoryBatchStatus> statuses(boolean submitted) {
        return submitted ? List.of(HistoryBatchStatus.IN_REVIEW, HistoryBatchStatus.APPROVED)
                : List.of(HistoryBatchStatus.DRAFT, HistoryBatchStatus.RETURNED);
    }

    /** 详情: one batch of the caller's unit, or one on whose review path the caller's unit lies. */
    public BatchRow batch(Long batchId) {
        return rows(List.of(visible(batchId))).get(0);
    }

    /** The batch, for its collecting unit or a unit on its review path. */
    public HistoryBatch visible(Long batchId) {
        HistoryBatch batch = find(batchId);
        if (isCommitteeCaller()) {
            return own(batchId);
        }
        Set<Permission> held = permissions.ofCaller();
        Unit unit = callers.current().staffUnit().orElseThrow(() -> new AccessDeniedException(
                "security.permission.missing"));
        boolean collector = held.contains(Permission.HISTORY_UPLOAD) && !batch.isCommitteeReport()
                && batch.getCollectingUnit().equals(unit);
        boolean reviewer = held.contains(Permission.HISTORY_REVIEW) && batch.path().contains(unit.getId());
        if (!collector && !reviewer) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return batch;
    }

    /** The list lines of batches, with their counts and unit names in four queries. */
    public List<BatchRow> rows(List<HistoryBatch> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = batches.stream().map(HistoryBatch::getId).toList();
        Map<Long, Long> records = counts("select r.batchId, count(r) from HistoryRecord r where r.batchId in :ids"
                + " group by r.batchId", ids);
        Map<Long, Long> highRisk = counts("select r.batchId, count(r) from HistoryRecord r where r.batchId in :ids"
                + " and r.highRisk = true group by r.batchId", ids);
        Map<Long, Long> failures = counts("select f.batchId, count(f) from HistoryImportFailure f"
                + " where f.batchId in :ids group by f.batchId", ids);
        Set<Long> unitIds = new HashSet<>();
        batches.forEach(b -> unitIds.addAll(b.path()));
        Map<Long, String> names = unitNames(unitIds);
        Map<Long, String> committees = committeeNames(batches);
        return batches.stream().map(b -> new BatchRow(b.getId(), b.getAcquisitionType(), b.getDocumentNumber(),
                b.isCommitteeReport() ? committees.get(b.getActivityId()) : b.getCollectingUnit().getName(), b.getCollectorName(), b.getImportedAt(), b.getStatus(),
                b.getPosition(), b.getIssuer() == null ? null : b.getIssuer().getName(),
                b.path().stream().map(names::get).toList(),
                b.currentReviewerUnitId() == null ? null : names.get(b.currentReviewerUnitId()),
                records.getOrDefault(b.getId(), 0L), failures.getOrDefault(b.getId(), 0L),
                highRisk.getOrDefault(b.getId(), 0L), b.getReturnReason(), b.getQualificationFileId())).toList();
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }

    /** The reporting committee's name per historical activity of the batches that are committees' 上报. */
    private Map<Long, String> committeeNames(List<HistoryBatch> batches) {
        List<Long> activityIds = batches.stream().map(HistoryBatch::getActivityId).filter(id -> id != null)
                .distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!activityIds.isEmpty()) {
            em.createQuery("select a.id, a.committee.name from HistoryActivity a where a.id in :ids", Object[].class)
                    .setParameter("ids", activityIds).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    private Map<Long, String> unitNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select u from Unit u where u.id in :ids", Unit.class).setParameter("ids", ids)
                    .getResultList().forEach(u -> names.put(u.getId(), u.getName()));
        }
        return names;
    }

    /** The 详细列表 of a batch, by sheet row. */
    public List<RecordRow> records(Long batchId, int first, int pageSize) {
        visible(batchId);
        return em.createQuery("select r from HistoryRecord r where r.batchId = :b order by r.rowNumber, r.id",
                        HistoryRecord.class).setParameter("b", batchId).setFirstResult(first)
                .setMaxResults(pageSize).getResultList().stream().map(RecordRow::of).toList();
    }

    public long countRecords(Long batchId) {
        visible(batchId);
        return em.createQuery("select count(r) from HistoryRecord r where r.batchId = :b", Long.class)
                .setParameter("b", batchId).getSingleResult();
    }

    /** 删除 one record of a batch that is still editable. */
    public void deleteRecord(Long recordId) {
        HistoryRecord record = Optional.ofNullable(recordId).map(id -> em.find(HistoryRecord.class, id))
                .orElseThrow(() -> new BusinessException("history.record.notFound"));
        own(record.getBatchId()).requireEditable();
        em.remove(record);
        auditLog.record(ENTITY, record.getBatchId(), "RECORD_DELETED", null, null, record.getName());
    }

    /** The cells of a record of the caller's batch as the template has them, for the 修改 dialog of the 详情. */
    public List<String> recordCells(Long recordId) {
        HistoryRecord record = ownRecord(recordId);
        return new ArrayList<>(record.cells());
    }

    /**
     * 修改 one record in the 详情 of a batch that is still editable (待提交 or returned): the edited cells are checked
     * again with every rule, the duplicate rule against the other records; a row that passes replaces the record's
     * details (audited), one that does not changes nothing.
     *
     * @return empty when the record was saved, else the row with the reason it was refused
     */
    public Optional<FailureRow> editRecord(Long recordId, List<String> cells) {
        HistoryRecord record = ownRecord(recordId);
        HistoryBatch batch = find(record.getBatchId());
        batch.requireEditable();
        List<String> padded = new ArrayList<>(cells == null ? List.of() : cells);
        while (padded.size() < HistoryColumn.WIDTH) {
            padded.add("");
        }
        padded = new ArrayList<>(padded.subList(0, HistoryColumn.WIDTH));
        HistoryRowResult result = checkData(batch.getId()).newCheck().checkRules(record.getRowNumber(), padded);
        if (result.isValid() && !result.details().duplicateKey().equals(record.duplicateKey())
                && isStored(result.details())) {
            result = HistoryRowCheck.duplicateOfRecord(result);
        }
        if (!result.isValid()) {
            return Optional.of(new FailureRow(null, batch.getId(), record.getRowNumber(), result.column(),
                    result.messageKey(), result.arguments().toArray(), padded));
        }
        String before = record.getName() + " " + record.getIdNumber();
        boolean insured = insurance.isInsuredAt(batch.getCollectingUnit().getId(), result.details().idNumber());
        record.correct(result.details(), !insured);
        auditLog.record(ENTITY, batch.getId(), "RECORD_EDITED", null, null,
                before + " → " + result.details().name() + " " + result.details().idNumber());
        return Optional.empty();
    }

    private HistoryRecord ownRecord(Long recordId) {
        HistoryRecord record = Optional.ofNullable(recordId).map(id -> em.find(HistoryRecord.class, id))
                .orElseThrow(() -> new BusinessException("history.record.notFound"));
        own(record.getBatchId());
        return record;
    }

    /** The flow log (流转日志) of a batch, newest first. */
    public List<AuditRecord> log(Long batchId, int first, int pageSize) {
        visible(batchId);
        return auditLog.latest(ENTITY, batchId, first, pageSize);
    }

    public long logSize(Long batchId) {
        visible(batchId);
        return auditLog.count(ENTITY, batchId);
    }

    // ---- the import job's database side ----

    /** What the checks of the batch's rows need, read once per job execution. */
    public CheckData checkData(Long batchId) {
        HistoryBatch batch = find(batchId);
        Unit unit = batch.getCollectingUnit();
        Map<String, InstitutionScope> institutions = new LinkedHashMap<>();
        if (batch.isCommitteeReport()) {
            InstitutionScope scope = em.find(HistoryActivity.class, batch.getActivityId()).scope();
            institutions.put(scope.name(), scope);
        } else if (batch.getAcquisitionType() == AcquisitionType.REVIEW) {
            em.createQuery("select c from Committee c where c.formationUnit = :u and c.status = :filed",
                            Committee.class).setParameter("u", unit).setParameter("filed", FilingStatus.FILED)
                    .getResultList().forEach(c -> institutions.put(c.getName(), new InstitutionScope(c.getName(),
                            c.getSeries() == null ? Set.of() : Set.of(c.getSeries().getName()),
                            c.getLevels().isEmpty() ? Set.of() : Set.copyOf(c.getLevels()))));
            em.createQuery("select distinct i from HistoricalInstitution i join i.collectors c where c = :u",
                            HistoricalInstitution.class).setParameter("u", unit).getResultList()
                    .forEach(i -> institutions.putIfAbsent(i.getName(), i.scope()));
        }
        Set<String> series = new HashSet<>(em.createQuery("select s.name from TitleSeries s where s.retired = false",
                String.class).getResultList());
        Set<String> qualifications = new HashSet<>();
        em.createQuery("select q.series.name, q.level, q.name from TitleQualification q where q.retired = false"
                        + " and q.series.retired = false", Object[].class).getResultList()
                .forEach(r -> qualifications.add(HistoryRowCheck.qualificationKey((String) r[0], (TitleLevel) r[1],
                        (String) r[2])));
        return new CheckData(batch.getAcquisitionType(), DocumentNumber.of(batch.getDocumentNumber()),
                institutions, series, qualifications);
    }

    /**
     * Writes one chunk in its transaction ({@link ChunkInserts}: one statement for the records, one for the failures):
     * refused rows as failures, valid rows as records with the social-insurance warning (one lookup for the chunk),
     * valid rows whose person, series, level and 文号 a record holds already — an earlier row of this file, or another
     * batch's record — as duplicate failures. A chunk commits whole or not at all.
     *
     * @return how many records were written
     */
    public int write(Long batchId, List<HistoryRowResult> rows) {
        HistoryBatch batch = find(batchId);
        List<String> validIds = rows.stream().filter(HistoryRowResult::isValid).map(r -> r.details().idNumber())
                .toList();
        Set<String> insured = insurance.insuredAt(batch.getCollectingUnit().getId(), validIds);
        try (Connection connection = dataSource.getConnection()) {
            return new ChunkInserts(connection).write(batchId, rows, insured, Times.now());
        } catch (SQLException e) {
            throw new IllegalStateException("import chunk of batch " + batchId + " not written", e);
        }
    }

    // ---- failed rows ----

    public List<FailureRow> failures(Long batchId, int first, int pageSize) {
        own(batchId);
        return em.createQuery("select f from HistoryImportFailure f where f.batchId = :b order by f.rowNumber, f.id",
                        HistoryImportFailure.class).setParameter("b", batchId).setFirstResult(first)
                .setMaxResults(pageSize).getResultList().stream().map(FailureRow::of).toList();
    }

    public long countFailures(Long batchId) {
        own(batchId);
        return em.createQuery("select count(f) from HistoryImportFailure f where f.batchId = :b", Long.class)
                .setParameter("b", batchId).getSingleResult();
    }

    public FailureRow failure(Long failureId) {
        HistoryImportFailure failure = ownFailure(failureId);
        return FailureRow.of(failure);
    }

    /**
     * 修改 a failed row in place: the edited cells are checked again with every rule; a row that passes becomes a
     * record of the batch and leaves the failures, one that does not keeps the new cells and the new reason.
     *
     * @return empty when the row was fixed, else the row with its new reason
     */
    public Optional<FailureRow> fix(Long failureId, List<String> cells) {
        HistoryImportFailure failure = ownFailure(failureId);
        HistoryBatch batch = find(failure.getBatchId());
        batch.requireEditable();
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < HistoryColumn.WIDTH) {
            padded.add("");
        }
        HistoryRowResult result = checkData(batch.getId()).newCheck().checkRules(failure.getRowNumber(),
                padded.subList(0, HistoryColumn.WIDTH));
        if (result.isValid() && isStored(result.details())) {
            result = HistoryRowCheck.duplicateOfRecord(result);
        }
        if (!result.isValid()) {
            failure.refuse(result);
            return Optional.of(FailureRow.of(failure));
        }
        boolean insured = insurance.isInsuredAt(batch.getCollectingUnit().getId(), result.details().idNumber());
        em.persist(new HistoryRecord(batch.getId(), failure.getRowNumber(), result.details(), !insured, Times.now()));
        em.remove(failure);
        auditLog.record(ENTITY, batch.getId(), "ROW_FIXED", null, null, result.details().name());
        return Optional.empty();
    }

    /** Whether a record has this person, series, level and 文号 already (the duplicate rule, for one row). */
    private boolean isStored(HistoryDetails d) {
        return !em.createQuery("select r.id from HistoryRecord r where r.idNumber = :id and r.seriesName = :s"
                        + " and r.level = :l and r.documentNumber = :d", Long.class).setParameter("id", d.idNumber())
                .setParameter("s", d.seriesName()).setParameter("l", d.level())
                .setParameter("d", d.documentNumber()).setMaxResults(1).getResultList().isEmpty();
    }

    /** 批量删除 the chosen failed rows of a batch. */
    public int deleteFailures(Long batchId, List<Long> failureIds) {
        own(batchId);
        if (failureIds == null || failureIds.isEmpty()) {
            throw new BusinessException("history.failures.selectionEmpty");
        }
        return em.createQuery("delete from HistoryImportFailure f where f.batchId = :b and f.id in :ids")
                .setParameter("b", batchId).setParameter("ids", failureIds).executeUpdate();
    }

    /** 全部删除 the failed rows of a batch. */
    public int deleteAllFailures(Long batchId) {
        own(batchId);
        return em.createQuery("delete from HistoryImportFailure f where f.batchId = :b")
                .setParameter("b", batchId).executeUpdate();
    }

    private HistoryImportFailure ownFailure(Long failureId) {
        HistoryImportFailure failure = Optional.ofNullable(failureId)
                .map(id -> em.find(HistoryImportFailure.class, id))
                .orElseThrow(() -> new BusinessException("history.failure.notFound"));
        own(failure.getBatchId());
        return failure;
    }

    // ---- 提交审核 ----

    /**
     * The 发证机构 the batch may be submitted to: for 职称评审, the 人社部门 above the collecting unit (nearest
     * first; under {@code COMMITTEE_DEPT_PROVINCE} the province's 人社厅 only); for 初定/确认/委托评审, the uploading
     * authority itself; for a committee's 上报, the province (the root unit).
     */
    public List<UnitOption> issuers(Long batchId) {
        HistoryBatch batch = own(batchId);
        Unit unit = batch.getCollectingUnit();
        if (batch.getAcquisitionType().isIssuedByUploader()) {
            return List.of(new UnitOption(unit.getId(), unit.getName()));
        }
        if (batch.isCommitteeReport()) {
            Unit root = unit;
            while (root.getParent() != null) {
                root = root.getParent();
            }
            return List.of(new UnitOption(root.getId(), root.getName()));
        }
        List<Unit> hrss = new ArrayList<>();
        for (Unit u = unit.getParent(); u != null; u = u.getParent()) {
            if (u.getType() == UnitType.HRSS) {
                hrss.add(u);
            }
        }
        if (settings.get(SettingKeys.HISTORY_CHAIN) == HistoricalDataChain.COMMITTEE_DEPT_PROVINCE && !hrss.isEmpty()) {
            hrss = List.of(hrss.get(hrss.size() - 1));
        }
        return hrss.stream().map(u -> new UnitOption(u.getId(), u.getName())).toList();
    }

    /** "本次审核需经过以下几级单位": the units that review the batch on its way to the issuer, in order. */
    public List<UnitOption> reviewPath(Long batchId, Long issuerId) {
        HistoryBatch batch = own(batchId);
        return pathTo(batch, issuer(batch, issuerId)).stream().map(u -> new UnitOption(u.getId(), u.getName()))
                .toList();
    }

    private Unit issuer(HistoryBatch batch, Long issuerId) {
        if (issuerId == null) {
            throw new BusinessException("history.submit.issuerRequired");
        }
        return issuers(batch.getId()).stream().filter(o -> o.id().equals(issuerId)).findFirst()
                .map(o -> em.find(Unit.class, o.id()))
                .orElseThrow(() -> new BusinessException("history.submit.issuerInvalid"));
    }

    /**
     * {@code PATH_TO_ISSUER}: every unit above the collecting unit up to the issuer. {@code COMMITTEE_DEPT_PROVINCE}:
     * the collecting unit's 主管部门 (when it is not the unit itself), then the issuer. An issuing authority's own
     * upload: the authority itself (its internal review). A committee's 上报 (SX): its 主管部门 (the formation unit, see
     * {@link #committeeDepartment}), then the province.
     */
    private List<Unit> pathTo(HistoryBatch batch, Unit issuer) {
        Unit unit = batch.getCollectingUnit();
        if (issuer.equals(unit)) {
            return List.of(unit);
        }
        List<Unit> path = new ArrayList<>();
        if (batch.isCommitteeReport()) {
            committeeDepartment(unit).filter(d -> !d.equals(issuer)).ifPresent(path::add);
            path.add(issuer);
            return path;
        }
        if (settings.get(SettingKeys.HISTORY_CHAIN) == HistoricalDataChain.COMMITTEE_DEPT_PROVINCE) {
            routing.competentDepartmentFor(unit).map(CompetentDepartment::departmentId)
                    .filter(id -> !id.equals(unit.getId()) && !id.equals(issuer.getId()))
                    .map(id -> em.find(Unit.class, id)).ifPresent(path::add);
            path.add(issuer);
            return path;
        }
        for (Unit u = unit.getParent(); u != null; u = u.getParent()) {
            path.add(u);
            if (u.equals(issuer)) {
                return Collections.unmodifiableList(path);
            }
        }
        throw new BusinessException("history.submit.issuerInvalid");
    }

    /**
     * The 主管部门 of a committee's 上报: its formation unit when that unit reviews historical data (a 主管部门 or 人社部门),
     * else the formation unit's 主管部门 by the routing of §3.4.
     */
    private Optional<Unit> committeeDepartment(Unit formationUnit) {
        if (Permission.availableTo(formationUnit.getType()).contains(Permission.HISTORY_REVIEW)) {
            return Optional.of(formationUnit);
        }
        return routing.competentDepartmentFor(formationUnit).map(d -> em.find(Unit.class, d.departmentId()));
    }

    /** 提交审核: the 发证机构, the 任职资格文件 (PDF) and the path computed now; the first level has it next. */
    public BatchRow submit(Long batchId, Long issuerId, Long qualificationFileId) {
        HistoryBatch batch = own(batchId);
        Unit issuer = issuer(batch, issuerId);
        if (countRecords(batchId) == 0) {
            throw new BusinessException("history.submit.empty");
        }
        if (qualificationFileId != null) {
            attachments.get(qualificationFileId);
        }
        HistoryBatchStatus from = batch.getStatus();
        List<Long> path = pathTo(batch, issuer).stream().map(Unit::getId).toList();
        batch.submit(issuer, path, qualificationFileId, Times.now());
        auditLog.record(ENTITY, batch.getId(), "SUBMITTED", from.name(), batch.getStatus().name(), null);
        return batch(batchId);
    }
}
