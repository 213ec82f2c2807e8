package cn.zhicheng.web.history;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.BatchRow;
import cn.zhicheng.history.FailureRow;
import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryImportJobs;
import cn.zhicheng.history.HistoryUploads;
import cn.zhicheng.history.RecordRow;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /unit/history/upload.xhtml} (数据上传, SPEC §3.13.2–3.13.3): 批量导入 (acquisition type and 职称文件文号 →
 * template → upload → the historicalTitleImport job with a progress bar → success and failure counts); the 待提交 and
 * 已提交 batches; a batch's 失败数据 (reason shown, 修改 in place with a new check, 导出, 批量删除, 全部删除); 详情 with
 * the 详细列表 and the 流转日志; 提交审核 (发证机构, the review path, the 任职资格文件).
 */
@Named
@ViewScoped
public class UploadBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private HistoryImportJobs imports;

    @EJB
    private AttachmentService attachments;

    @Inject
    private AttachmentStore store;

    @Inject
    private UiMessages messages;

    @Inject
    private HistoryMessages historyMessages;

    private PagedModel<BatchRow> drafts;
    private PagedModel<BatchRow> submitted;

    private AcquisitionType type = AcquisitionType.REVIEW;
    private String documentNumber;
    private String uploadedPath;
    private String uploadedName;
    private Long execution;
    private JobView run;

    private BatchRow failuresOf;
    private PagedModel<FailureRow> failures;
    private List<FailureRow> failureSelection = new ArrayList<>();
    private FailureRow editing;
    private List<String> editCells = new ArrayList<>();

    private BatchRow detail;
    private PagedModel<RecordRow> records;
    private FlowLogModel log;

    private BatchRow submitting;
    private List<UnitOption> issuers = List.of();
    private Long issuer;
    private List<UnitOption> path = List.of();
    private Long qualificationFile;
    private String qualificationFileName;

    public void load() {
        drafts = new PagedModel<>((first, size) -> uploads.batches(false, first, size),
                () -> uploads.countBatches(false), BatchRow::id);
        submitted = new PagedModel<>((first, size) -> uploads.batches(true, first, size),
                () -> uploads.countBatches(true), BatchRow::id);
    }

    // ---- 批量导入 ----

    public void downloadTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(out);
        Faces.sendFile(out.toByteArray(), messages.format("history.upload.templateFile"), true);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.store(content, file.getFileName(), AttachmentPurpose.IMPORT_FILE);
            if (attachment.getKind() != FileKind.XLSX) {
                messages.error("history.upload.xlsxOnly");
                return;
            }
            uploadedPath = store.pathOf(attachment.getSha256()).toAbsolutePath().toString();
            uploadedName = file.getFileName();
            messages.info("history.upload.uploaded", uploadedName);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("history.upload.uploadFailed");
        }
    }

    /** 下一步: creates the batch and starts the import. */
    public void startImport() {
        if (uploadedPath == null) {
            messages.error("history.upload.uploadFirst");
            return;
        }
        try {
            execution = imports.upload(type, documentNumber, Path.of(uploadedPath));
            uploadedPath = null;
            uploadedName = null;
            refreshRun();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** The poll: follows the run; when it ends, opens the batch's failed rows. */
    public void refreshRun() {
        if (execution == null) {
            return;
        }
        run = imports.view(execution);
        if (!run.isRunning()) {
            long batch = imports.batchOf(execution);
            showFailures(uploads.batch(batch));
        }
    }

    public void restartRun() {
        try {
            execution = imports.restart(execution);
            refreshRun();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isPolling() {
        return run != null && run.isRunning();
    }

    public boolean isRunFailed() {
        return run != null && run.isRestartable();
    }

    public int getPercent() {
        return run == null ? 0 : Math.max(0, run.percent());
    }

    // ---- 失败数据 ----

    public void showFailures(BatchRow batch) {
        failuresOf = batch;
        failureSelection = new ArrayList<>();
        Long id = batch.id();
        failures = new PagedModel<>((first, size) -> uploads.failures(id, first, size),
                () -> uploads.countFailures(id), FailureRow::id);
    }

    public String reason(FailureRow row) {
        return historyMessages.reason(row);
    }

    public void exportFailures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeFailures(failuresOf.id(), historyMessages::cause, out);
        Faces.sendFile(out.toByteArray(), messages.format("history.upload.failuresFile"), true);
    }

    public void deleteSelectedFailures() {
        try {
            int deleted = uploads.deleteFailures(failuresOf.id(), failureSelection.stream().map(FailureRow::id)
                    .toList());
            messages.info("history.failures.deleted", deleted);
            failureSelection = new ArrayList<>();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void deleteAllFailures() {
        try {
            int deleted = uploads.deleteAllFailures(failuresOf.id());
            messages.info("history.failures.deleted", deleted);
            failureSelection = new ArrayList<>();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 修改: the row's cells in the edit dialog, the reason at the top and the faulty column marked. */
    public void startEdit(FailureRow row) {
        editing = uploads.failure(row.id());
        editCells = new ArrayList<>(editing.cells());
        while (editCells.size() < HistoryColumn.WIDTH) {
            editCells.add("");
        }
        Ajax.oncomplete("PF('editDialog').show()");
    }

    public void saveEdit() {
        try {
            Optional<FailureRow> still = uploads.fix(editing.id(), editCells);
            if (still.isPresent()) {
                editing = still.get();
                messages.error("history.failures.stillRefused", reason(editing));
            } else {
                messages.info("history.failures.fixed", editCells.get(HistoryColumn.NAME.ordinal()));
                failuresOf = uploads.batch(failuresOf.id());
                Ajax.update("uploadForm");
                Ajax.oncomplete("PF('editDialog').hide()");
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isFaulty(HistoryColumn column) {
        return editing != null && column == editing.column();
    }

    // ---- 详情 ----

    public void showDetail(BatchRow batch) {
        detail = uploads.batch(batch.id());
        Long id = batch.id();
        records = new PagedModel<>((first, size) -> uploads.records(id, first, size), () -> uploads.countRecords(id),
                RecordRow::id);
        log = new FlowLogModel((first, size) -> uploads.log(id, first, size), () -> uploads.logSize(id));
        Ajax.oncomplete("PF('detailDialog').show()");
    }

    public void deleteRecord(RecordRow row) {
        messages.attempt(() -> uploads.deleteRecord(row.id()), "history.records.deleted", row.name());
        detail = uploads.batch(detail.id());
    }

    // ---- 提交审核 ----

    public void startSubmit(BatchRow batch) {
        try {
            submitting = uploads.batch(batch.id());
            issuers = uploads.issuers(batch.id());
            // the top-most authority (usually the province) is the usual 发证机构; nearer ones can be chosen
            issuer = issuers.isEmpty() ? null : issuers.get(issuers.size() - 1).id();
            qualificationFile = null;
            qualificationFileName = null;
            changeIssuer();
            Ajax.oncomplete("PF('submitDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void changeIssuer() {
        path = issuer == null ? List.of() : uploads.reviewPath(submitting.id(), issuer);
    }

    public String getPathText() {
        return String.join("-", path.stream().map(UnitOption::name).toList());
    }

    public void uploadQualificationFile(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.store(content, file.getFileName(), AttachmentPurpose.STAMPED_PDF);
            qualificationFile = attachment.getId();
            qualificationFileName = file.getFileName();
            messages.info("history.upload.uploaded", qualificationFileName);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("history.upload.uploadFailed");
        }
    }

    public void submit() {
        try {
            uploads.submit(submitting.id(), issuer, qualificationFile);
            messages.info("history.submit.done", submitting.documentNumber(), getPathText());
            if (failuresOf != null && failuresOf.id().equals(submitting.id())) {
                failuresOf = null;
            }
            Ajax.update("uploadForm");
            Ajax.oncomplete("PF('submitDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    // ---- getters and setters ----

    public AcquisitionType[] getTypes() {
        return AcquisitionType.values();
    }

    public HistoryColumn[] getColumns() {
        return HistoryColumn.values();
    }

    public PagedModel<BatchRow> getDrafts() {
        return drafts;
    }

    public PagedModel<BatchRow> getSubmitted() {
        return submitted;
    }

    public AcquisitionType getType() {
        return type;
    }

    public void setType(AcquisitionType type) {
        this.type = type;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getUploadedName() {
        return uploadedName;
    }

    public JobView getRun() {
        return run;
    }

    public BatchRow getFailuresOf() {
        return failuresOf;
    }

    public PagedModel<FailureRow> getFailures() {
        return failures;
    }

    public List<FailureRow> getFailureSelection() {
        return failureSelection;
    }

    public void setFailureSelection(List<FailureRow> selection) {
        this.failureSelection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public FailureRow getEditing() {
        return editing;
    }

    public List<String> getEditCells() {
        return editCells;
    }

    public BatchRow getDetail() {
        return detail;
    }

    public PagedModel<RecordRow> getRecords() {
        return records;
    }

    public FlowLogModel getLog() {
        return log;
    }

    public BatchRow getSubmitting() {
        return submitting;
    }

    public List<UnitOption> getIssuers() {
        return issuers;
    }

    public Long getIssuer() {
        return issuer;
    }

    public void setIssuer(Long issuer) {
        this.issuer = issuer;
    }

    public List<UnitOption> getPath() {
        return path;
    }

    public String getQualificationFileName() {
        return qualificationFileName;
    }
}
