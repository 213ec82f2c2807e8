package cn.zhicheng.expert;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * 待办事项 of the expert pool (SPEC §3.6.1, §3.14.4): "评审会专家待提交" (drafts in the caller's committees) and
 * "专家待审核" (experts waiting for the caller's unit).
 */
@ApplicationScoped
public class ExpertToDos implements ToDoSource {

    static final String DRAFTS_KEY = "todo.expertDrafts";
    static final String PENDING_KEY = "todo.expertPending";
    static final String POOL_PAGE = "/unit/experts/pool.xhtml";
    static final String REVIEW_PAGE = "/unit/experts/reviews.xhtml";

    @EJB
    private ExpertPool pool;

    @EJB
    private ExpertPoolReviews reviews;

    @Override
    public List<ToDo> toDosOfCaller() {
        List<ToDo> toDos = new ArrayList<>();
        long drafts = pool.countDraftsOfCaller();
        if (drafts > 0) {
            toDos.add(new ToDo(DRAFTS_KEY, drafts, POOL_PAGE));
        }
        long pending = reviews.countPendingOfCaller();
        if (pending > 0) {
            toDos.add(new ToDo(PENDING_KEY, pending, REVIEW_PAGE));
        }
        return toDos;
    }
}
