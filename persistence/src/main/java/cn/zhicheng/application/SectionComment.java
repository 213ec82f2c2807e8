package cn.zhicheng.application;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A reviewer's 驳回意见 on one section of an application (SPEC §3.9 填写/修改/删除驳回意见): the applicant sees it
 * highlighted on that section after a return.
 */
@Entity
@Table(name = "application_section_comment")
@NamedQuery(name = SectionComment.FIND_OF_APPLICATION,
        query = "select c from SectionComment c where c.applicationId = :applicationId order by c.createdAt, c.id")
public class SectionComment {

    public static final String FIND_OF_APPLICATION = "SectionComment.findOfApplication";
    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "application_comment_seq", sequenceName = "application_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_comment_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FormSection section;

    @Column(nullable = false, length = COMMENT_MAX)
    private String comment;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "unit_name", length = 200)
    private String unitName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The reviewing unit that wrote it: only that unit edits or deletes it, while the item waits there. */
    @Column(name = "unit_id")
    private Long unitId;

    /** The committee that wrote it (资格审核): only that committee edits or deletes it, while the item waits there. */
    @Column(name = "committee_id")
    private Long committeeId;

    protected SectionComment() {
    }

    public SectionComment(Long applicationId, FormSection section, String comment, String authorName,
                          String unitName, OffsetDateTime now) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new BusinessException("application.comment.required");
        }
        if (text.length() > COMMENT_MAX) {
            throw new BusinessException("application.comment.tooLong", COMMENT_MAX);
        }
        this.applicationId = Objects.requireNonNull(applicationId);
        this.section = Objects.requireNonNull(section);
        this.comment = text;
        this.authorName = Objects.requireNonNull(authorName);
        this.unitName = unitName;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A comment written by a reviewer of the unit the application waits at (SPEC §3.9.3). */
    public static SectionComment byUnit(Long applicationId, FormSection section, String comment, String authorName,
                                        Long unitId, String unitName, OffsetDateTime now) {
        SectionComment created = new SectionComment(applicationId, section, comment, authorName, unitName, now);
        created.unitId = Objects.requireNonNull(unitId);
        return created;
    }

    /** A comment written by the committee's staff during 资格审核 (SPEC §3.9.3, §3.9.5). */
    public static SectionComment byCommittee(Long applicationId, FormSection section, String comment,
                                             String authorName, Long committeeId, String committeeName,
                                             OffsetDateTime now) {
        SectionComment created = new SectionComment(applicationId, section, comment, authorName, committeeName, now);
        created.committeeId = Objects.requireNonNull(committeeId);
        return created;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    /** 修改驳回意见. */
    public void edit(String newComment, String editorName) {
        String text = newComment == null ? "" : newComment.strip();
        if (text.isEmpty()) {
            throw new BusinessException("application.comment.required");
        }
        if (text.length() > COMMENT_MAX) {
            throw new BusinessException("application.comment.tooLong", COMMENT_MAX);
        }
        this.comment = text;
        this.authorName = Objects.requireNonNull(editorName);
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public FormSection getSection() {
        return section;
    }

    public String getComment() {
        return comment;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getUnitName() {
        return unitName;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
