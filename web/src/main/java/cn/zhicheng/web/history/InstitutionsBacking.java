package cn.zhicheng.web.history;

import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.history.HistoryInstitutions;
import cn.zhicheng.history.InstitutionInput;
import cn.zhicheng.history.InstitutionRow;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /unit/history/institutions.xhtml} (历史评审机构管理, SPEC §3.13.6): the unit's institutions paged in the
 * database, 新增 / 编辑 in one dialog (评审机构名称, 可采集的系列, 层级, 采集单位 chosen by searching units), 删除.
 */
@Named
@ViewScoped
public class InstitutionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private HistoryInstitutions institutions;

    @EJB
    private CatalogService catalog;

    @Inject
    private UiMessages messages;

    private PagedModel<InstitutionRow> list;
    private String name;
    private String appliedName;
    private List<CatalogChoice> series = List.of();

    private Long editing;
    private String formName;
    private List<String> formSeries = new ArrayList<>();
    private List<String> formLevels = new ArrayList<>();
    private final Map<Long, String> collectors = new LinkedHashMap<>();
    private String unitQuery;
    private List<UnitOption> unitResults = List.of();

    public void load() {
        series = catalog.activeSeries();
        list = new PagedModel<>((first, size) -> institutions.list(appliedName, first, size),
                () -> institutions.count(appliedName), InstitutionRow::id);
    }

    public void search() {
        appliedName = name;
    }

    public void startAdd() {
        editing = null;
        formName = null;
        formSeries = new ArrayList<>();
        formLevels = new ArrayList<>();
        collectors.clear();
        unitQuery = null;
        unitResults = List.of();
        Ajax.oncomplete("PF('institutionDialog').show()");
    }

    public void startEdit(InstitutionRow row) {
        InstitutionRow current = institutions.get(row.id());
        editing = current.id();
        formName = current.name();
        formSeries = new ArrayList<>(current.seriesIds().stream().map(String::valueOf).toList());
        formLevels = new ArrayList<>(current.levels().stream().map(Enum::name).toList());
        collectors.clear();
        for (int i = 0; i < current.collectorIds().size(); i++) {
            collectors.put(current.collectorIds().get(i), current.collectorNames().get(i));
        }
        unitResults = List.of();
        Ajax.oncomplete("PF('institutionDialog').show()");
    }

    /** 【选择采集单位】: search units of the scope by name. */
    public void searchUnits() {
        unitResults = institutions.collectingUnits(unitQuery, 20);
    }

    public void choose(UnitOption unit) {
        collectors.put(unit.id(), unit.name());
    }

    public void unchoose(Long unitId) {
        collectors.remove(unitId);
    }

    public void save() {
        try {
            institutions.save(editing, new InstitutionInput(formName,
                    formSeries.stream().map(Long::valueOf).toList(),
                    formLevels.stream().map(TitleLevel::valueOf).toList(),
                    new ArrayList<>(collectors.keySet())));
            messages.info("history.institutions.saved", formName);
            Ajax.update("listForm");
            Ajax.oncomplete("PF('institutionDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void delete(InstitutionRow row) {
        messages.attempt(() -> institutions.delete(row.id()), "history.institutions.deleted", row.name());
    }

    public PagedModel<InstitutionRow> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<CatalogChoice> getSeries() {
        return series;
    }

    public TitleLevel[] getLevels() {
        return TitleLevel.values();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getFormName() {
        return formName;
    }

    public void setFormName(String formName) {
        this.formName = formName;
    }

    public List<String> getFormSeries() {
        return formSeries;
    }

    public void setFormSeries(List<String> formSeries) {
        this.formSeries = formSeries == null ? new ArrayList<>() : new ArrayList<>(formSeries);
    }

    public List<String> getFormLevels() {
        return formLevels;
    }

    public void setFormLevels(List<String> formLevels) {
        this.formLevels = formLevels == null ? new ArrayList<>() : new ArrayList<>(formLevels);
    }

    public List<UnitOption> getCollectors() {
        return collectors.entrySet().stream().map(e -> new UnitOption(e.getKey(), e.getValue())).toList();
    }

    public String getUnitQuery() {
        return unitQuery;
    }

    public void setUnitQuery(String unitQuery) {
        this.unitQuery = unitQuery;
    }

    public List<UnitOption> getUnitResults() {
        return unitResults;
    }
}
