package cn.zhicheng.web.unit;

import cn.zhicheng.org.UnitDetails;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitRegistrations;
import cn.zhicheng.org.UnitStatus;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.security.CurrentUser;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code /unit/registration.xhtml} (用户权限申请, SPEC §3.1.3): the registrant completes the unit's information,
 * uploads the business licence and submits to the chosen parent; after a return, edits and resubmits. Once the unit
 * is authorised the page leads to the unit home.
 */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private UnitRegistrations service;

    @EJB
    private RegionDirectory regions;

    @Inject
    private UiMessages messages;

    @Inject
    private CurrentUser currentUser;

    private UnitDetails unit;
    private UnitForm form;
    private UnitType type;
    private UnitOption parent;

    @PostConstruct
    void init() {
        if (!service.callerMustRegister()) {
            return;
        }
        show(service.ownRegistration());
        form = new UnitForm(regions, unit);
    }

    /** f:viewAction: an authorised unit has nothing to request. */
    public void load() throws IOException {
        if (unit == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            currentUser.refresh();
            external.redirect(external.getRequestContextPath() + "/unit/index.xhtml");
        }
    }

    private void show(UnitDetails details) {
        unit = details;
        type = details.type();
        parent = details.requestedParentId() == null ? null
                : new UnitOption(details.requestedParentId(), details.requestedParentName());
    }

    public List<UnitOption> completeParent(String query) {
        return service.searchParents(query, 20);
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            unit = service.uploadLicence(content, event.getFile().getFileName());
            messages.info("unit.registration.licence.uploaded", unit.licenceName());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("unit.registration.licence.failed");
        }
    }

    public void save() {
        try {
            show(service.saveRegistration(form.profile(), type, form.handler()));
            messages.info("unit.saved", unit.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void submit() {
        try {
            show(service.submit(form.profile(), type, form.handler(), parent == null ? null : parent.id()));
            messages.info("unit.registration.submitted", unit.requestedParentName());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isEditable() {
        return unit != null && unit.isEditableRegistration();
    }

    public boolean isPending() {
        return unit != null && unit.status() == UnitStatus.PENDING;
    }

    public boolean isReturned() {
        return unit != null && unit.status() == UnitStatus.RETURNED;
    }

    public List<UnitType> getTypes() {
        return EnumSet.complementOf(EnumSet.of(UnitType.HRSS)).stream().toList();
    }

    public UnitDetails getUnit() {
        return unit;
    }

    public UnitForm getForm() {
        return form;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public UnitOption getParent() {
        return parent;
    }

    public void setParent(UnitOption parent) {
        this.parent = parent;
    }
}
