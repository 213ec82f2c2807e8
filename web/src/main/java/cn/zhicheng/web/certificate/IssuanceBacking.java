package cn.zhicheng.web.certificate;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.certificate.CertificateBatchStatus;
import cn.zhicheng.certificate.CertificateIssuance;
import cn.zhicheng.certificate.CertificateJobs;
import cn.zhicheng.certificate.CertificateSource;
import cn.zhicheng.certificate.IssuanceRows.BatchRow;
import cn.zhicheng.certificate.IssuanceRows.CertificateLine;
import cn.zhicheng.certificate.IssuanceRows.GroupKey;
import cn.zhicheng.certificate.IssuanceRows.GroupRecord;
import cn.zhicheng.certificate.IssuanceRows.HistoryGroup;
import cn.zhicheng.certificate.IssuanceRows.PendingPerson;
import cn.zhicheng.job.JobView;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /unit/certificates/issue.xhtml} (电子证书管理 → 证书生成, SPEC §3.12.1, §3.13 历史证书生成): one page per
 * issuer with the source switch (初定发证 / 历史证书生成) and three tabs — 未发放 (待发证 groups for history) with
 * 【添加批次】, 发放中 (batches left, persons right, 【取消发证】, 【生成证书】 with its four steps) and 已发放 (证书详情,
 * downloads, 撤销).
 */
