package cn.zhicheng.web.shell;

import cn.zhicheng.application.FormSection;
import cn.zhicheng.review.ReviewItem;
import cn.zhicheng.review.ReviewOpinion;
import cn.zhicheng.review.ReviewOpinions;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What every 审核 page of an application shares (SPEC §3.9.3): the opinion box with 常用意见 inserted with one click
 * and 常用意见设置 (the signed-in user's texts), and per-section 驳回意见 (填写 / 修改 / 删除) that the applicant sees on
 * the section. The units' and the committee's pages name where their 驳回意见 are kept and how they reload.
 */
public abstract class ReviewPageBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewOpinions opinions;

    @Inject
    protected UiMessages messages;

    protected String opinion;
    private List<ReviewOpinion> savedOpinions = List.of();
    private Long chosenOpinionId;
    private String savedOpinionText;
    private Long editingOpinionId;
    private FormSection commentSection;
    private String commentText;
    private Long editingCommentId;

    /** Reads the page's data again after a change. */
    protected abstract void reload();

    /** 填写驳回意见 on a section of the page's application. */
    protected abstract void addComment(FormSection section, String text);

    protected abstract void changeComment(Long commentId, String text);

    protected abstract void removeComment(Long commentId);

    /** The signed-in user's 常用意见, for the page's load. */
    protected void loadSavedOpinions() {
        savedOpinions = opinions.mine();
    }

    /** Runs a change, says so (or why not) and reloads the page. */
    protected boolean attempt(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            return true;
        } catch (BusinessException e) {
            messages.error(e);
            return false;
        } finally {
            reload();
        }
    }

    /** 常用意见: appends the chosen text to the opinion. */
    public void insertChosenOpinion() {
        savedOpinions.stream().filter(o -> o.getId().equals(chosenOpinionId)).findFirst().ifPresent(chosen ->
                opinion = opinion == null || opinion.isBlank() ? chosen.getText() : opinion + chosen.getText());
    }

    // 常用意见设置
    public void saveOpinionText() {
        attempt(() -> {
            if (editingOpinionId == null) {
                opinions.add(savedOpinionText);
            } else {
                opinions.edit(editingOpinionId, savedOpinionText);
            }
            savedOpinionText = null;
            editingOpinionId = null;
        }, "unit_applications.opinions.saved");
    }

    public void editOpinionText(ReviewOpinion chosen) {
        editingOpinionId = chosen.getId();
        savedOpinionText = chosen.getText();
    }

    public void deleteOpinionText(ReviewOpinion chosen) {
        attempt(() -> opinions.delete(chosen.getId()), "unit_applications.opinions.deleted");
    }

    // 驳回意见
    public void saveComment() {
        attempt(() -> {
            if (editingCommentId == null) {
                addComment(commentSection, commentText);
            } else {
                changeComment(editingCommentId, commentText);
            }
            commentText = null;
            editingCommentId = null;
        }, "unit_applications.comment.saved");
    }

    public void editComment(ReviewItem.CommentRow row) {
        editingCommentId = row.id();
        commentSection = row.section();
        commentText = row.comment();
    }

    public void deleteComment(ReviewItem.CommentRow row) {
        attempt(() -> removeComment(row.id()), "unit_applications.comment.deleted");
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public List<ReviewOpinion> getSavedOpinions() {
        return savedOpinions;
    }

    public Long getChosenOpinionId() {
        return chosenOpinionId;
    }

    public void setChosenOpinionId(Long chosenOpinionId) {
        this.chosenOpinionId = chosenOpinionId;
    }

    public String getSavedOpinionText() {
        return savedOpinionText;
    }

    public void setSavedOpinionText(String savedOpinionText) {
        this.savedOpinionText = savedOpinionText;
    }

    public FormSection getCommentSection() {
        return commentSection;
    }

    public void setCommentSection(FormSection commentSection) {
        this.commentSection = commentSection;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }
}
