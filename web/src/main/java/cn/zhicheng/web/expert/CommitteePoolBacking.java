package cn.zhicheng.web.expert;

import cn.zhicheng.expert.AdminPostLevel;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.expert.CommitteePool;
import cn.zhicheng.expert.ExpertInput;
import cn.zhicheng.expert.ExpertView;
import cn.zhicheng.expert.PoolRow;
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
import java.util.List;

/**
 * {@code /committee/experts.xhtml} (单位评委库管理, SPEC §3.6.5 step 1): the committee account's pool, searchable by
 * name; in the Hebei model 新增 and 批量新增 add experts as 待完善, who then complete their profile personally.
 */
@Named
@ViewScoped
public class CommitteePoolBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteePool pool;

    @Inject
    private UiMessages messages;

    @Inject
    private ExpertMessages expertMessages;

    @Inject
    private ExpertImportWizard importWizard;

    private CommitteeChoice committee;
    private boolean addsExperts;
    private List<String> seriesNames = List.of();
    private String name;
    private String appliedName;
    private PagedModel<PoolRow> members;
    private ExpertForm form;
    private ExpertView detail;

    /** f:viewAction. */
    public void load() {
        committee = pool.committee();
        addsExperts = pool.addsExperts();
        seriesNames = pool.seriesNames();
        members = new PagedModel<>((first, size) -> pool.list(appliedName, first, size),
                () -> pool.count(appliedName), PoolRow::memberId);
    }

    public void search() {
        appliedName = name;
    }

    public void startAdd() {
        form = ExpertForm.of(ExpertInput.blank());
        Ajax.oncomplete("PF('expertDialog').show()");
    }

    /** 确认 in the 新增 dialog. */
    public void save() {
        try {
            pool.add(form.toInput());
            messages.info("expert.committeePool.added", form.getName());
            Ajax.update("listForm");
            Ajax.oncomplete("PF('expertDialog').hide()");
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    /** 批量新增 (HB): the import wizard; imported experts are 待完善 with a sign-in. */
    public void startImport() {
        importWizard.open(committee.id());
    }

    public void closeImport() {
        importWizard.close("listForm");
    }

    public void view(PoolRow row) {
        detail = pool.view(row.memberId());
        Ajax.oncomplete("PF('detailDialog').show()");
    }

    public CommitteeChoice getCommittee() {
        return committee;
    }

    public boolean isAddsExperts() {
        return addsExperts;
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

    public PagedModel<PoolRow> getMembers() {
        return members;
    }

    public ExpertForm getForm() {
        return form;
    }

    public ExpertImportWizard getImportWizard() {
        return importWizard;
    }

    public ExpertView getDetail() {
        return detail;
    }
}
