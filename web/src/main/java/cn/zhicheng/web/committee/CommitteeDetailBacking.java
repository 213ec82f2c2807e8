package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeDetails;
import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.PoolMemberRow;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /unit/committees/detail.xhtml?id=}: every filing field, the pool and the filing history (SPEC §3.5.1). */
@Named
@ViewScoped
public class CommitteeDetailBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeFilings service;

    private Long id;
    private CommitteeDetails committee;
    private FlowLogModel history;
    private PagedModel<PoolMemberRow> pool;

    /** f:viewAction: loads the committee (403 when the caller's unit may not see it). */
    public void load() {
        committee = service.details(id);
        Long committeeId = id;
        history = new FlowLogModel((first, size) -> service.history(committeeId, first, size),
                () -> service.historySize(committeeId));
        pool = new PagedModel<>((first, size) -> service.poolMembers(committeeId, first, size),
                () -> service.countPoolMembers(committeeId), PoolMemberRow::id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CommitteeDetails getCommittee() {
        return committee;
    }

    public FlowLogModel getHistory() {
        return history;
    }

    public PagedModel<PoolMemberRow> getPool() {
        return pool;
    }
}
