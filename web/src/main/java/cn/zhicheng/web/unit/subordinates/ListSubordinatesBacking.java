package cn.zhicheng.web.unit.subordinates;

import cn.zhicheng.org.SubordinateUnits;
import cn.zhicheng.org.UnitFilter;
import cn.zhicheng.org.UnitStatus;
import cn.zhicheng.org.UnitType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import cn.zhicheng.org.SubordinateRow;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/subordinates/list.xhtml} (下级单位信息管理): filters 单位名称 / 单位类型 / 状态, the lazy table of the
 * caller's subordinate units, xlsx export. View parameters {@code name} and {@code page} open a filtered page directly.
 */
@Named
@ViewScoped
public class ListSubordinatesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int ROWS = 10;

    @EJB
    private SubordinateUnits service;

    private String name;
    private UnitType type;
    private UnitStatus status;
    private Integer page;
    private int first;
    private UnitFilter filter = UnitFilter.NONE;
    private LazyDataModel<SubordinateRow> model;

    @PostConstruct
    void init() {
        model = new SubordinateListModel(service, () -> filter);
    }

    /** f:viewAction: applies the view parameters (checks the permission before anything renders). */
    public void load() {
        service.ownUnit();
        filter = new UnitFilter(name, type, status);
        first = page == null || page < 1 ? 0 : (page - 1) * ROWS;
    }

    public void search() {
        filter = new UnitFilter(name, type, status);
        first = 0;
    }

    public void reset() {
        name = null;
        type = null;
        status = null;
        search();
    }

    public List<UnitType> getTypes() {
        return List.of(UnitType.values());
    }

    public List<UnitStatus> getStatuses() {
        return List.of(UnitStatus.values());
    }

    public LazyDataModel<SubordinateRow> getModel() {
        return model;
    }

    public int getRows() {
        return ROWS;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public void setStatus(UnitStatus status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
