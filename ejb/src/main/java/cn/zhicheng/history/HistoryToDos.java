package cn.zhicheng.history;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** 待办事项 of historical title data (SPEC §3.13.4, §3.14.4): "历史职称数据待审核", batches at the caller's level. */
@ApplicationScoped
public class HistoryToDos implements ToDoSource {

    static final String PENDING_KEY = "todo.historyPending";
    static final String REVIEW_PAGE = "/unit/history/review.xhtml";

    @EJB
    private HistoryReviews reviews;

    @Override
    public List<ToDo> toDosOfCaller() {
        long pending = reviews.countPendingOfCaller();
        return pending > 0 ? List.of(new ToDo(PENDING_KEY, pending, REVIEW_PAGE)) : List.of();
    }
}
