package cn.zhicheng.committee;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** 待办事项 "评委会备案待审核": committee filings waiting for the caller (SPEC §3.14.4, §3.5.2). */
@ApplicationScoped
public class CommitteeFilingToDos implements ToDoSource {

    static final String LABEL_KEY = "todo.committeeFiling";
    static final String PAGE = "/unit/committees/reviews.xhtml";

    @EJB
    private CommitteeFilingReviews reviews;

    @Override
    public List<ToDo> toDosOfCaller() {
        long count = reviews.countPendingForCallerIfPermitted();
        return count == 0 ? List.of() : List.of(new ToDo(LABEL_KEY, count, PAGE));
    }
}
