package cn.zhicheng.web.catalog;

import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.LevelGroup;
import cn.zhicheng.catalog.QualificationRow;
import cn.zhicheng.catalog.RenameRow;
import cn.zhicheng.catalog.SeriesRow;
import cn.zhicheng.catalog.TitleRename;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.TitleCascade;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 职称目录管理 ({@code /unit/catalog.xhtml}, SPEC §3.16): the series list (filtered and paged in the database, retired
 * series greyed with 已停用, each with its category 申报类别), the chosen series' qualification names grouped by level,
 * dialogs to add and edit (a series: name and category, the known categories suggested; a qualification: its name),
 * 停用 after confirmation and 启用. The add-qualification dialog chooses series and level with {@code zc:titleCascade}.
 * Every action goes through {@link CatalogService}, which admits the province administrator only.
 */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String SERIES_DIALOG = "seriesDialog";
    private static final String QUALIFICATION_DIALOG = "qualificationDialog";

    @EJB
    private CatalogService catalog;

    @Inject
    private UiMessages messages;

    private String nameFilter;
    private List<RenameRow> renameHistory = List.of();
    private String renameHistoryOf;
    private PagedModel<SeriesRow> series;
    private SeriesRow selected;
    private List<LevelGroup> groups = List.of();

    /** The series dialog: null id = 新增系列, else 编辑 (更名 and / or 申报类别). */
    private Long editingSeriesId;
    private String editingSeriesName;
    private String seriesName;
    private String seriesCategory;
    private List<String> categories = List.of();

    /** The qualification dialog: null id = 新增资格名称 (with the cascade), else 更名. */
    private Long editingQualificationId;
    private String qualificationName;
    private TitleCascade cascade;

    /** f:viewAction: refuses (403) anyone but the province administrator. */
    public void load() {
        catalog.requireMaintainer();
        series = new PagedModel<>((first, size) -> catalog.listSeries(nameFilter, first, size),
                () -> catalog.countSeries(nameFilter), SeriesRow::id);
    }

    /** 查询: the lazy table reads the filter on its next load. */
    public void search() {
        // the table is updated by the button
    }

    /** 查看: the series' qualification names by level. */
    public void select(SeriesRow row) {
        selected = row;
        refreshGroups();
    }

    private void refreshGroups() {
        groups = selected == null ? List.of() : catalog.qualificationsOf(selected.id());
    }

    private void refreshSelected() {
        if (selected != null) {
            selected = catalog.seriesRow(selected.id());
            refreshGroups();
        }
    }

    public void startAddSeries() {
        editingSeriesId = null;
        editingSeriesName = null;
        seriesName = null;
        seriesCategory = null;
        categories = catalog.seriesCategories();
        Ajax.oncomplete("PF('" + SERIES_DIALOG + "').show()");
    }

    /** 更名记录 of a series. */
    public void showSeriesRenames(SeriesRow row) {
        showRenames(TitleRename.EntryType.SERIES, row.id(), row.name());
    }

    /** 更名记录 of a qualification name. */
    public void showQualificationRenames(QualificationRow row) {
        showRenames(TitleRename.EntryType.QUALIFICATION, row.id(), row.name());
    }

    private void showRenames(TitleRename.EntryType type, Long id, String name) {
        renameHistory = catalog.renameHistory(type, id);
        renameHistoryOf = name;
        Ajax.oncomplete("PF('renamesDialog').show()");
    }

    public List<RenameRow> getRenameHistory() {
        return renameHistory;
    }

    public String getRenameHistoryOf() {
        return renameHistoryOf;
    }

    public void startRenameSeries(SeriesRow row) {
        editingSeriesId = row.id();
        editingSeriesName = row.name();
        seriesName = row.name();
        seriesCategory = row.category();
        categories = catalog.seriesCategories();
        Ajax.oncomplete("PF('" + SERIES_DIALOG + "').show()");
    }

    /** 保存 in the series dialog. */
    public void saveSeries() {
        try {
            if (editingSeriesId == null) {
                catalog.addSeries(seriesName, seriesCategory);
                messages.info("catalog.done.seriesAdded", seriesName.strip());
            } else {
                catalog.editSeries(editingSeriesId, seriesName, seriesCategory);
                String name = seriesName.strip();
                if (name.equals(editingSeriesName)) {
                    messages.info("catalog.done.seriesSaved", name);
                } else {
                    messages.info("catalog.done.renamed", name);
                }
                refreshSelected();
            }
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        Ajax.update("seriesForm", "qualificationsForm", "messages");
        Ajax.oncomplete("PF('" + SERIES_DIALOG + "').hide()");
    }

    public void retireSeries(SeriesRow row) {
        act(() -> catalog.retireSeries(row.id()), "catalog.done.retired", row.name());
    }

    public void reinstateSeries(SeriesRow row) {
        act(() -> catalog.reinstateSeries(row.id()), "catalog.done.reinstated", row.name());
    }

    /** 新增资格名称: series (preset to the selected one) and level through the cascade, then the name. */
    public void startAddQualification() {
        editingQualificationId = null;
        qualificationName = null;
        cascade = TitleCascade.forNewQualification(catalog, selected == null ? null : selected.id());
        Ajax.oncomplete("PF('" + QUALIFICATION_DIALOG + "').show()");
    }

    public void startRenameQualification(QualificationRow row) {
        editingQualificationId = row.id();
        qualificationName = row.name();
        cascade = null;
        Ajax.oncomplete("PF('" + QUALIFICATION_DIALOG + "').show()");
    }

    /** 保存 in the qualification dialog. */
    public void saveQualification() {
        try {
            if (editingQualificationId == null) {
                catalog.addQualification(cascade.getSeriesId(), cascade.getLevel(), qualificationName);
                messages.info("catalog.done.qualificationAdded", qualificationName.strip());
                if (selected == null || !selected.id().equals(cascade.getSeriesId())) {
                    selected = new SeriesRow(cascade.getSeriesId(), "", null, false, 0, 0);
                }
            } else {
                catalog.renameQualification(editingQualificationId, qualificationName);
                messages.info("catalog.done.renamed", qualificationName.strip());
            }
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        refreshSelected();
        Ajax.update("seriesForm", "qualificationsForm", "messages");
        Ajax.oncomplete("PF('" + QUALIFICATION_DIALOG + "').hide()");
    }

    public void retireQualification(QualificationRow row) {
        act(() -> catalog.retireQualification(row.id()), "catalog.done.retired", row.name());
    }

    public void reinstateQualification(QualificationRow row) {
        act(() -> catalog.reinstateQualification(row.id()), "catalog.done.reinstated", row.name());
    }

    private void act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            messages.info(doneKey, name);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
        }
        refreshSelected();
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public PagedModel<SeriesRow> getSeries() {
        return series;
    }

    public SeriesRow getSelected() {
        return selected;
    }

    public List<LevelGroup> getGroups() {
        return groups;
    }

    public boolean isAddingSeries() {
        return editingSeriesId == null;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public void setSeriesName(String seriesName) {
        this.seriesName = seriesName;
    }

    public String getSeriesCategory() {
        return seriesCategory;
    }

    public void setSeriesCategory(String seriesCategory) {
        this.seriesCategory = seriesCategory;
    }

    /** The category field's suggestions: the known categories containing what was typed (all when empty). */
    public List<String> completeCategory(String typed) {
        String part = typed == null ? "" : typed.strip();
        return categories.stream().filter(c -> c.contains(part)).toList();
    }

    public boolean isAddingQualification() {
        return editingQualificationId == null;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public void setQualificationName(String qualificationName) {
        this.qualificationName = qualificationName;
    }

    public TitleCascade getCascade() {
        return cascade;
    }
}
