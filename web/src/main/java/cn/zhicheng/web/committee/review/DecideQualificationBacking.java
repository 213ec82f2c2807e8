package cn.zhicheng.web.committee.review;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.application.Choices;
import cn.zhicheng.application.FileSlot;
import cn.zhicheng.application.FormField;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;
import cn.zhicheng.review.QualificationDecision;
import cn.zhicheng.review.QualificationReviewView;
import cn.zhicheng.review.QualificationReviews;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.ReviewPageBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The committee's 审核 page ({@code /committee/review/decide.xhtml}, SPEC §3.9.3, §3.9.5): the applicant's form
 * read-only (the shared sections include, never editable here), 预览一览表, the opinion box and 审核通过 / 退回修改 (the
 * pop-up asks for the 个人修改提交截止时间) / 审核不通过 / 取消; 常用意见 inserted with one click and 常用意见设置 (the
 * signed-in user's texts, as on the units' review page); per-section 驳回意见 (填写 / 修改 / 删除) that the applicant
 * sees on the section. A decision goes back to the list's tab.
 */
@Named
@ViewScoped
public class DecideQualificationBacking extends ReviewPageBacking {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String FIELDS = "cn.zhicheng.application.fields";
    private static final String TEXT = "cn.zhicheng.web.i18n.text";

    @EJB
    private QualificationReviews reviews;

    private Long id;
    private QualificationReviewView review;
    private LocalDateTime deadline;
    private int activeIndex;

    public void load() {
        try {
            review = reviews.review(id);
            loadSavedOpinions();
        } catch (BusinessException e) {
            review = null;
            messages.error(e);
        }
    }

    @Override
    protected void reload() {
        load();
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

    public List<FormSection> getSections() {
        return review == null ? List.of() : review.form().sections().stream().map(s -> s.section()).toList();
    }

    public String accept() {
        return decide(QualificationDecision.ACCEPT, "review.qualification.accepted");
    }

    public void startReturn() {
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    public String returnToApplicant() {
        return decide(QualificationDecision.RETURN, "review.qualification.returned");
    }

    public String reject() {
        return decide(QualificationDecision.REJECT, "review.qualification.rejected");
    }

    private String decide(QualificationDecision decision, String doneKey) {
        try {
            reviews.decide(id, review.version(), decision, opinion,
                    deadline == null ? null : deadline.atZone(Times.ZONE).toOffsetDateTime());
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.infoOnNextPage(doneKey, review.form().header().name());
        return backOutcome();
    }

    /** 取消 and after a decision: the list of the activity, on the tab the application was on. */
    public String backOutcome() {
        return "/committee/review/qualification?faces-redirect=true&activity=" + review.activityId() + "&tab="
                + review.tab();
    }

    // ---- the read-only form (the names the sections include uses)

    public FormView getView() {
        return review == null ? null : review.form();
    }

    public List<FormField> fieldsOf(FormView.SectionView section, FormView.EntryView entry) {
        return ApplicationForm.fieldsOf(section.section(), entry.template());
    }

    public String sectionLabel(FormSection section) {
        return section == null ? "" : bundle(FIELDS).getString(section.labelKey());
    }

    public String fieldLabel(FormSection section, AchievementTemplate entryTemplate, String key) {
        return ApplicationForm.fieldLabel(section, entryTemplate, key).text(locale());
    }

    public String slotLabel(FormSection section, FileSlot slot) {
        return bundle(FIELDS).getString("file." + section.name() + "." + slot.key());
    }

    public String display(FormView.EntryView entry, FormField field) {
        String value = entry.value(field.key());
        if (value == null) {
            return "endMonth".equals(field.key()) ? bundle(TEXT).getString("application.toDate") : "";
        }
        return field.choices() == null || !Choices.of(field.choices()).contains(value) ? value
                : bundle(FIELDS).getString("choice." + field.choices() + "." + value);
    }

    public List<FormView.FileView> filesIn(FormView.EntryView entry, FileSlot slot) {
        return entry.files().stream().filter(f -> f.slot().equals(slot.key())).toList();
    }

    public List<FormView.EntryView> entriesUnder(FormView.SectionView section, int requirement) {
        return section.entries().stream()
                .filter(e -> e.requirementPosition() != null && e.requirementPosition() == requirement).toList();
    }

    public String templateLabel(AchievementTemplate t) {
        return bundle(TEXT).getString("AchievementTemplate." + t.name());
    }

    public boolean canAdd(FormView.SectionView section) {
        return false;
    }

    public String getDialogTitle() {
        return "";
    }

    public List<FormField> getDialogFields() {
        return List.of();
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? Locale.SIMPLIFIED_CHINESE : context.getViewRoot().getLocale();
    }

    private static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(name, locale(), Thread.currentThread().getContextClassLoader());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public QualificationReviewView getReview() {
        return review;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public int getActiveIndex() {
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }
}
