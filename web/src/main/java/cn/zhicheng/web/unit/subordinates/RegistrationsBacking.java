package cn.zhicheng.web.unit.subordinates;

import cn.zhicheng.org.RegistrationRow;
import cn.zhicheng.org.UnitDetails;
import cn.zhicheng.org.UnitRegistrations;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /unit/subordinates/registrations.xhtml} (下级单位注册审核, SPEC §3.1.3): registrations and changes of parent
 * addressed to the caller's unit; 预览 with the business licence; 审核通过 and 审核退回 (with a reason, after a
 * confirmation) for one row or the checked rows.
 */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private UnitRegistrations service;

    @Inject
    private UiMessages messages;

    private String name;
    private String appliedName;
    private List<RegistrationRow> selection = new ArrayList<>();
    private List<Long> returning = List.of();
    private String reason;
    private UnitDetails preview;
    private LazyDataModel<RegistrationRow> model;

    @PostConstruct
    void init() {
        service.countPending(null);
        model = new Model();
    }

    public void search() {
        appliedName = name;
        selection = new ArrayList<>();
    }

    public void preview(RegistrationRow row) {
        preview = service.pendingDetails(row.id());
        Ajax.oncomplete("PF('previewDialog').show()");
    }

    public void approve(RegistrationRow row) {
        approve(List.of(row.id()));
    }

    public void approveSelected() {
        approve(selection.stream().map(RegistrationRow::id).toList());
    }

    private void approve(List<Long> ids) {
        try {
            int count = service.approve(ids);
            messages.info("unit.registrations.approved", count);
            selection = new ArrayList<>();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Opens the reason dialog for one row. */
    public void startReturn(RegistrationRow row) {
        returning = List.of(row.id());
        reason = null;
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    /** Opens the reason dialog for the checked rows. */
    public void startReturnSelected() {
        if (selection.isEmpty()) {
            messages.error(new BusinessException("unit.review.noneSelected"));
            return;
        }
        returning = selection.stream().map(RegistrationRow::id).toList();
        reason = null;
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    public void confirmReturn() {
        try {
            int count = service.returnRequests(returning, reason);
            messages.info("unit.registrations.returned", count);
            selection = new ArrayList<>();
            Ajax.update("listForm", "messages");
            Ajax.oncomplete("PF('returnDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public int getReturningCount() {
        return returning.size();
    }

    public LazyDataModel<RegistrationRow> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<RegistrationRow> getSelection() {
        return selection;
    }

    public void setSelection(List<RegistrationRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public UnitDetails getPreview() {
        return preview;
    }

    private class Model extends LazyDataModel<RegistrationRow> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(service.countPending(appliedName));
        }

        @Override
        public List<RegistrationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return service.pending(appliedName, first, pageSize);
        }

        @Override
        public String getRowKey(RegistrationRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public RegistrationRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
