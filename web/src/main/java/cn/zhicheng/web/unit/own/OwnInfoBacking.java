package cn.zhicheng.web.unit.own;

import cn.zhicheng.org.OwnUnit;
import cn.zhicheng.org.UnitDetails;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitRegistrations;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import cn.zhicheng.web.unit.UnitForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/own/info.xhtml} (本级单位管理 → 基本信息维护, SPEC §3.1.4): the own unit's basic information, and a
 * change of 上级单位 that waits for the new parent's approval (shown as pending meanwhile).
 */
@Named
@ViewScoped
public class OwnInfoBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private OwnUnit service;

    @EJB
    private UnitRegistrations registrations;

    @EJB
    private RegionDirectory regions;

    @Inject
    private UiMessages messages;

    private UnitDetails unit;
    private UnitForm form;
    private UnitOption newParent;

    @PostConstruct
    void load() {
        unit = service.details();
        form = new UnitForm(regions, unit);
    }

    public void save() {
        try {
            unit = service.update(form.profile());
            messages.info("unit.saved", unit.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public List<UnitOption> completeParent(String query) {
        return registrations.searchParents(query, 20);
    }

    public void requestParentChange() {
        try {
            unit = service.requestParentChange(newParent == null ? null : newParent.id());
            newParent = null;
            messages.info("unit.own.parentChange.requested", unit.requestedParentName());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public UnitDetails getUnit() {
        return unit;
    }

    public UnitForm getForm() {
        return form;
    }

    public UnitOption getNewParent() {
        return newParent;
    }

    public void setNewParent(UnitOption newParent) {
        this.newParent = newParent;
    }
}
