package cn.zhicheng.web.expert;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.expert.ExpertImportJobs;
import cn.zhicheng.expert.ImportFailureRow;
import cn.zhicheng.job.JobView;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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

/**
 * The 批量新增 wizard over the {@code expertImport} job (SPEC §3.6.3): template → upload → 下一步 check with a progress
 * bar → 成功数据 / 失败数据 (the failed rows as a file to correct) → 下一步 import → 关闭. Part of the view-scoped bean of
 * the page that shows it (专家库管理, and the HB committee account's 单位评委库管理); the dialog is
 * {@code /WEB-INF/includes/expert/importDialog.xhtml}. The job facade decides who may import into which committee.
 */
@Dependent
public class ExpertImportWizard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The wizard's steps. */
    public enum Step { UPLOAD, CHECKING, CHECKED, IMPORTING, DONE }

    @EJB
    private ExpertImportJobs imports;

    @EJB
    private AttachmentService attachments;

    @Inject
    private AttachmentStore store;

    @Inject
    private UiMessages messages;

    @Inject
    private ExpertMessages expertMessages;

    private Long committee;
    private Step step = Step.UPLOAD;
    private String uploadedPath;
    private String uploadedName;
    private Long checkExecution;
    private Long importExecution;
    private JobView run;
    private PagedModel<ImportFailureRow> failures;

    /** 批量新增: a fresh wizard for the committee. */
    public void open(Long committeeId) {
        committee = committeeId;
        step = Step.UPLOAD;
        uploadedPath = null;
        uploadedName = null;
        checkExecution = null;
        importExecution = null;
        run = null;
        failures = null;
        Ajax.oncomplete("PF('importDialog').show()");
    }

    /** Sends the empty template. */
    public void downloadTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(out);
        Faces.sendFile(out.toByteArray(), messages.format("expert.import.templateFile"), true);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.store(content, file.getFileName(), AttachmentPurpose.IMPORT_FILE);
            if (attachment.getKind() != FileKind.XLSX) {
                messages.error("expert.import.xlsxOnly");
                return;
            }
            uploadedPath = store.pathOf(attachment.getSha256()).toAbsolutePath().toString();
            uploadedName = file.getFileName();
            messages.info("expert.import.uploaded", uploadedName);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("expert.import.uploadFailed");
        }
    }

    /** 下一步: the check run. */
    public void check() {
        if (uploadedPath == null) {
            messages.error("expert.import.uploadFirst");
            return;
        }
        try {
            checkExecution = imports.check(committee, Path.of(uploadedPath));
            step = Step.CHECKING;
            refreshRun();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 下一步: the import run of the checked file. */
    public void importValid() {
        try {
            importExecution = imports.importValid(committee, Path.of(uploadedPath));
            step = Step.IMPORTING;
            refreshRun();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** The poll: follows the current run and moves the wizard on when it ends. */
    public void refreshRun() {
        Long execution = step == Step.IMPORTING || step == Step.DONE ? importExecution : checkExecution;
        if (execution == null) {
            return;
        }
        run = imports.view(committee, execution);
        if (!run.isRunning()) {
            long finished = execution;
            failures = new PagedModel<>((first, size) -> imports.failures(committee, finished, first, size),
                    () -> imports.countFailures(committee, finished), ImportFailureRow::id);
            if (step == Step.CHECKING) {
                step = Step.CHECKED;
            } else if (step == Step.IMPORTING) {
                step = Step.DONE;
            }
        }
    }

    /** Restarts a failed run from its last committed chunk. */
    public void restartRun() {
        try {
            Long execution = step == Step.IMPORTING || step == Step.DONE ? importExecution : checkExecution;
            long restarted = imports.restart(committee, execution);
            if (importExecution != null && importExecution.equals(execution)) {
                importExecution = restarted;
                step = Step.IMPORTING;
            } else {
                checkExecution = restarted;
                step = Step.CHECKING;
            }
            refreshRun();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** The refused rows as a template file with a reason column, to correct and upload again. */
    public void downloadFailures() throws IOException {
        Long execution = importExecution != null ? importExecution : checkExecution;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeFailures(committee, execution, expertMessages::cause, out);
        Faces.sendFile(out.toByteArray(), messages.format("expert.import.failuresFile"), true);
    }

    /** Back to upload, to send the corrected file. */
    public void uploadAgain() {
        step = Step.UPLOAD;
        uploadedPath = null;
        uploadedName = null;
        run = null;
        failures = null;
    }

    /** 关闭: hides the dialog and re-renders the list that shows the imported experts. */
    public void close(String listFormId) {
        Ajax.update(listFormId);
        Ajax.oncomplete("PF('importDialog').hide()");
    }

    public String reason(ImportFailureRow row) {
        return expertMessages.reason(row);
    }

    public boolean isPolling() {
        return step == Step.CHECKING || step == Step.IMPORTING;
    }

    public boolean isRunFailed() {
        return run != null && run.isRestartable();
    }


    public Step getStep() {
        return step;
    }

    public String getUploadedName() {
        return uploadedName;
    }

    public JobView getRun() {
        return run;
    }

    public int getPercent() {
        return run == null ? 0 : Math.max(0, run.percent());
    }

    public PagedModel<ImportFailureRow> getFailures() {
        return failures;
    }
}
