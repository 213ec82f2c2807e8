package cn.zhicheng.web.application;

import cn.zhicheng.application.ApplicationRow;
import cn.zhicheng.application.Applications;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 我的申报 ({@code /applicant/applications.xhtml}, SPEC §3.8.6): the applicant's applications with status in plain
 * words, 继续申报 / 查看, 撤回 (confirmed), 废弃 (confirmed) and the 流转日志 of each.
 */
@Named
@ViewScoped
public class MyApplicationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private Applications applications;

    @Inject
    private UiMessages messages;

    private List<ApplicationRow> rows;
    private FlowLogModel flowLog;

    public void load() {
        rows = applications.mine();
    }

    public void withdraw(ApplicationRow row) {
        if (messages.attempt(() -> applications.withdraw(row.id()), "application.withdrawn")) {
            load();
        }
    }

    public void discard(ApplicationRow row) {
        if (messages.attempt(() -> applications.discard(row.id()), "application.discarded")) {
            load();
        }
    }

    public void showFlowLog(ApplicationRow row) {
        try {
            List<AuditRecord> entries = applications.flowLog(row.id());
            flowLog = new FlowLogModel((first, size) -> entries.subList(Math.min(first, entries.size()),
                    Math.min(first + size, entries.size())), () -> (long) entries.size());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public List<ApplicationRow> getRows() {
        return rows;
    }

    public FlowLogModel getFlowLog() {
        return flowLog;
    }
}
