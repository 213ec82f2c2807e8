package cn.zhicheng.web.history;

import cn.zhicheng.history.BatchRow;
import cn.zhicheng.history.HistoryImportJobs;
import cn.zhicheng.history.HistoryReviews;
import cn.zhicheng.history.HistoryUploads;
import cn.zhicheng.history.NameCheck;
import cn.zhicheng.history.RecordRow;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /unit/history/review.xhtml} (数据审核, SPEC §3.13.4): the batches at the unit's level; 审核 opens a batch
 * (基本信息, 采集证书列表, 任职资格文件人员名单校验, 流转日志) with 一键审核 and 审核退回; 批量审核 / 批量退回 for the ticked
 * batches.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private HistoryReviews reviews;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private HistoryImportJobs imports;

    @Inject
    private UiMessages messages;

    private PagedModel<BatchRow> pending;
    private List<BatchRow> selection = new ArrayList<>();
    private BatchRow reviewing;
    private PagedModel<RecordRow> records;
    private FlowLogModel log;
    private String names;
    private List<NameCheck> nameChecks = List.of();
    private List<Long> returning = List.of();
    private String reason;
    private boolean configured;

    public void load() {
        pending = new PagedModel<>(reviews::pending, reviews::countPending, BatchRow::id);
        configured = reviews.isMultiPostConfigured();
    }

    /** False when the unit has no 多岗审核配置 for 历史职称数据审核: the page shows the notice (SPEC §3.3). */
    public boolean isConfigured() {
        return configured;
    }

    public void review(BatchRow batch) {
        reviewing = uploads.batch(batch.id());
        Long id = batch.id();
        records = new PagedModel<>((first, size) -> uploads.records(id, first, size), () -> uploads.countRecords(id),
                RecordRow::id);
        log = new FlowLogModel((first, size) -> uploads.log(id, first, size), () -> uploads.logSize(id));
        names = null;
        nameChecks = List.of();
    }

    /** 一键审核: passes the batch under review. */
    public void passReviewing() {
        if (messages.attempt(() -> reviews.pass(List.of(reviewing.id())), "history.review.passed", 1)) {
            reviewing = null;
        }
    }

    /** 批量审核: passes the ticked batches. */
    public void passSelected() {
        List<Long> ids = selection.stream().map(BatchRow::id).toList();
        if (messages.attempt(() -> reviews.pass(ids), "history.review.passed", ids.size())) {
            selection = new ArrayList<>();
            reviewing = null;
        }
    }

    public void startReturnReviewing() {
        returning = List.of(reviewing.id());
        reason = null;
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    public void startReturnSelected() {
        if (selection.isEmpty()) {
            messages.error("history.review.selectionEmpty");
            return;
        }
        returning = selection.stream().map(BatchRow::id).toList();
        reason = null;
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    public void confirmReturn() {
        try {
            int count = reviews.returnWith(returning, reason);
            messages.info("history.review.returned", count);
            selection = new ArrayList<>();
            reviewing = null;
            Ajax.update("reviewForm");
            Ajax.oncomplete("PF('returnDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 数据导出: the batch's records as an xlsx in the template's columns. */
    public void exportRecords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeRecords(reviewing.id(), out);
        Faces.sendFile(out.toByteArray(), messages.format("history.review.exportFile",
                reviewing.documentNumber()), true);
    }

    /** 开始校验: each record's name against the pasted list. */
    public void verifyNames() {
        nameChecks = reviews.verifyNames(reviewing.id(), names);
    }

    public PagedModel<BatchRow> getPending() {
        return pending;
    }

    public List<BatchRow> getSelection() {
        return selection;
    }

    public void setSelection(List<BatchRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public BatchRow getReviewing() {
        return reviewing;
    }

    public PagedModel<RecordRow> getRecords() {
        return records;
    }

    public FlowLogModel getLog() {
        return log;
    }

    public String getNames() {
        return names;
    }

    public void setNames(String names) {
        this.names = names;
    }

    public List<NameCheck> getNameChecks() {
        return nameChecks;
    }

    public int getReturningCount() {
        return returning.size();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
