package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.CommitteeRow;
import cn.zhicheng.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /unit/committees/history.xhtml} (历史评委会, SPEC §3.5.5): query only, 查看详情. */
@Named
@ViewScoped
public class CommitteeHistoryBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeFilings service;

    private String name;
    private String appliedName;
    private PagedModel<CommitteeRow> model;

    @PostConstruct
    void init() {
        service.countHistorical(null);
        model = new PagedModel<>((first, size) -> service.historical(appliedName, first, size),
                () -> service.countHistorical(appliedName), CommitteeRow::id);
    }

    public void search() {
        appliedName = name;
    }

    public PagedModel<CommitteeRow> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
