package cn.zhicheng.activity;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** 待办事项 "评审活动待审核": activities waiting for the caller's publication review (SPEC §3.14.4, §3.7.10). */
@ApplicationScoped
public class ActivityPublicationToDos implements ToDoSource {

    static final String LABEL_KEY = "todo.activityPublication";
    static final String PAGE = "/unit/activities/reviews.xhtml";

    @EJB
    private ActivityPublicationReviews reviews;

    @Override
    public List<ToDo> toDosOfCaller() {
        long count = reviews.countPendingForCallerIfPermitted();
        return count == 0 ? List.of() : List.of(new ToDo(LABEL_KEY, count, PAGE));
    }
}
