package cn.zhicheng.web.unit.subordinates;

import cn.zhicheng.org.SubordinateUnits;
import cn.zhicheng.org.UnitDetails;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import cn.zhicheng.web.unit.UnitForm;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /unit/subordinates/edit.xhtml?id=…} (编辑, SPEC §3.1.2): a subordinate's basic information, legal person and
 * 经办人. A unit outside the caller's subtree is refused by the service (HTTP 403).
 */
@Named
@ViewScoped
public class EditSubordinateBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private SubordinateUnits service;

    @EJB
    private RegionDirectory regions;

    @Inject
    private UiMessages messages;

    private Long id;
    private UnitDetails unit;
    private UnitForm form;

    /** f:viewAction */
    public void load() {
        unit = service.details(id);
        form = new UnitForm(regions, unit);
    }

    public void save() {
        try {
            service.edit(unit.id(), form.profile(), unit.isHrss() ? null : form.legalPerson(), form.handler());
            unit = service.details(unit.id());
            messages.info("unit.saved", unit.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UnitDetails getUnit() {
        return unit;
    }

    public UnitForm getForm() {
        return form;
    }
}
