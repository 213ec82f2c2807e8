package cn.zhicheng.org;

import java.util.List;

/**
 * A source of to-do items for the unit home page (待办事项, SPEC §3.14.4). Each capability that leaves work waiting for
 * a unit implements it as an {@code @ApplicationScoped} bean (or a {@code @Stateless} EJB exposed to CDI); the home
 * page collects every source. Counts are scoped to what the signed-in caller may act on.
 */
public interface ToDoSource {

    /** The caller's waiting items of this source; an empty list when there is nothing (or no permission). */
    List<ToDo> toDosOfCaller();
}
