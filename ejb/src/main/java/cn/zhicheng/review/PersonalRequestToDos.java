package cn.zhicheng.review;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * 待办事项 of the request reviews (SPEC §3.14.4, §3.15.4, §3.15.5): 证书核验待审核, 专技人才待审核 and 职称确认待审核 at the
 * caller's unit, each linking to its review list.
 */
@ApplicationScoped
public class PersonalRequestToDos implements ToDoSource {

    @EJB
    private PersonalRequestReviews reviews;

    @Override
    public List<ToDo> toDosOfCaller() {
        List<ToDo> toDos = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            long pending = reviews.countPendingOfCaller(kind);
            if (pending > 0) {
                toDos.add(new ToDo("todo.requestPending." + kind.name(), pending, page(kind)));
            }
        }
        return toDos;
    }

    /** The review list of a kind. */
    public static String page(RequestKind kind) {
        return switch (kind) {
            case CERTIFICATE_VERIFICATION -> "/unit/requests/verifications.xhtml";
            case TALENT_STATISTICS -> "/unit/requests/talents.xhtml";
            case OUT_OF_PROVINCE_TITLE -> "/unit/requests/confirmations.xhtml";
        };
    }
}
