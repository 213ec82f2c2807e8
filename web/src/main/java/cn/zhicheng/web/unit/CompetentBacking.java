package cn.zhicheng.web.unit;

import cn.zhicheng.org.CompetentDepartments;
import cn.zhicheng.org.RegionUnitRow;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 主管部门配置 ({@code /unit/competent.xhtml}, SPEC §3.4) for a 人社部门: the employer units of its region, paged and
 * filtered by name in the database, with the 主管部门 each one's applications go through (set directly, inherited from
 * a unit above, or the 主管部门 above it in the tree); 【设置主管部门】 and clearing a direct assignment.
 */
@Named
@ViewScoped
public class CompetentBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String DIALOG = "assignDialog";
    private static final String TABLE = "unitsForm:units";

    @EJB
    private CompetentDepartments service;

    @Inject
    private UiMessages messages;

    private String nameFilter;
    private LazyDataModel<RegionUnitRow> units;
    private List<UnitOption> departments = List.of();
    private RegionUnitRow editing;
    private String chosenDepartment;

    @PostConstruct
    void load() {
        departments = service.departments();
        units = new UnitModel(service, this);
    }

    /** 【查询】: the table shows page 1 of the units matching the filter (the lazy model reads the filter). */
    public void search() {
        DataTable table = Components.findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** 【设置主管部门】 for one unit: the dialog, with the unit's own 主管部门 chosen if it has one. */
    public void startAssign(RegionUnitRow row) {
        editing = row;
        chosenDepartment = row.directlyAssigned() ? String.valueOf(row.current().departmentId()) : null;
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** 【确定】 */
    public void assign() {
        if (chosenDepartment == null || chosenDepartment.isBlank()) {
            messages.error("competent.choose.required");
            return;
        }
        try {
            service.assign(editing.unitId(), Long.valueOf(chosenDepartment));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        String department = departments.stream().filter(d -> String.valueOf(d.id()).equals(chosenDepartment))
                .map(UnitOption::name).findFirst().orElse("");
        messages.info("competent.assigned", editing.name(), department);
        Ajax.update("unitsForm", "messages");
        Ajax.oncomplete("PF('" + DIALOG + "').hide()");
    }

    /** Clears the unit's own assignment, after confirmation. */
    public void clear(RegionUnitRow row) {
        try {
            service.clear(row.unitId());
            messages.info("competent.cleared", row.name());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public LazyDataModel<RegionUnitRow> getUnits() {
        return units;
    }

    public List<UnitOption> getDepartments() {
        return departments;
    }

    public RegionUnitRow getEditing() {
        return editing;
    }

    public String getChosenDepartment() {
        return chosenDepartment;
    }

    public void setChosenDepartment(String chosenDepartment) {
        this.chosenDepartment = chosenDepartment;
    }

    /** The region's employer units, one database page at a time, filtered by the page's name filter. */
    static final class UnitModel extends LazyDataModel<RegionUnitRow> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final CompetentDepartments service;
        private final CompetentBacking page;

        UnitModel(CompetentDepartments service, CompetentBacking page) {
            this.service = service;
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(service.countEmployerUnits(page.nameFilter));
        }

        @Override
        public List<RegionUnitRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return service.employerUnits(page.nameFilter, first, pageSize);
        }

        @Override
        public String getRowKey(RegionUnitRow row) {
            return String.valueOf(row.unitId());
        }

        @Override
        public RegionUnitRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.unitId()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
