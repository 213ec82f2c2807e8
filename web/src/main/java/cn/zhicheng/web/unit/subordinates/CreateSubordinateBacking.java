package cn.zhicheng.web.unit.subordinates;

import cn.zhicheng.org.CreatedUnit;
import cn.zhicheng.org.NewSubordinate;
import cn.zhicheng.org.SubordinateUnits;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitType;
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
import java.util.Set;

/**
 * {@code /unit/subordinates/create.xhtml} (新增下级单位, SPEC §3.1.2): the wizard 1 维护基本信息 → 2 维护法人信息 →
 * 3 添加经办人员. Each step is checked before the next; HRSS units skip step 2; the last step creates the unit and its
 * super administrator and shows the log-in to hand over.
 */
@Named
@ViewScoped
public class CreateSubordinateBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int BASIC = 1;
    static final int LEGAL = 2;
    static final int HANDLER = 3;
    static final int DONE = 4;

    @EJB
    private SubordinateUnits service;

    @EJB
    private RegionDirectory regions;

    @Inject
    private UiMessages messages;

    private UnitForm form;
    private UnitOption parent;
    private UnitType type;
    private List<UnitType> types = List.of();
    private int step = BASIC;
    private CreatedUnit created;

    @PostConstruct
    void init() {
        parent = service.ownUnit();
        form = new UnitForm(regions);
        loadTypes();
    }

    private void loadTypes() {
        Set<UnitType> allowed = service.creatableTypes(parent.id());
        types = List.of(UnitType.values()).stream().filter(allowed::contains).toList();
        if (type != null && !allowed.contains(type)) {
            type = null;
        }
    }

    public List<UnitOption> completeParent(String query) {
        return service.possibleParents(query, 20);
    }

    public void parentChanged() {
        if (parent == null) {
            parent = service.ownUnit();
        }
        loadTypes();
    }

    /** 【下一步】: checks the current step; an HRSS unit goes from step 1 straight to step 3. */
    public void next() {
        try {
            if (step == BASIC) {
                form.profile();
                if (type == null) {
                    throw new BusinessException("unit.type.required");
                }
                step = type == UnitType.HRSS ? HANDLER : LEGAL;
            } else if (step == LEGAL) {
                form.legalPerson();
                step = HANDLER;
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 【上一步】: nothing entered is lost. */
    public void previous() {
        if (step == HANDLER) {
            step = type == UnitType.HRSS ? BASIC : LEGAL;
        } else if (step == LEGAL) {
            step = BASIC;
        }
    }

    /** 【完成】: creates the unit with its super administrator. */
    public void finish() {
        try {
            created = service.create(new NewSubordinate(parent.id(), type, form.profile(),
                    type == UnitType.HRSS ? null : form.legalPerson(), form.handler()));
            step = DONE;
            messages.info("unit.subordinates.created", created.unitName());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isHrss() {
        return type == UnitType.HRSS;
    }

    public UnitForm getForm() {
        return form;
    }

    public UnitOption getParent() {
        return parent;
    }

    public void setParent(UnitOption parent) {
        this.parent = parent;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public List<UnitType> getTypes() {
        return types;
    }

    public int getStep() {
        return step;
    }

    public CreatedUnit getCreated() {
        return created;
    }
}
