package cn.zhicheng.web.activity;

import cn.zhicheng.activity.ActivityDetails;
import cn.zhicheng.activity.PublicActivityRow;
import cn.zhicheng.activity.PublicSite;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

/** {@code /public/activity.xhtml?id=}: one published activity for anybody (SPEC §3.14.5); else 404. */
@Named
@RequestScoped
public class PublicActivityBacking {

    @EJB
    private PublicSite site;

    private Long id;
    private PublicActivityRow activity;
    private ActivityDetails details;

    public void load() throws IOException {
        try {
            activity = site.activity(id);
            details = site.activityDetails(id);
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicActivityRow getActivity() {
        return activity;
    }

    public ActivityDetails getDetails() {
        return details;
    }
}
