package cn.zhicheng.web.review;

import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.ApplicationQuery;
import cn.zhicheng.review.ApplicationQueryRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy table over {@link ApplicationQueries}: every page and the count come from the database. The count is taken
 * once per filter (【查询】 with new filters counts again), not again on every page change: on a committee's list of
 * 40,000 matching rows the count is the larger half of a page's database time.
 */
class ApplicationQueryModel extends LazyDataModel<ApplicationQueryRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The filter in force, read at every load. */
    @FunctionalInterface
    interface CurrentQuery extends Serializable {
        ApplicationQuery get();
    }

    private final ApplicationQueries service;
    private final CurrentQuery query;
    private ApplicationQuery counted;
    private int lastCount;

    ApplicationQueryModel(ApplicationQueries service, CurrentQuery query) {
        this.service = service;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        ApplicationQuery current = query.get();
        if (!current.equals(counted)) {
            lastCount = Math.toIntExact(service.count(current));
            counted = current;
        }
        return lastCount;
    }

    /** Counts again at the next load (after a change the list itself made, e.g. 评审人员统计's 【确定】). */
    void recount() {
        counted = null;
    }

    @Override
    public List<ApplicationQueryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
        return service.page(query.get(), first, pageSize);
    }

    @Override
    public String getRowKey(ApplicationQueryRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ApplicationQueryRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
