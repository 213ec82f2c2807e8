package cn.zhicheng.web.admin;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobExitStatus;
import cn.zhicheng.job.JobName;
import cn.zhicheng.job.JobView;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Properties;

/**
 * The batch jobs page ({@code /admin/jobs.xhtml}): uploads a title catalog CSV, starts the import job on it, follows
 * the running execution and lists the latest executions with restart and stop.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int RECENT_EXECUTIONS = 20;
    private static final JobName CATALOG_IMPORT = JobName.TITLE_CATALOG_IMPORT;
    private static final JobName INSURANCE_IMPORT = JobName.INSURANCE_IMPORT;

    @EJB
    private BatchJobs jobs;

    @EJB
    private AttachmentService attachments;

    @EJB
    private CatalogService catalog;

    @Inject
    private AttachmentStore store;

    @Inject
    private UiMessages messages;

    private Long watchedId;
    private Execution watched;
    private List<Execution> recent = List.of();
    private long catalogSize;

    @PostConstruct
    void load() {
        refresh();
        recent.stream().filter(Execution::running).findFirst().ifPresent(this::watch);
    }

    /** Reads the watched execution, the latest executions and the catalog size again; the poll calls it. */
    public void refresh() {
        recent = Stream.of(CATALOG_IMPORT, INSURANCE_IMPORT, JobName.CERTIFICATE_GENERATION)
                .flatMap(job -> jobs.recent(job, RECENT_EXECUTIONS).stream())
                .sorted(Comparator.comparingLong(JobView::executionId).reversed()).limit(RECENT_EXECUTIONS)
                .map(Execution::of).toList();
        if (watchedId != null) {
            try {
                watched = Execution.of(jobs.view(watchedId));
            } catch (BusinessException e) {
                watchedId = null;
                watched = null;
            }
        }
        catalogSize = catalog.qualificationCount();
    }

    /** Stores the uploaded catalog file and starts the import on it. */
    public void upload(FileUploadEvent event) {
        start(event, CATALOG_IMPORT);
    }

    /** Stores an uploaded social-insurance delivery and loads it into the local source (issue 6). */
    public void uploadInsurance(FileUploadEvent event) {
        start(event, INSURANCE_IMPORT);
    }

    private void start(FileUploadEvent event, JobName job) {
        UploadedFile file = event.getFile();
        long executionId;
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.store(content, file.getFileName(), AttachmentPurpose.IMPORT_FILE);
            if (attachment.getKind() != FileKind.CSV) {
                messages.error("admin.jobs.upload.csvOnly");
                return;
            }
            Properties parameters = new Properties();
            parameters.setProperty("file", store.pathOf(attachment.getSha256()).toAbsolutePath().toString());
            executionId = jobs.start(job, parameters);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        } catch (IOException e) {
            messages.error("admin.jobs.upload.failed");
            return;
        }
        watchedId = executionId;
        messages.info("admin.jobs.started", String.valueOf(executionId));
        refresh();
    }

    /** Runs a failed or stopped execution again from its last checkpoint and follows the new execution. */
    public void restart(long executionId) {
        try {
            watchedId = jobs.restart(executionId);
        } catch (BusinessException e) {
            messages.error(e);
            refresh();
            return;
        }
        messages.info("admin.jobs.restarted", String.valueOf(watchedId));
        refresh();
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
        } catch (BusinessException e) {
            messages.error(e);
            refresh();
            return;
        }
        messages.info("admin.jobs.stopRequested", String.valueOf(executionId));
        refresh();
    }

    private void watch(Execution execution) {
        watchedId = execution.executionId();
        watched = execution;
    }

    public Execution getWatched() {
        return watched;
    }

    /** Whether the page should keep polling. */
    public boolean isRunning() {
        return watched != null && watched.running();
    }

    public List<Execution> getRecent() {
        return recent;
    }

    public long getCatalogSize() {
        return catalogSize;
    }

    /**
     * One execution as the page shows it: the status as a bundle key, times as text, and the exit status only when
     * it says more than the status.
     */
    public record Execution(long executionId, String jobKey, String statusKey, String exitStatus, String startedAt, String endedAt,
                            long processedItems, String totalItems, int percent, boolean running,
                            boolean restartable) implements Serializable {

        static Execution of(JobView view) {
            String exit = view.exitStatus() == null || view.exitStatus().equals(view.status().name())
                    ? "" : JobExitStatus.describe(view.exitStatus(), Faces.getLocale());
            return new Execution(view.executionId(), "admin.jobs.job." + view.job().xmlName(),
                    "BatchStatus." + view.status().name(), exit,
                    Times.display(view.startedAt()), Times.display(view.endedAt()), view.processedItems(),
                    view.totalItems() == null ? "—" : view.totalItems().toString(), Math.max(0, view.percent()),
                    view.isRunning(), view.isRestartable());
        }
    }
}
