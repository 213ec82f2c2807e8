package cn.zhicheng.web.unit;

import cn.zhicheng.org.HomeFacts;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.web.shell.HomeBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The unit home dashboard ({@code /unit/index.xhtml}, SPEC §3.14.4) beyond the user facts of {@link HomeBacking}:
 * 待办事项 from every {@link ToDoSource} of the application, and for 人社部门 and 主管部门 the 评审工作监督 block.
 * Committees do not exist yet (next issue): the block shows its empty state, never invented rows.
 */
@Named
@RequestScoped
public class UnitHomeBacking {

    private static final Set<UnitType> SUPERVISING = EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT);

    @Inject
    private Instance<ToDoSource> sources;

    @Inject
    private HomeBacking home;

    private List<ToDo> toDos = List.of();
    private boolean supervising;

    @PostConstruct
    void load() {
        List<ToDo> collected = new ArrayList<>();
        for (ToDoSource source : sources) {
            collected.addAll(source.toDosOfCaller());
        }
        collected.removeIf(toDo -> toDo.count() <= 0);
        collected.sort(Comparator.comparing(ToDo::labelKey));
        toDos = List.copyOf(collected);
        HomeFacts facts = home.getFacts();
        supervising = facts.unitType() != null && SUPERVISING.contains(facts.unitType());
    }

    public List<ToDo> getToDos() {
        return toDos;
    }

    /** True for 人社部门 and 主管部门, whose home shows the 评审工作监督 block. */
    public boolean isSupervising() {
        return supervising;
    }

    /**
     * Committees formed by the caller's unit with their activities (评审工作监督). Empty until the committee capability
     * exists; the page then shows "尚无本单位组建的评审委员会".
     */
    public List<SupervisedCommittee> getSupervisedCommittees() {
        return List.of();
    }

    /** One line of the 评审工作监督 table (SPEC §3.14.4). */
    public record SupervisedCommittee(String committeeName, String region, String filingStatusKey,
                                      String filingValidUntil, String activityStatusKey) implements Serializable {
    }
}
