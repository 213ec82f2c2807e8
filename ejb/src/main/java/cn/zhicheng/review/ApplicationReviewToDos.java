package cn.zhicheng.review;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** 待办事项 "申报材料待审核": applications waiting at the caller's unit and post (SPEC §3.14.4, §3.9.2). */
@ApplicationScoped
public class ApplicationReviewToDos implements ToDoSource {

    static final String LABEL_KEY = "todo.applicationReview";
    static final String PAGE = "/unit/applications/own.xhtml";

    @EJB
    private ApplicationReviews reviews;

    @Override
    public List<ToDo> toDosOfCaller() {
        long count = reviews.countWaitingForCallerIfPermitted();
        return count == 0 ? List.of() : List.of(new ToDo(LABEL_KEY, count, PAGE));
    }
}
