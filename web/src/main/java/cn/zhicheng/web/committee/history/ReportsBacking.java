package cn.zhicheng.web.committee.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.history.ActivityRow;
import cn.zhicheng.history.BatchRow;
import cn.zhicheng.history.HistoryReports;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.history.BatchWorkBacking;
import cn.zhicheng.web.shell.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code /committee/history/reports.xhtml} (SX 职称评审信息上报, SPEC §3.13.3): the committee's historical review
 * activities and 【新增历史评审活动】; row action 【证书历史数据导入】 opens the activity's import (历史职称上报导入模板,
 * the historicalTitleImport job, failed rows, 详情 — shared with 数据上传 through {@link BatchWorkBacking}) and its
 * batches; 【上报】 with the 任职资格文件 to the 主管部门, then the province.
 */
@Named
@ViewScoped
public class ReportsBacking extends BatchWorkBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private HistoryReports reports;

    private boolean committeeChain;
    private PagedModel<ActivityRow> activities;
    private List<UnitOption> seriesOptions = List.of();

    private Integer year;
    private String name;
    private Long seriesId;
    private TitleLevel level;

    private ActivityRow activity;
    private PagedModel<BatchRow> batches;

    private BatchRow submitting;
    private String pathText;

    public void load() {
        committeeChain = reports.isCommitteeChain();
        activities = new PagedModel<>((first, size) -> reports.activities(first, size),
                () -> reports.countActivities(), ActivityRow::id);
        seriesOptions = reports.seriesOptions();
    }

    // ---- 新增历史评审活动 ----

    public void startCreate() {
        year = Times.now().getYear() - 1;
        name = null;
        seriesId = null;
        level = null;
        Ajax.oncomplete("PF('activityDialog').show()");
    }

    public void create() {
        try {
            Long id = reports.createActivity(year == null ? 0 : year, name, seriesId, level);
            messages.info("historyReport.created", name);
            openImport(reports.activity(id));
            Ajax.update("activitiesForm", "importForm", "uploadForm");
            Ajax.oncomplete("PF('activityDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    // ---- 证书历史数据导入 ----

    /** 【证书历史数据导入】: the activity's import and batches. */
    public void openImport(ActivityRow row) {
        activity = row;
        Long id = row.id();
        batches = new PagedModel<>((first, size) -> reports.batches(id, first, size), () -> reports.countBatches(id),
                BatchRow::id);
    }

    @Override
    protected long startJob(String documentNumber, Path file) {
        if (activity == null) {
            throw new BusinessException("history.report.chooseActivity");
        }
        return imports.uploadReport(activity.id(), documentNumber, file);
    }

    @Override
    protected void writeTemplate(OutputStream out) throws IOException {
        imports.reportTemplate(out);
    }

    @Override
    protected String templateFileKey() {
        return "historyReport.templateFile";
    }

    // ---- 上报 ----

    /** 【上报】: the path (主管部门, then the province) and the 任职资格文件. */
    public void startSubmit(BatchRow batch) {
        try {
            submitting = uploads.batch(batch.id());
            pathText = String.join("-", reports.reportPath(batch.id()).stream().map(UnitOption::name).toList());
            clearQualificationFile();
            Ajax.oncomplete("PF('submitDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void submit() {
        try {
            reports.report(submitting.id(), getQualificationFile());
            messages.info("history.submit.done", submitting.documentNumber(), pathText);
            submitted(submitting.id());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    // ---- getters and setters ----

    public boolean isCommitteeChain() {
        return committeeChain;
    }

    public PagedModel<ActivityRow> getActivities() {
        return activities;
    }

    public List<UnitOption> getSeriesOptions() {
        return seriesOptions;
    }

    public TitleLevel[] getLevels() {
        return TitleLevel.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public ActivityRow getActivity() {
        return activity;
    }

    public PagedModel<BatchRow> getBatches() {
        return batches;
    }

    public BatchRow getSubmitting() {
        return submitting;
    }

    public String getPathText() {
        return pathText;
    }
}
