package cn.zhicheng.web.unit.applications;

import cn.zhicheng.review.ReviewScope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;

/** {@code /unit/applications/own.xhtml}: 本单位人员审核 (SPEC §3.9.2). */
@Named
@ViewScoped
public class OwnApplicationReviewsBacking extends ApplicationReviewListBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected ReviewScope scope() {
        return ReviewScope.OWN;
    }
}
