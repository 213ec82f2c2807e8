package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeAccounts;
import cn.zhicheng.committee.OperatorRow;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /committee/accounts.xhtml} (评委会账号管理, SPEC §3.5.6): the committee's operators; 新增 (姓名, 有效证件号码),
 * 编辑, 禁用 / 启用, 注销 (after a confirmation).
 */
@Named
@ViewScoped
public class CommitteeAccountsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeAccounts service;

    @Inject
    private UiMessages messages;

    private PagedModel<OperatorRow> model;
    private Long editingId;
    private String name;
    private String idNumber;

    @PostConstruct
    void init() {
        service.countOperators();
        model = new PagedModel<>(service::operators, service::countOperators, OperatorRow::id);
    }

    public void startCreate() {
        editingId = null;
        name = null;
        idNumber = null;
        Ajax.oncomplete("PF('operatorDialog').show()");
    }

    public void startEdit(OperatorRow row) {
        editingId = row.id();
        name = row.name();
        idNumber = row.maskedIdNumber();
        Ajax.oncomplete("PF('operatorDialog').show()");
    }

    public void save() {
        try {
            if (editingId == null) {
                String login = service.create(name, idNumber);
                messages.info("committee.accounts.created", name, login);
            } else {
                service.rename(editingId, name);
                messages.info("committee.accounts.saved", name);
            }
            Ajax.update("listForm", "messages");
            Ajax.oncomplete("PF('operatorDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void disable(OperatorRow row) {
        act(() -> service.disable(row.id()), "committee.accounts.disabled", row);
    }

    public void enable(OperatorRow row) {
        act(() -> service.enable(row.id()), "committee.accounts.enabled", row);
    }

    public void retire(OperatorRow row) {
        act(() -> service.retire(row.id()), "committee.accounts.retired", row);
    }

    private void act(Runnable action, String doneKey, OperatorRow row) {
        try {
            action.run();
            messages.info(doneKey, row.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public PagedModel<OperatorRow> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
