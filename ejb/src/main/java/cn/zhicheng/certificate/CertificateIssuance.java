package cn.zhicheng.certificate;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.ApplicationEntry;
import cn.zhicheng.application.EntryFile;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.certificate.IssuanceRows.BatchRow;
import cn.zhicheng.certificate.IssuanceRows.CertificateLine;
import cn.zhicheng.certificate.IssuanceRows.GroupKey;
import cn.zhicheng.certificate.IssuanceRows.GroupRecord;
import cn.zhicheng.certificate.IssuanceRows.HistoryGroup;
import cn.zhicheng.certificate.IssuanceRows.PendingPerson;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.HistoryBatch;
import cn.zhicheng.history.HistoryBatchStatus;
import cn.zhicheng.history.HistoryRecord;
import cn.zhicheng.history.HistoryUploads;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * 电子证书管理 → 证书生成 for the issuing unit (SPEC §3.12.1 初定发证, §3.13 历史证书生成, issue 9): the persons
 * waiting for a certificate, batches (添加批次, 取消发证, 批准时间 and 文号, the stamped 汇总表), 【发证】 which hands
 * the batch to the {@code certificateGeneration} job, and the issued certificates. Every call acts in the caller's
 * own unit and needs {@link Permission#CERTIFICATE_ISSUE}; a batch or certificate of another unit answers "not
 * found".
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class CertificateIssuance {

    static final String BATCH_ENTITY = "CertificateBatch";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog audit;

    @EJB
    private Messages messages;

    private Unit issuer() {
        return permissions.require(Permission.CERTIFICATE_ISSUE);
    }

    /**
     * 待办: persons waiting for a certificate of the caller's unit (初定 未发放 and historical 待发证); 0 for callers
     * without 证书生成 — the home pages of every role ask.
     */
    @PermitAll
    public long countWaitingOfCaller() {
        if (!permissions.callerHas(Permission.CERTIFICATE_ISSUE)) {
            return 0;
        }
        return countPendingInitial(null) + historyGroups().stream().mapToLong(HistoryGroup::persons).sum();
    }

    // ---- 初定发证 · 未发放 -------------------------------------------------------------------------------------

    public List<PendingPerson> pendingInitial(String name, int first, int pageSize) {
        Unit issuer = issuer();
        return pendingQuery("select a", issuer, name, Application.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(a -> new PendingPerson(a.getId(), a.getApplicantName(), IdNumber.of(a.getIdNumber()).masked(),
                        a.getEmployer().getName(), a.getSeries().getName(), a.getLevel(),
                        a.getQualification().getName(), a.getSpecialty(), a.getSubmittedAt()))
                .toList();
    }

    public long countPendingInitial(String name) {
        return pendingQuery("select count(a)", issuer(), name, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> pendingQuery(String select, Unit issuer, String name, Class<T> type) {
        boolean byName = name != null && !name.isBlank();
        String order = type == Long.class ? "" : " order by a.submittedAt, a.id";
        TypedQuery<T> query = em.createQuery(select + " from Application a where a.kind = :initial"
                + " and a.status = :accepted and (a.reviewPath = :unit or a.reviewPath like :lastUnit)"
                + (byName ? " and a.applicantName like :name" : "")
                + " and not exists (select c.id from Certificate c where c.applicationId = a.id"
                + " and c.status <> :cancelled)" + order, type)
                .setParameter("initial", ApplicationKind.INITIAL)
                .setParameter("accepted", ApplicationStatus.ACCEPTED)
                .setParameter("unit", issuer.getId().toString())
                .setParameter("lastUnit", "%," + issuer.getId())
                .setParameter("cancelled", CertificateStatus.CANCELLED);
        if (byName) {
            query.setParameter("name", "%" + name.strip() + "%");
        }
        return query;
    }

    /** 【添加批次】: the selected persons form one new batch. */
    public Long createInitialBatch(List<Long> applicationIds) {
        Unit issuer = issuer();
        List<Long> ids = distinct(applicationIds);
        CertificateBatch batch = newBatch(CertificateSource.INITIAL_APPLICATION, issuer);
        OffsetDateTime now = Times.now();
        for (Long id : ids) {
            Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (application == null || !isPendingAt(application, issuer)) {
                throw new BusinessException("certificate.batch.personNotPending",
                        application == null ? id : application.getApplicantName());
            }
            IdNumber idNumber = IdNumber.of(application.getIdNumber());
            Certificate certificate = Certificate.forInitialApplication(batch, id,
                    new Certificate.Holder(application.getApplicantName(), idNumber.value(), idNumber.sex(),
                            idNumber.birthDate(), application.getEmployer().getName(), photoOf(id)),
                    new Certificate.Title(application.getSeries().getName(), application.getLevel(),
                            application.getQualification().getName(), application.getSpecialty(),
                            AcquisitionType.INITIAL, issuer.getName(), null, null),
                    now);
            em.persist(certificate);
            em.flush();
            audit.record(Certificate.ENTITY_TYPE, certificate.getId(), "certificate.add", null,
                    CertificateStatus.PENDING.name(), batch.getBatchNo());
        }
        audit.record(BATCH_ENTITY, batch.getId(), "certificate.batch.create", null,
                CertificateBatchStatus.OPEN.name(), ids.size() + "");
        return batch.getId();
    }

    private boolean isPendingAt(Application application, Unit issuer) {
        List<Long> path = application.reviewPath();
        return application.getKind() == ApplicationKind.INITIAL
                && application.getStatus() == ApplicationStatus.ACCEPTED
                && !path.isEmpty() && Objects.equals(path.get(path.size() - 1), issuer.getId())
                && em.createQuery("select count(c) from Certificate c where c.applicationId = :id"
                                + " and c.status <> :cancelled", Long.class)
                .setParameter("id", application.getId())
                .setParameter("cancelled", CertificateStatus.CANCELLED)
                .getSingleResult() == 0;
    }

    private Long photoOf(Long applicationId) {
        return em.createNamedQuery(ApplicationEntry.FIND_OF_APPLICATION, ApplicationEntry.class)
                .setParameter("applicationId", applicationId).getResultList().stream()
                .filter(entry -> entry.getSection() == FormSection.BASIC)
                .flatMap(entry -> entry.filesIn("photo").stream())
                .map(EntryFile::getAttachmentId)
                .findFirst().orElse(null);
    }

    // ---- 历史证书生成 · 待发证 --------------------------------------------------------------------------------

    /** Approved historical records of the caller's unit as issuer, without a certificate, in groups. */
    public List<HistoryGroup> historyGroups() {
        Unit issuer = issuer();
        List<Object[]> rows = em.createQuery("select b.collectingUnit.id, b.collectingUnit.name, r.documentNumber,"
                        + " r.institution, r.approvedOn, b.acquisitionType, count(r)"
                        + " from HistoryRecord r, HistoryBatch b where b.id = r.batchId and b.status = :approved"
                        + " and b.issuer = :issuer and not exists (select c.id from Certificate c"
                        + " where c.historyRecordId = r.id and c.status <> :cancelled)"
                        + " group by b.collectingUnit.id, b.collectingUnit.name, r.documentNumber, r.institution,"
                        + " r.approvedOn, b.acquisitionType"
                        + " order by r.approvedOn desc, r.documentNumber", Object[].class)
                .setParameter("approved", HistoryBatchStatus.APPROVED)
                .setParameter("issuer", issuer)
                .setParameter("cancelled", CertificateStatus.CANCELLED)
                .setMaxResults(500)
                .getResultList();
        List<HistoryGroup> groups = new ArrayList<>();
        for (Object[] row : rows) {
            groups.add(new HistoryGroup((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (LocalDate) row[4], (AcquisitionType) row[5], ((Number) row[6]).longValue()));
        }
        return groups;
    }

    /** 批量发证 of one group: its records become one batch, their 文号 and 批准时间 the records' own. */
    public Long createHistoryBatch(Long collectingUnitId, String documentNumber, String institution,
                                   LocalDate approvedOn) {
        Unit issuer = issuer();
        List<Object[]> rows = groupQuery("select r, b", " order by r.batchId, r.rowNumber", issuer,
                new GroupKey(collectingUnitId, documentNumber, institution, approvedOn), Object[].class)
                .getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("certificate.batch.groupEmpty");
        }
        CertificateBatch batch = CertificateBatch.ofHistory(nextBatchNo(issuer), issuer, documentNumber,
                approvedOn, callers.current().getLoginName(), Times.now());
        em.persist(batch);
        em.flush();
        OffsetDateTime now = Times.now();
        for (Object[] row : rows) {
            HistoryRecord record = (HistoryRecord) row[0];
            HistoryBatch source = (HistoryBatch) row[1];
            em.persist(Certificate.forHistoryRecord(batch, record.getId(),
                    new Certificate.Holder(record.getName(), record.getIdNumber(), record.getSex(),
                            record.getBirthDate(), record.getWorkUnit(), null),
                    new Certificate.Title(record.getSeriesName(), record.getLevel(), record.getQualificationName(),
                            record.getSpecialty(), source.getAcquisitionType(), record.getInstitution(),
                            record.getApprovedOn(), record.getDocumentNumber()),
                    now));
        }
        audit.record(BATCH_ENTITY, batch.getId(), "certificate.batch.create", null,
                CertificateBatchStatus.OPEN.name(), rows.size() + "");
        return batch.getId();
    }

    /** 【证书列表】 of a 待发证 group: its records, with the review path each came along, paged. */
    public List<GroupRecord> groupRecords(GroupKey group, int first, int pageSize) {
        Unit issuer = issuer();
        List<Object[]> rows = groupQuery("select r, b", " order by r.batchId, r.rowNumber", issuer, group,
                Object[].class).setFirstResult(first).setMaxResults(pageSize).getResultList();
        List<GroupRecord> records = new ArrayList<>();
        for (Object[] row : rows) {
            HistoryRecord r = (HistoryRecord) row[0];
            records.add(new GroupRecord(r.getId(), r.getName(), IdNumber.mask(r.getIdNumber()), r.getWorkUnit(),
                    r.getSeriesName(), r.getLevel(), r.getQualificationName(), r.getSpecialty(),
                    r.getCertificateNo(), pathOf((HistoryBatch) row[1])));
        }
        return records;
    }

    public long countGroupRecords(GroupKey group) {
        return groupQuery("select count(r)", "", issuer(), group, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> groupQuery(String select, String order, Unit issuer, GroupKey group,
                                         Class<T> type) {
        return em.createQuery(select + " from HistoryRecord r, HistoryBatch b"
                        + " where b.id = r.batchId and b.status = :approved and b.issuer = :issuer"
                        + " and b.collectingUnit.id = :collector and r.documentNumber = :number"
                        + " and r.institution = :institution and r.approvedOn = :approvedOn"
                        + " and not exists (select c.id from Certificate c where c.historyRecordId = r.id"
                        + " and c.status <> :cancelled)" + order, type)
                .setParameter("approved", HistoryBatchStatus.APPROVED)
                .setParameter("issuer", issuer)
                .setParameter("collector", group.collectingUnitId())
                .setParameter("number", group.documentNumber())
                .setParameter("institution", group.institution())
                .setParameter("approvedOn", group.approvedOn())
                .setParameter("cancelled", CertificateStatus.CANCELLED);
    }

    // ---- batches ------------------------------------------------------------------------------------------------

    private CertificateBatch newBatch(CertificateSource kind, Unit issuer) {
        CertificateBatch batch = new CertificateBatch(nextBatchNo(issuer), kind, issuer,
                callers.current().getLoginName(), Times.now());
        em.persist(batch);
        em.flush();
        return batch;
    }

    /** 批次号: FZ + year + the issuer's id + a running number, e.g. FZ2026-7-0003. */
    private String nextBatchNo(Unit issuer) {
        int year = Times.now().getYear();
        String prefix = "FZ" + year + "-" + issuer.getId() + "-";
        long existing = em.createQuery("select count(b) from CertificateBatch b where b.batchNo like :prefix",
                        Long.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
        return prefix + String.format("%04d", existing + 1);
    }

    public List<BatchRow> batches(CertificateSource kind, boolean issued) {
        Unit issuer = issuer();
        List<CertificateBatch> batches = em.createQuery("select b from CertificateBatch b where b.issuer = :issuer"
                        + " and b.kind = :kind and " + (issued ? "b.status = :issued" : "b.status <> :issued")
                        + " order by b.createdAt desc, b.id desc", CertificateBatch.class)
                .setParameter("issuer", issuer)
                .setParameter("kind", kind)
                .setParameter("issued", CertificateBatchStatus.ISSUED)
                .setMaxResults(200)
                .getResultList();
        List<BatchRow> rows = new ArrayList<>();
        for (CertificateBatch b : batches) {
            rows.add(toRow(b));
        }
        return rows;
    }

    public BatchRow batch(Long batchId) {
        return toRow(ownBatch(batchId));
    }

    private BatchRow toRow(CertificateBatch b) {
        long persons = em.createQuery("select count(c) from Certificate c where c.batchId = :batch"
                        + " and c.status <> :cancelled", Long.class)
                .setParameter("batch", b.getId())
                .setParameter("cancelled", CertificateStatus.CANCELLED)
                .getSingleResult();
        return new BatchRow(b.getId(), b.getBatchNo(), b.getKind(), b.getStatus(), persons, b.getDocumentNumber(),
                b.getApprovalDate(), b.getSummaryFileId() != null, b.getCreatedAt(), b.getIssuedAt(),
                b.getJobExecutionId());
    }

    /** The persons of a batch (cancelled ones excluded), paged. */
    public List<CertificateLine> certificatesOf(Long batchId, int first, int pageSize) {
        ownBatch(batchId);
        return em.createQuery("select c from Certificate c where c.batchId = :batch and c.status <> :cancelled"
                        + " order by c.id", Certificate.class)
                .setParameter("batch", batchId)
                .setParameter("cancelled", CertificateStatus.CANCELLED)
                .setFirstResult(first).setMaxResults(pageSize)
                .getResultList().stream().map(CertificateLine::of).toList();
    }

    /** All persons of a batch for the 汇总表, in batch order. */
    public List<Certificate> summaryOf(Long batchId) {
        ownBatch(batchId);
        return em.createQuery("select c from Certificate c where c.batchId = :batch and c.status <> :cancelled"
                        + " order by c.id", Certificate.class)
                .setParameter("batch", batchId)
                .setParameter("cancelled", CertificateStatus.CANCELLED)
                .getResultList();
    }

    /** 【取消发证】: the person leaves the open batch and is listed as waiting again. */
    public void cancel(Long certificateId, String reason) {
        Unit issuer = issuer();
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || !issuer.getId().equals(certificate.getIssuerUnitId())) {
            throw new BusinessException("certificate.notFound");
        }
        ownBatch(certificate.getBatchId()).requireOpen();
        String from = certificate.getStatus().name();
        certificate.cancel(reason);
        audit.record(Certificate.ENTITY_TYPE, certificate.getId(), "certificate.cancel", from,
                certificate.getStatus().name(), reason);
    }

    /**
     * 【退回】 of problem rows of a historical batch (SPEC §3.12 批量发证 "set 取消发证 or 退回 for problem rows"):
     * each certificate is cancelled, and its record leaves the approved upload for a returned one at the collecting
     * unit (one per upload they came from), carrying the reason; the unit corrects the records and submits them
     * again, and once approved they wait here again. The collecting unit's 经办人 is told.
     *
     * @return how many rows were returned
     */
    public int returnToCollector(List<Long> certificateIds, String reason) {
        Unit issuer = issuer();
        if (certificateIds == null || certificateIds.isEmpty()) {
            throw new BusinessException("certificate.return.selectionEmpty");
        }
        Map<Long, List<Certificate>> bySource = new LinkedHashMap<>();
        for (Long id : distinct(certificateIds)) {
            Certificate certificate = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (certificate == null || !issuer.getId().equals(certificate.getIssuerUnitId())) {
                throw new BusinessException("certificate.notFound");
            }
            if (certificate.getSource() != CertificateSource.HISTORY_RECORD) {
                throw new BusinessException("certificate.return.notHistorical", certificate.getHolderName());
            }
            ownBatch(certificate.getBatchId()).requireOpen();
            HistoryRecord record = em.find(HistoryRecord.class, certificate.getHistoryRecordId());
            bySource.computeIfAbsent(record.getBatchId(), k -> new ArrayList<>()).add(certificate);
        }
        OffsetDateTime now = Times.now();
        for (Map.Entry<Long, List<Certificate>> entry : bySource.entrySet()) {
            HistoryBatch source = em.find(HistoryBatch.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            HistoryBatch returned = source.splitReturned(reason, now);
            em.persist(returned);
            em.flush();
            for (Certificate certificate : entry.getValue()) {
                em.find(HistoryRecord.class, certificate.getHistoryRecordId()).moveTo(returned.getId());
                String from = certificate.getStatus().name();
                certificate.cancel(returned.getReturnReason());
                audit.record(Certificate.ENTITY_TYPE, certificate.getId(), "certificate.return", from,
                        certificate.getStatus().name(), returned.getReturnReason());
            }
            String names = entry.getValue().stream().map(Certificate::getHolderName)
                    .collect(Collectors.joining("、"));
            audit.record(HistoryUploads.ENTITY, source.getId(), "RECORDS_RETURNED", source.getStatus().name(),
                    source.getStatus().name(), names + " → #" + returned.getId());
            audit.record(HistoryUploads.ENTITY, returned.getId(), "RETURNED", source.getStatus().name(),
                    returned.getStatus().name(), returned.getReturnReason());
            tellCollector(returned, issuer, entry.getValue().size(), names);
        }
        return bySource.values().stream().mapToInt(List::size).sum();
    }

    private void tellCollector(HistoryBatch returned, Unit issuer, int count, String names) {
        em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", returned.getCollectorLogin())
                .getResultList()
                .forEach(collector -> messages.sendFromUnit(collector.getId(), issuer.getId(), issuer.getName(),
                        "历史证书数据被退回",
                        "发证机构在发证时退回了文号 " + returned.getDocumentNumber() + " 的 " + count + " 条记录（" + names
                                + "），原因：" + returned.getReturnReason()
                                + "。请在【数据上传】的已退回批次中修改后重新提交审核。"));
    }

    /** 生成证书 step 2 (初定): 批准时间 and 职称文件文号 of the batch. */
    public void setApproval(Long batchId, LocalDate approvalDate, String documentNumber) {
        CertificateBatch batch = ownBatch(batchId);
        batch.setApproval(approvalDate, documentNumber, Times.now().toLocalDate());
        audit.record(BATCH_ENTITY, batchId, "certificate.batch.approval", batch.getStatus().name(),
                batch.getStatus().name(), batch.getDocumentNumber() + " " + batch.getApprovalDate());
    }

    /** 生成证书 step 3: the stamped 汇总表 (a PDF the caller uploaded). */
    public void attachStampedSummary(Long batchId, Long attachmentId) {
        CertificateBatch batch = ownBatch(batchId);
        batch.attachStampedSummary(attachmentId);
        audit.record(BATCH_ENTITY, batchId, "certificate.batch.summary", batch.getStatus().name(),
                batch.getStatus().name(), null);
    }

    /**
     * 【发证】 (step 4): the batch and its certificates move to generation; the caller then starts the job (outside
     * this transaction, through {@code CertificateJobs}).
     */
    public void startIssue(Long batchId) {
        CertificateBatch batch = em.find(CertificateBatch.class, ownBatch(batchId).getId(),
                LockModeType.PESSIMISTIC_WRITE);
        List<Certificate> certificates = em.createQuery("select c from Certificate c where c.batchId = :batch"
                        + " and c.status = :pending", Certificate.class)
                .setParameter("batch", batchId)
                .setParameter("pending", CertificateStatus.PENDING)
                .getResultList();
        batch.startGeneration(certificates.size());
        for (Certificate certificate : certificates) {
            certificate.startIssue(batch);
        }
        audit.record(BATCH_ENTITY, batchId, "certificate.batch.issue", CertificateBatchStatus.OPEN.name(),
                batch.getStatus().name(), certificates.size() + "");
    }

    public void recordJob(Long batchId, long executionId) {
        ownBatch(batchId).recordJob(executionId);
    }

    /** 已发放: the issued certificates of the caller's unit, newest first, filtered by name or serial. */
    public List<CertificateLine> issued(CertificateSource kind, String nameOrSerial, int first, int pageSize) {
        return issuedQuery("select c", kind, nameOrSerial, Certificate.class)
                .setFirstResult(first).setMaxResults(pageSize)
                .getResultList().stream().map(CertificateLine::of).toList();
    }

    public long countIssued(CertificateSource kind, String nameOrSerial) {
        return issuedQuery("select count(c)", kind, nameOrSerial, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> issuedQuery(String select, CertificateSource kind, String text, Class<T> type) {
        Unit issuer = issuer();
        boolean filtered = text != null && !text.isBlank();
        TypedQuery<T> query = em.createQuery(select + " from Certificate c where c.issuerUnitId = :issuer"
                        + " and c.source = :kind and c.status in :shown"
                        + (filtered ? " and (c.holderName like :text or c.serialNo = :exact)" : "")
                        + (type == Long.class ? "" : " order by c.issuedAt desc, c.id desc"), type)
                .setParameter("issuer", issuer.getId())
                .setParameter("kind", kind)
                .setParameter("shown", List.of(CertificateStatus.ISSUED, CertificateStatus.REVOKED));
        if (filtered) {
            query.setParameter("text", "%" + text.strip() + "%").setParameter("exact", text.strip());
        }
        return query;
    }

    /** 证书详情: one certificate of the caller's unit. */
    public CertificateLine detail(Long certificateId) {
        Unit issuer = issuer();
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || !issuer.getId().equals(certificate.getIssuerUnitId())) {
            throw new BusinessException("certificate.notFound");
        }
        return CertificateLine.of(certificate);
    }

    /**
     * 证书详情 of a historical certificate: the review path its record took (collecting unit → … → issuer), for
     * 历史证书生成's 证书列表; empty for other sources.
     */
    public String reviewPathOf(Long certificateId) {
        Unit issuer = issuer();
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || !issuer.getId().equals(certificate.getIssuerUnitId())) {
            throw new BusinessException("certificate.notFound");
        }
        if (certificate.getHistoryRecordId() == null) {
            return "";
        }
        HistoryRecord record = em.find(HistoryRecord.class, certificate.getHistoryRecordId());
        return pathOf(em.find(HistoryBatch.class, record.getBatchId()));
    }

    /** 审核路径: the collecting unit, then each reviewing unit of the upload's path. */
    private String pathOf(HistoryBatch batch) {
        List<String> names = new ArrayList<>();
        names.add(batch.getCollectingUnit().getName());
        for (Long unitId : batch.path()) {
            Unit unit = em.find(Unit.class, unitId);
            if (unit != null && !names.contains(unit.getName())) {
                names.add(unit.getName());
            }
        }
        return String.join(" → ", names);
    }

    /** 撤销 an issued certificate; the public page then reports it revoked. */
    public void revoke(Long certificateId, String reason) {
        Unit issuer = issuer();
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || !issuer.getId().equals(certificate.getIssuerUnitId())) {
            throw new BusinessException("certificate.notFound");
        }
        String from = certificate.getStatus().name();
        certificate.revoke(reason);
        audit.record(Certificate.ENTITY_TYPE, certificateId, "certificate.revoke", from,
                certificate.getStatus().name(), reason);
    }

    private CertificateBatch ownBatch(Long batchId) {
        Unit issuer = issuer();
        CertificateBatch batch = batchId == null ? null : em.find(CertificateBatch.class, batchId);
        if (batch == null || !batch.getIssuer().getId().equals(issuer.getId())) {
            throw new BusinessException("certificate.batch.notFound");
        }
        return batch;
    }

    private static List<Long> distinct(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("certificate.batch.selectPersons");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