@Named
@ViewScoped
public class IssuanceBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateIssuance issuance;

    @EJB
    private CertificateJobs jobs;

    @EJB
    private AttachmentService attachments;

    @Inject
    private UiMessages messages;

    private CertificateSource source = CertificateSource.INITIAL_APPLICATION;
    private String pendingName;
    private PagedModel<PendingPerson> pending;
    private List<PendingPerson> pendingSelection = new ArrayList<>();
    private List<HistoryGroup> groups = List.of();
    private HistoryGroup listedGroup;
    private PagedModel<GroupRecord> groupRecords;
    private List<BatchRow> openBatches = List.of();
    private BatchRow batch;
    private PagedModel<CertificateLine> persons;
    private JobView run;
    private LocalDate approvalDate;
    private String documentNumber;
    private String summaryFileName;
    private String issuedFilter;
    private PagedModel<CertificateLine> issued;
    private CertificateLine detail;
    private String detailPath;
    private Long reasonFor;
    /** What the reason dialog asks for: certificate.action.cancel, .return or .revoke. */
    private String reasonAction;
    private String reason;

    public void load() {
        reload();
    }

    private void reload() {
        String name = pendingName;
        pending = new PagedModel<>((first, size) -> issuance.pendingInitial(name, first, size),
                () -> issuance.countPendingInitial(name), PendingPerson::applicationId);
        groups = source == CertificateSource.HISTORY_RECORD ? issuance.historyGroups() : List.of();
        openBatches = issuance.batches(source, false);
        if (batch != null) {
            selectBatch(batch.id());
        }
        CertificateSource kind = source;
        String filter = issuedFilter;
        issued = new PagedModel<>((first, size) -> issuance.issued(kind, filter, first, size),
                () -> issuance.countIssued(kind, filter), CertificateLine::id);
    }

    /** The 初定发证 / 历史证书生成 switch. */
    public void sourceChanged() {
        batch = null;
        persons = null;
        pendingSelection = new ArrayList<>();
        reload();
    }

    public void searchPending() {
        pendingSelection = new ArrayList<>();
        reload();
    }

    public void searchIssued() {
        reload();
    }

    /** 【添加批次】 (初定). */
    public void createBatch() {
        List<Long> ids = pendingSelection.stream().map(PendingPerson::applicationId).toList();
        try {
            Long id = issuance.createInitialBatch(ids);
            pendingSelection = new ArrayList<>();
            messages.info("certificate.batch.created", ids.size());
            selectBatch(id);
            reload();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 批量发证 of a historical group. */
    /** 【证书列表】 of a 待发证 group: its records and their 审核路径, in a dialog. */
    public void listGroup(HistoryGroup group) {
        listedGroup = group;
        GroupKey key = group.groupKey();
        groupRecords = new PagedModel<>((first, size) -> issuance.groupRecords(key, first, size),
                () -> issuance.countGroupRecords(key), GroupRecord::recordId);
        Ajax.oncomplete("PF('groupDialog').show()");
    }

    public HistoryGroup getListedGroup() {
        return listedGroup;
    }

    public PagedModel<GroupRecord> getGroupRecords() {
        return groupRecords;
    }

    public void createHistoryBatch(HistoryGroup group) {
        try {
            Long id = issuance.createHistoryBatch(group.collectingUnitId(), group.documentNumber(),
                    group.institution(), group.approvedOn());
            messages.info("certificate.batch.created", group.persons());
            selectBatch(id);
            reload();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void selectBatch(Long batchId) {
        try {
            batch = issuance.batch(batchId);
        } catch (BusinessException e) {
            batch = null;
            persons = null;
            messages.error(e);
            return;
        }
        Long id = batch.id();
        persons = new PagedModel<>((first, size) -> issuance.certificatesOf(id, first, size),
                () -> issuance.batch(id).persons(), CertificateLine::id);
        approvalDate = batch.approvalDate();
        documentNumber = batch.documentNumber();
        run = batch.jobExecutionId() == null ? null : jobs.run(id);
    }

    public void select(BatchRow row) {
        summaryFileName = null;
        selectBatch(row.id());
    }

    /** The poll while the job runs. */
    public void refreshRun() {
        if (batch != null) {
            selectBatch(batch.id());
            if (batch.status() == CertificateBatchStatus.ISSUED) {
                messages.info("certificate.batch.issued", batch.batchNo(), batch.persons());
                openBatches = issuance.batches(source, false);
            }
        }
    }

    public boolean isRunning() {
        return batch != null && batch.status() == CertificateBatchStatus.GENERATING && run != null && run.isRunning();
    }

    public boolean isRestartable() {
        return batch != null && batch.status() == CertificateBatchStatus.GENERATING
                && (run == null || run.status() == BatchStatus.FAILED || run.status() == BatchStatus.STOPPED);
    }

    public void startCancel(CertificateLine line) {
        askReason(line, "certificate.action.cancel");
    }

    /** 退回 of a problem row of a historical batch to its collecting unit. */
    public void startReturn(CertificateLine line) {
        askReason(line, "certificate.action.return");
    }

    public void startRevoke(CertificateLine line) {
        askReason(line, "certificate.action.revoke");
    }

    private void askReason(CertificateLine line, String action) {
        reasonFor = line.id();
        reasonAction = action;
        reason = null;
        Ajax.oncomplete("PF('reasonDialog').show()");
    }

    public void confirmReason() {
        try {
            switch (reasonAction) {
                case "certificate.action.revoke" -> {
                    issuance.revoke(reasonFor, reason);
                    messages.info("certificate.revoked");
                }
                case "certificate.action.return" -> {
                    issuance.returnToCollector(List.of(reasonFor), reason);
                    messages.info("certificate.returned");
                }
                default -> {
                    issuance.cancel(reasonFor, reason);
                    messages.info("certificate.cancelled");
                }
            }
            reload();
            Ajax.update("issueForm");
            Ajax.oncomplete("PF('reasonDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Step 2: 批准时间 and 职称文件文号. */
    public void saveApproval() {
        if (messages.attempt(() -> issuance.setApproval(batch.id(), approvalDate, documentNumber),
                "certificate.batch.approvalSaved")) {
            selectBatch(batch.id());
        }
    }

    /** Step 3: the 汇总表 to print and stamp. */
    public void exportSummary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWorkbook.write(messages.format("certificate.summary.title", batch.batchNo(),
                        batch.documentNumber() == null ? "" : batch.documentNumber()),
                issuance.summaryOf(batch.id()), Faces.getLocale(), out);
        Faces.sendFile(out.toByteArray(), messages.format("certificate.summary.file", batch.batchNo()), true);
    }

    /** Step 3: the stamped 汇总表 back, as a PDF. */
    public void uploadSummary(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.store(content, file.getFileName(), AttachmentPurpose.STAMPED_PDF);
            issuance.attachStampedSummary(batch.id(), attachment.getId());
            summaryFileName = file.getFileName();
            selectBatch(batch.id());
            messages.info("certificate.summary.uploaded", summaryFileName);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("certificate.summary.uploadFailed");
        }
    }

    /** Step 4: 【发证】. */
    public void issue() {
        try {
            jobs.issue(batch.id());
            selectBatch(batch.id());
            messages.info("certificate.batch.generating", batch.batchNo());
        } catch (BusinessException e) {
            messages.error(e);
            selectBatch(batch.id());
        }
    }

    public void restart() {
        try {
            jobs.restart(batch.id());
            selectBatch(batch.id());
            messages.info("certificate.batch.restarted", batch.batchNo());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void showDetail(CertificateLine line) {
        try {
            detail = issuance.detail(line.id());
            detailPath = issuance.reviewPathOf(line.id());
            Ajax.oncomplete("PF('detailDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    // ---- getters and setters ----

    public CertificateSource getSource() {
        return source;
    }

    public void setSource(CertificateSource source) {
        this.source = source == null ? CertificateSource.INITIAL_APPLICATION : source;
    }

    public boolean isInitial() {
        return source == CertificateSource.INITIAL_APPLICATION;
    }

    public CertificateSource[] getSources() {
        return CertificateSource.values();
    }

    public String getPendingName() {
        return pendingName;
    }

    public void setPendingName(String pendingName) {
        this.pendingName = pendingName;
    }

    public PagedModel<PendingPerson> getPending() {
        return pending;
    }

    public List<PendingPerson> getPendingSelection() {
        return pendingSelection;
    }

    public void setPendingSelection(List<PendingPerson> selection) {
        this.pendingSelection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public List<HistoryGroup> getGroups() {
        return groups;
    }

    public List<BatchRow> getOpenBatches() {
        return openBatches;
    }

    public BatchRow getBatch() {
        return batch;
    }

    public PagedModel<CertificateLine> getPersons() {
        return persons;
    }

    public JobView getRun() {
        return run;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public void setApprovalDate(LocalDate approvalDate) {
        this.approvalDate = approvalDate;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getSummaryFileName() {
        return summaryFileName;
    }

    public String getIssuedFilter() {
        return issuedFilter;
    }

    public void setIssuedFilter(String issuedFilter) {
        this.issuedFilter = issuedFilter;
    }

    public PagedModel<CertificateLine> getIssued() {
        return issued;
    }

    public CertificateLine getDetail() {
        return detail;
    }

    public String getDetailPath() {
        return detailPath;
    }

    public String getReasonAction() {
        return reasonAction == null ? "certificate.action.cancel" : reasonAction;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
