package cn.zhicheng.org;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** 待办事项 "下级单位注册待审核": registrations and changes of parent waiting for the caller's unit. */
@ApplicationScoped
public class RegistrationToDos implements ToDoSource {

    static final String LABEL_KEY = "todo.subordinateRegistration";
    static final String PAGE = "/unit/subordinates/registrations.xhtml";

    @EJB
    private UnitRegistrations registrations;

    @Override
    public List<ToDo> toDosOfCaller() {
        long count = registrations.countPendingForCallerIfPermitted();
        return count == 0 ? List.of() : List.of(new ToDo(LABEL_KEY, count, PAGE));
    }
}
