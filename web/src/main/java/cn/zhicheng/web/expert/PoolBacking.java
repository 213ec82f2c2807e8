package cn.zhicheng.web.expert;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.expert.AdminPostLevel;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.expert.ExpertImportJobs;
import cn.zhicheng.expert.ExpertInput;
import cn.zhicheng.expert.ExpertPool;
import cn.zhicheng.expert.ExpertView;
import cn.zhicheng.expert.ImportFailureRow;
import cn.zhicheng.expert.PoolRow;
import cn.zhicheng.expert.PoolTab;
import cn.zhicheng.job.JobView;
import cn.zhicheng.shared.BusinessException;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /unit/experts/pool.xhtml?committee=ID} (专家库管理, SPEC §3.6.1–3.6.3): choose one of the unit's committees;
 * the four tabs with their counts, paged in the database; 新增 and edit in one dialog with every field; 查看详情;
 * delete a draft (confirmed); submit the checked drafts or returned experts; 批量新增 as a wizard over the
 * expertImport job (template → upload → 下一步 check with a progress bar → 成功数据 / 失败数据 with the failed rows as a
 * file → 下一步 import → 关闭).
 */
@Named
@ViewScoped
public class PoolBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The wizard's steps. */
    public enum Step { UPLOAD, CHECKING, CHECKED, IMPORTING, DONE }

    @EJB
    private ExpertPool pool;

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
    private List<CommitteeChoice> committees = List.of();
    private List<String> seriesNames = List.of();
    private Map<PoolTab, Long> counts = new EnumMap<>(PoolTab.class);
    private final Map<PoolTab, PagedModel<PoolRow>> models = new EnumMap<>(PoolTab.class);
    private String name;
    private String appliedName;
    private List<PoolRow> draftSelection = new ArrayList<>();
    private List<PoolRow> returnedSelection = new ArrayList<>();
    private List<PoolRow> recommendedSelection = new ArrayList<>();
    private String recommendedReturnReason;

    private ExpertForm form;
    private Long editing;
    private ExpertView detail;

    private Step step = Step.UPLOAD;
    private String uploadedPath;
    private String uploadedName;
    private Long checkExecution;
    private Long importExecution;
    private JobView run;
    private PagedModel<ImportFailureRow> failures;

    /** The view action: committees of the unit, the chosen one (or the first), the tabs. */
    public void load() {
        committees = pool.committeesOfCaller();
        if (committee == null && !committees.isEmpty()) {
            committee = committees.get(0).id();
        }
        if (committee != null) {
            pool.requireOwnCommittee(committee);
            seriesNames = pool.seriesNames();
        }
        for (PoolTab tab : PoolTab.values()) {
            models.put(tab, new PagedModel<>((first, size) -> pool.list(committee, tab, appliedName, null, first, size),
                    () -> pool.count(committee, tab, appliedName, null), PoolRow::memberId));
        }
        refreshCounts();
    }

    private void refreshCounts() {
        counts = committee == null ? new EnumMap<>(PoolTab.class) : pool.counts(committee);
    }

    public void changeCommittee() {
        clearSelection();
        refreshCounts();
    }

    public void search() {
        appliedName = name;
        clearSelection();
    }

    // ---- single add, edit, view, delete, submit ----

    public void startAdd() {
        form = ExpertForm.of(ExpertInput.blank());
        editing = null;
        Ajax.oncomplete("PF('expertDialog').show()");
    }

    public void startEdit(PoolRow row) {
        try {
            form = ExpertForm.of(pool.draft(row.memberId()));
            editing = row.memberId();
            Ajax.oncomplete("PF('expertDialog').show()");
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    public void save() {
        try {
            if (editing == null) {
                pool.add(committee, form.toInput());
                messages.info("expert.pool.added", form.getName());
            } else {
                pool.edit(editing, form.toInput());
                messages.info("expert.pool.saved", form.getName());
            }
            refreshCounts();
            Ajax.update("poolForm");
            Ajax.oncomplete("PF('expertDialog').hide()");
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    public void view(PoolRow row) {
        detail = pool.view(row.memberId());
        Ajax.oncomplete("PF('detailDialog').show()");
    }

    public void delete(PoolRow row) {
        try {
            pool.delete(row.memberId());
            messages.info("expert.pool.deleted", row.name());
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    public void submitSelected() {
        try {
            List<Long> ids = new ArrayList<>();
            draftSelection.forEach(r -> ids.add(r.memberId()));
            returnedSelection.forEach(r -> ids.add(r.memberId()));
            int count = pool.submit(committee, ids);
            messages.info("expert.pool.submitted", count);
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    // ---- 下级单位推荐待审核专家 ----

    /** 通过 for the selected recommendations (after confirmation). */
    public void approveRecommended() {
        try {
            int count = pool.approveRecommended(committee, ids(recommendedSelection));
            messages.info("expert.recommended.approved", count);
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    /** 退回 for the selected recommendations with the reason typed above the table. */
    public void returnRecommended() {
        try {
            int count = pool.returnRecommended(committee, ids(recommendedSelection), recommendedReturnReason);
            messages.info("expert.recommended.returned", count);
            recommendedReturnReason = null;
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    private static List<Long> ids(List<PoolRow> rows) {
        return rows.stream().map(PoolRow::memberId).toList();
    }

    // ---- 批量新增 ----

    public void startImport() {
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
                refreshCounts();
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

    public void closeImport() {
        refreshCounts();
        Ajax.update("poolForm");
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

    // ---- getters and setters ----

    public PagedModel<PoolRow> model(PoolTab tab) {
        return models.get(tab);
    }

    public PagedModel<PoolRow> getDrafts() {
        return models.get(PoolTab.DRAFTS);
    }

    public PagedModel<PoolRow> getRecommended() {
        return models.get(PoolTab.RECOMMENDED);
    }

    public PagedModel<PoolRow> getInPool() {
        return models.get(PoolTab.IN_POOL);
    }

    public PagedModel<PoolRow> getReturned() {
        return models.get(PoolTab.RETURNED);
    }

    public long count(String tab) {
        return counts.getOrDefault(PoolTab.valueOf(tab), 0L);
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public List<CommitteeChoice> getCommittees() {
        return committees;
    }

    public List<String> getSeriesNames() {
        return seriesNames;
    }

    public AdminPostLevel[] getAdminPostLevels() {
        return AdminPostLevel.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    private void clearSelection() {
        draftSelection = new ArrayList<>();
        returnedSelection = new ArrayList<>();
        recommendedSelection = new ArrayList<>();
    }

    public List<PoolRow> getDraftSelection() {
        return draftSelection;
    }

    public void setDraftSelection(List<PoolRow> selection) {
        this.draftSelection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public List<PoolRow> getReturnedSelection() {
        return returnedSelection;
    }

    public void setReturnedSelection(List<PoolRow> selection) {
        this.returnedSelection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    /** The tabs without checkboxes bind here; what they send is ignored. */
    public List<PoolRow> getRecommendedSelection() {
        return recommendedSelection;
    }

    public void setRecommendedSelection(List<PoolRow> recommendedSelection) {
        this.recommendedSelection = recommendedSelection;
    }

    public String getRecommendedReturnReason() {
        return recommendedReturnReason;
    }

    public void setRecommendedReturnReason(String recommendedReturnReason) {
        this.recommendedReturnReason = recommendedReturnReason;
    }

    public List<PoolRow> getNoSelection() {
        return new ArrayList<>();
    }

    public void setNoSelection(List<PoolRow> ignored) {
        // read-only tabs select nothing
    }

    public ExpertForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public ExpertView getDetail() {
        return detail;
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
