package cn.zhicheng.web.history;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.history.BatchRow;
import cn.zhicheng.history.FailureRow;
import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryImportJobs;
import cn.zhicheng.history.HistoryUploads;
import cn.zhicheng.history.RecordRow;
import cn.zhicheng.job.JobView;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the two pages that import historical title batches share (SPEC §3.13.2–3.13.3): a unit's 数据上传
 * ({@link UploadBacking}) and a committee's SX 证书历史数据导入
 * ({@link cn.zhicheng.web.committee.history.ReportsBacking}): uploading the workbook and following the
 * historicalTitleImport run with its progress; a batch's 失败数据 (reason, 修改 in place with a new check, 导出,
 * 批量删除, 全部删除); 详情 with the 详细列表 (修改 of a record of an editable batch, checked again) and the 流转日志; the
 * 任职资格文件 of a submission. The facelets share the
 * includes under {@code /WEB-INF/includes/history/} with the parameter {@code bean}.
 */
public abstract class BatchWorkBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    protected HistoryUploads uploads;

    @EJB
    protected HistoryImportJobs imports;

    @EJB
    private AttachmentService attachments;

    @Inject
    private AttachmentStore store;

    @Inject
    protected UiMessages messages;

    @Inject
    private HistoryMessages historyMessages;

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
    private Long recordEditing;
    private FailureRow recordRefusal;
    private List<String> recordCells = new ArrayList<>();

    private Long qualificationFile;
    private String qualificationFileName;

    /** Creates the batch of the uploaded file and starts its import; returns the job execution. */
    protected abstract long startJob(String documentNumber, Path file);

    /** The bundle key of the template's file name. */
    protected abstract String templateFileKey();

    /** Writes the page's empty template. */
    protected abstract void writeTemplate(OutputStream out) throws IOException;

    /** After batches changed (a run ended, a row was fixed, a record deleted, a batch submitted). */
    protected void batchesChanged() {
    }

    // ---- 批量导入 ----

    public void downloadTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTemplate(out);
        Faces.sendFile(out.toByteArray(), messages.format(templateFileKey()), true);
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
            execution = startJob(documentNumber, Path.of(uploadedPath));
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
            batchesChanged();
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
            batchesChanged();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void deleteAllFailures() {
        try {
            int deleted = uploads.deleteAllFailures(failuresOf.id());
            messages.info("history.failures.deleted", deleted);
            failureSelection = new ArrayList<>();
            batchesChanged();
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
                batchesChanged();
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
        batchesChanged();
    }

    /** Records of the 详情 may be changed while the batch is still the collecting unit's (待提交 or returned). */
    public boolean isDetailEditable() {
        return detail != null && detail.status().isEditable();
    }

    /** 修改 in the 详情: the record's cells in the record dialog. */
    public void startRecordEdit(RecordRow row) {
        try {
            recordCells = uploads.recordCells(row.id());
            recordEditing = row.id();
            recordRefusal = null;
            Ajax.oncomplete("PF('recordDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Saves the edited record after a new check; a refused row keeps the dialog open with the reason. */
    public void saveRecordEdit() {
        try {
            Optional<FailureRow> refused = uploads.editRecord(recordEditing, recordCells);
            if (refused.isPresent()) {
                recordRefusal = refused.get();
                messages.error("history.records.refused", reason(recordRefusal));
            } else {
                recordRefusal = null;
                messages.info("history.records.edited", recordCells.get(HistoryColumn.NAME.ordinal()));
                detail = uploads.batch(detail.id());
                batchesChanged();
                Ajax.update("detailForm");
                Ajax.oncomplete("PF('recordDialog').hide()");
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isRecordFaulty(HistoryColumn column) {
        return recordRefusal != null && column == recordRefusal.column();
    }

    // ---- 提交审核 / 上报: the 任职资格文件 ----

    /** Forgets the 任职资格文件 of a previous submission when a new one starts. */
    protected void clearQualificationFile() {
        qualificationFile = null;
        qualificationFileName = null;
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

    /** After a submission: the failures panel of the submitted batch closes, the lists refresh. */
    protected void submitted(Long batchId) {
        if (failuresOf != null && failuresOf.id().equals(batchId)) {
            failuresOf = null;
        }
        batchesChanged();
        Ajax.update("uploadForm");
        Ajax.oncomplete("PF('submitDialog').hide()");
    }

    // ---- getters and setters ----

    public HistoryColumn[] getColumns() {
        return HistoryColumn.values();
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

    public Long getRecordEditing() {
        return recordEditing;
    }

    public FailureRow getRecordRefusal() {
        return recordRefusal;
    }

    public List<String> getRecordCells() {
        return recordCells;
    }

    protected Long getQualificationFile() {
        return qualificationFile;
    }

    public String getQualificationFileName() {
        return qualificationFileName;
    }
}
