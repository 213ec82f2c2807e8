package cn.zhicheng.web.unit.subordinates;

import cn.zhicheng.org.SubordinateRow;
import cn.zhicheng.org.SubordinateUnits;
import cn.zhicheng.org.UnitFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 下级单位信息管理 as a lazy table: every page and the count come from the database through the service. */
class SubordinateListModel extends LazyDataModel<SubordinateRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The filter in force, read at every load (the page changes it). */
    @FunctionalInterface
    interface CurrentFilter extends Serializable {
        UnitFilter get();
    }

    private final SubordinateUnits service;
    private final CurrentFilter filter;

    SubordinateListModel(SubordinateUnits service, CurrentFilter filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(service.count(filter.get()));
    }

    @Override
    public List<SubordinateRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        return service.page(filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(SubordinateRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public SubordinateRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
