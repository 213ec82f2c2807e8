package cn.zhicheng.web.unit;

import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.CommitteeRow;
import cn.zhicheng.committee.FilingStatus;
import cn.zhicheng.org.HomeFacts;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.web.shell.HomeBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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
 * The block lists the committees the unit formed with their filing state; activities come with the activity issue.
 */
@Named
@RequestScoped
public class UnitHomeBacking {

    private static final Set<UnitType> SUPERVISING = EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT);
    /** The block is a summary: the first committees by name; the full list is 评委会备案申报. */
    private static final int SUPERVISED_SHOWN = 50;

    @Inject
    private Instance<ToDoSource> sources;

    @Inject
    private HomeBacking home;

    @EJB
    private CommitteeFilings committees;

    @EJB
    private UnitPermissions permissions;

    private List<ToDo> toDos = List.of();
    private boolean supervising;
    private List<SupervisedCommittee> supervised = List.of();
    private long committeeTotal;
    private long committeesFiled;

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
        if (supervising && permissions.callerHas(Permission.COMMITTEE_FILING)) {
            committeeTotal = committees.countOwn(null);
            List<CommitteeRow> rows = committees.own(null, 0, SUPERVISED_SHOWN);
            supervised = rows.stream().map(UnitHomeBacking::supervised).toList();
            committeesFiled = rows.stream().filter(UnitHomeBacking::isValidlyFiled).count();
        }
    }

    private static boolean isValidlyFiled(CommitteeRow row) {
        return row.status() == FilingStatus.FILED && !row.expired();
    }

    private static SupervisedCommittee supervised(CommitteeRow row) {
        String validity = row.validFrom() == null || row.validUntil() == null ? ""
                : row.validFrom() + "至" + row.validUntil();
        return new SupervisedCommittee(row.name(), null,
                row.expired() ? "home.supervision.expired" : "FilingStatus." + row.status().name(), validity,
                "home.supervision.activity.none");
    }

    public List<ToDo> getToDos() {
        return toDos;
    }

    /** True for 人社部门 and 主管部门, whose home shows the 评审工作监督 block. */
    public boolean isSupervising() {
        return supervising;
    }

    /** Committees formed by the caller's unit (评审工作监督); empty when none or without the filing function. */
    public List<SupervisedCommittee> getSupervisedCommittees() {
        return supervised;
    }

    /** 评审委员会总数 */
    public long getCommitteeTotal() {
        return committeeTotal;
    }

    /** 已备案总数 (filed and not expired; counted over the committees shown) */
    public long getCommitteesFiled() {
        return committeesFiled;
    }

    /** 未备案总数 */
    public long getCommitteesNotFiled() {
        return committeeTotal - committeesFiled;
    }

    /** One line of the 评审工作监督 table (SPEC §3.14.4). */
    public record SupervisedCommittee(String committeeName, String region, String filingStatusKey,
                                      String filingValidUntil, String activityStatusKey) implements Serializable {
    }
}
