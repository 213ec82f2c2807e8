package cn.zhicheng.web.shell;

import cn.zhicheng.audit.AuditRecord;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The flow log (流转日志) of one item as a lazy table model: every page comes from the database through the service
 * that owns the item (and checks who may see it). Used by the {@code zc:flowLog} tag.
 */
public class FlowLogModel extends LazyDataModel<AuditRecord> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Loads one page, newest first. */
    @FunctionalInterface
    public interface Page extends Serializable {
        List<AuditRecord> load(int first, int pageSize);
    }

    /** Counts all entries. */
    @FunctionalInterface
    public interface Size extends Serializable {
        long count();
    }

    private final Page page;
    private final Size size;

    public FlowLogModel(Page page, Size size) {
        this.page = page;
        this.size = size;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(size.count());
    }

    @Override
    public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(AuditRecord record) {
        return String.valueOf(record.getId());
    }

    @Override
    public AuditRecord getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
