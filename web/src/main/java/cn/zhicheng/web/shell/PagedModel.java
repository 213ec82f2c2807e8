package cn.zhicheng.web.shell;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lazy table model over a service's paged finder pair (one page of rows, the count): the database pages and
 * filters, the backing bean holds the filter values and hands them in through the lambdas.
 *
 * @param <T> the row type, a serializable view record with an id
 */
public class PagedModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int pageSize);
    }

    @FunctionalInterface
    public interface Size extends Serializable {
        long count();
    }

    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Page<T> page;
    private final Size size;
    private final Key<T> key;

    public PagedModel(Page<T> page, Size size, Key<T> key) {
        this.page = page;
        this.size = size;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(size.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream()
                .filter(r -> Objects.equals(String.valueOf(key.of(r)), rowKey)).findFirst().orElse(null);
    }
}
