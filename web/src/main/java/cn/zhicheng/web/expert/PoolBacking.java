package cn.zhicheng.web.expert;

import cn.zhicheng.expert.AdminPostLevel;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.expert.ExpertInput;
import cn.zhicheng.expert.ExpertPool;
import cn.zhicheng.expert.ExpertView;
import cn.zhicheng.expert.PoolRow;
import cn.zhicheng.expert.PoolTab;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /unit/experts/pool.xhtml?committee=ID} (专家库管理, SPEC §3.6.1–3.6.3): choose one of the unit's committees;
 * the four tabs with their counts, paged in the database; 新增 and edit in one dialog with every field; 查看详情;
 * delete a draft (confirmed); submit the checked drafts or returned experts; 批量新增 through
 * {@link ExpertImportWizard}; approve or return experts recommended by units below.
 */
@Named
@ViewScoped
public class PoolBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ExpertPool pool;

    @Inject
    private ExpertImportWizard importWizard;

    @Inject
    private UiMessages messages;

    @Inject
    private ExpertMessages expertMessages;

    private Long committee;
    private List<CommitteeChoice> committees = List.of();
    private List<String> seriesNames = List.of();
    private Map<PoolTab, Long> counts = new EnumMap<>(PoolTab.class);
    private final Map<PoolTab, PagedModel<PoolRow>> models = new EnumMap<>(PoolTab.class);
    private String name;
    private String appliedName;
    private List<PoolRow> draftSelection = new ArrayList<>();
    private List<PoolRow> returnedSelection = new ArrayList<>();
    private List<PoolRow> recommendedSelection = new ArrayList<>();
    private String recommendedReturnReason;

    private ExpertForm form;
    private Long editing;
    private ExpertView detail;


    /** The view action: committees of the unit, the chosen one (or the first), the tabs. */
    public void load() {
        committees = pool.committeesOfCaller();
        if (committee == null && !committees.isEmpty()) {
            committee = committees.get(0).id();
        }
        if (committee != null) {
            pool.requireOwnCommittee(committee);
            seriesNames = pool.seriesNames();
        }
        for (PoolTab tab : PoolTab.values()) {
            models.put(tab, new PagedModel<>((first, size) -> pool.list(committee, tab, appliedName, null, first, size),
                    () -> pool.count(committee, tab, appliedName, null), PoolRow::memberId));
        }
        refreshCounts();
    }

    private void refreshCounts() {
        counts = committee == null ? new EnumMap<>(PoolTab.class) : pool.counts(committee);
    }

    public void changeCommittee() {
        clearSelection();
        refreshCounts();
    }

    public void search() {
        appliedName = name;
        clearSelection();
    }

    // ---- single add, edit, view, delete, submit ----

    public void startAdd() {
        form = ExpertForm.of(ExpertInput.blank());
        editing = null;
        Ajax.oncomplete("PF('expertDialog').show()");
    }

    public void startEdit(PoolRow row) {
        try {
            form = ExpertForm.of(pool.draft(row.memberId()));
            editing = row.memberId();
            Ajax.oncomplete("PF('expertDialog').show()");
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    public void save() {
        try {
            if (editing == null) {
                pool.add(committee, form.toInput());
                messages.info("expert.pool.added", form.getName());
            } else {
                pool.edit(editing, form.toInput());
                messages.info("expert.pool.saved", form.getName());
            }
            refreshCounts();
            Ajax.update("poolForm");
            Ajax.oncomplete("PF('expertDialog').hide()");
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    public void view(PoolRow row) {
        detail = pool.view(row.memberId());
        Ajax.oncomplete("PF('detailDialog').show()");
    }

    public void delete(PoolRow row) {
        try {
            pool.delete(row.memberId());
            messages.info("expert.pool.deleted", row.name());
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    public void submitSelected() {
        try {
            List<Long> ids = new ArrayList<>();
            draftSelection.forEach(r -> ids.add(r.memberId()));
            returnedSelection.forEach(r -> ids.add(r.memberId()));
            int count = pool.submit(committee, ids);
            messages.info("expert.pool.submitted", count);
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    // ---- 下级单位推荐待审核专家 ----

    /** 通过 for the selected recommendations (after confirmation). */
    public void approveRecommended() {
        try {
            int count = pool.approveRecommended(committee, ids(recommendedSelection));
            messages.info("expert.recommended.approved", count);
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    /** 退回 for the selected recommendations with the reason typed above the table. */
    public void returnRecommended() {
        try {
            int count = pool.returnRecommended(committee, ids(recommendedSelection), recommendedReturnReason);
            messages.info("expert.recommended.returned", count);
            recommendedReturnReason = null;
            clearSelection();
            refreshCounts();
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    private static List<Long> ids(List<PoolRow> rows) {
        return rows.stream().map(PoolRow::memberId).toList();
    }

    // ---- 批量新增 ----

    public void startImport() {
        importWizard.open(committee);
    }

    /** 关闭 after the import: the list and the tab counts show the new drafts. */
    public void closeImport() {
        importWizard.close("poolForm");
        refreshCounts();
    }

    // ---- getters and setters ----

    public PagedModel<PoolRow> model(PoolTab tab) {
        return models.get(tab);
    }

    public PagedModel<PoolRow> getDrafts() {
        return models.get(PoolTab.DRAFTS);
    }

    public PagedModel<PoolRow> getRecommended() {
        return models.get(PoolTab.RECOMMENDED);
    }

    public PagedModel<PoolRow> getInPool() {
        return models.get(PoolTab.IN_POOL);
    }

    public PagedModel<PoolRow> getReturned() {
        return models.get(PoolTab.RETURNED);
    }

    public long count(String tab) {
        return counts.getOrDefault(PoolTab.valueOf(tab), 0L);
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public List<CommitteeChoice> getCommittees() {
        return committees;
    }

    public List<String> getSeriesNames() {
        return seriesNames;
    }

    public AdminPostLevel[] getAdminPostLevels() {
        return AdminPostLevel.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    private void clearSelection() {
        draftSelection = new ArrayList<>();
        returnedSelection = new ArrayList<>();
        recommendedSelection = new ArrayList<>();
    }

    public List<PoolRow> getDraftSelection() {
        return draftSelection;
    }

    public void setDraftSelection(List<PoolRow> selection) {
        this.draftSelection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public List<PoolRow> getReturnedSelection() {
        return returnedSelection;
    }

    public void setReturnedSelection(List<PoolRow> selection) {
        this.returnedSelection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    /** The tabs without checkboxes bind here; what they send is ignored. */
    public List<PoolRow> getRecommendedSelection() {
        return recommendedSelection;
    }

    public void setRecommendedSelection(List<PoolRow> recommendedSelection) {
        this.recommendedSelection = recommendedSelection;
    }

    public String getRecommendedReturnReason() {
        return recommendedReturnReason;
    }

    public void setRecommendedReturnReason(String recommendedReturnReason) {
        this.recommendedReturnReason = recommendedReturnReason;
    }

    public List<PoolRow> getNoSelection() {
        return new ArrayList<>();
    }

    public void setNoSelection(List<PoolRow> ignored) {
        // read-only tabs select nothing
    }

    public ExpertForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public ExpertView getDetail() {
        return detail;
    }

    public ExpertImportWizard getImportWizard() {
        return importWizard;
    }
}
