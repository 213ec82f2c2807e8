package cn.zhicheng.web.unit.applications;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.review.ApplicationReviews;
import cn.zhicheng.review.ReviewDecision;
import cn.zhicheng.review.ReviewItem;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.application.ApplicationFormBacking;
import cn.zhicheng.web.shell.ReviewPageBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.List;

/**
 * {@code /unit/applications/review.xhtml} (SPEC §3.9.3, §3.9.4): the applicant's form read-only (the shared sections
 * include through {@link ApplicationFormBacking#showReadOnly}), the 一览表, 查看经办流程, the opinion with 常用意见 and
 * 常用意见设置, per-section 驳回意见, the employer's files, 是否委托评审, and 审核通过 / 退回修改 (node choice) / 审核不通过.
 */
@Named
@ViewScoped
public class ApplicationReviewBacking extends ReviewPageBacking {

    @Serial
    private static final long serialVersionUID = 1L;
    /** The return-node choice meaning "the applicant". */
    public static final String TO_APPLICANT = "applicant";

    @EJB
    private ApplicationReviews reviews;

    @Inject
    private ApplicationFormBacking form;

    private Long id;
    private boolean flow;
    private ReviewItem item;
    private List<AuditRecord> flowLog = List.of();
    private String returnNode = TO_APPLICANT;
    private Boolean entrust;
    private Long entrustLetterId;
    private String entrustLetterName;
    private boolean decided;

    /** View action. */
    public void load() {
        try {
            reload();
        } catch (BusinessException e) {
            item = null;
            messages.error(e);
        }
    }

    @Override
    protected void reload() {
        item = reviews.item(id);
        form.showReadOnly(item.form());
        flowLog = reviews.flowLog(id);
        loadSavedOpinions();
    }

    public void pass() {
        decided = attempt(() -> reviews.pass(new ReviewDecision(id, item.version(), opinion, null, entrust,
                entrustLetterId)), "unit_applications.passed");
    }

    public void returnBack() {
        Long unitId = returnNode == null || TO_APPLICANT.equals(returnNode) ? null : Long.valueOf(returnNode);
        decided = attempt(() -> reviews.returnBack(ReviewDecision.of(id, item.version(), opinion)
                .returningTo(unitId)), "unit_applications.returned");
    }

    public void reject() {
        decided = attempt(() -> reviews.reject(ReviewDecision.of(id, item.version(), opinion)),
                "unit_applications.rejected");
    }

    /** 审核待定 (Hebei): sets the application aside at this unit with the opinion as a note. */
    public void park() {
        attempt(() -> reviews.park(ReviewDecision.of(id, item.version(), opinion)), "unit_applications.parked");
    }

    @Override
    protected void addComment(FormSection section, String text) {
        reviews.addComment(id, section, text);
    }

    @Override
    protected void changeComment(Long commentId, String text) {
        reviews.editComment(commentId, text);
    }

    @Override
    protected void removeComment(Long commentId) {
        reviews.deleteComment(commentId);
    }

    // files
    public void uploadEmployerFile(FileUploadEvent event) {
        Application.EmployerFile kind = Application.EmployerFile.valueOf(
                (String) event.getComponent().getAttributes().get("kind"));
        try (InputStream content = event.getFile().getInputStream()) {
            reviews.attachEmployerFile(id, item.version(), kind, content, event.getFile().getFileName());
            messages.info("unit_applications.file.uploaded", event.getFile().getFileName());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("application.file.failed");
        }
        reload();
    }

    public void uploadEntrustLetter(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            entrustLetterId = reviews.uploadEntrustLetter(id, content, event.getFile().getFileName());
            entrustLetterName = event.getFile().getFileName();
            messages.info("unit_applications.file.uploaded", entrustLetterName);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("application.file.failed");
        }
    }

    public String sectionLabel(FormSection section) {
        return form.sectionLabel(section);
    }

    public List<FormSection> getSections() {
        return item == null ? List.of() : item.form().sections().stream().map(s -> s.section()).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFlow() {
        return flow;
    }

    public void setFlow(boolean flow) {
        this.flow = flow;
    }

    public ReviewItem getItem() {
        return item;
    }

    public boolean isDecided() {
        return decided;
    }

    public List<AuditRecord> getFlowLog() {
        return flowLog;
    }

    public String getReturnNode() {
        return returnNode;
    }

    public void setReturnNode(String returnNode) {
        this.returnNode = returnNode;
    }

    public Boolean getEntrust() {
        return entrust;
    }

    public void setEntrust(Boolean entrust) {
        this.entrust = entrust;
    }

    public String getEntrustLetterName() {
        return entrustLetterName;
    }

}
