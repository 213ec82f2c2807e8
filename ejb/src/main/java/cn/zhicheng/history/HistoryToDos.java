package cn.zhicheng.history;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * 待办事项 of historical title data (SPEC §3.13.4, §3.14.4): "历史职称数据待审核", batches at the caller's level (and
 * post); for a 评委会管理员 (SX 职称评审信息上报) "职称评审信息上报已退回", its returned 上报 batches to fix and report
 * again.
 */
@ApplicationScoped
public class HistoryToDos implements ToDoSource {

    static final String PENDING_KEY = "todo.historyPending";
    static final String REVIEW_PAGE = "/unit/history/review.xhtml";
    static final String RETURNED_REPORT_KEY = "todo.historyReportReturned";
    static final String REPORTS_PAGE = "/committee/history/reports.xhtml";

    @EJB
    private HistoryReviews reviews;

    @EJB
    private HistoryReports reports;

    @Override
    public List<ToDo> toDosOfCaller() {
        List<ToDo> toDos = new ArrayList<>();
        long pending = reviews.countPendingOfCaller();
        if (pending > 0) {
            toDos.add(new ToDo(PENDING_KEY, pending, REVIEW_PAGE));
        }
        long returned = reports.countReturnedOfCaller();
        if (returned > 0) {
            toDos.add(new ToDo(RETURNED_REPORT_KEY, returned, REPORTS_PAGE));
        }
        return toDos;
    }
}
