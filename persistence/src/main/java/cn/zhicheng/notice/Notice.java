package cn.zhicheng.notice;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A published notice on the public home page (通知公告, SPEC §3.14.1, §3.14.5). So far only system-generated: a
 * published review activity posts one of type 通知公告 that links to the activity (SPEC §3.7.10). Notice management
 * (草稿, 撤销, editing) comes with its own capability.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_type", nullable = false, length = 24)
    private NoticeType type;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "publisher_name", nullable = false, length = 100)
    private String publisherName;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected Notice() {
    }

    public Notice(NoticeType type, String title, String body, String publisherName, Long activityId,
                  OffsetDateTime publishedAt) {
        if (title == null || title.isBlank()) {
            throw new BusinessException("notice.title.required");
        }
        this.type = Objects.requireNonNull(type);
        this.title = cut(title.strip(), TITLE_MAX);
        this.body = cut(body == null ? "" : body.strip(), BODY_MAX);
        this.publisherName = cut(Objects.requireNonNull(publisherName), 100);
        this.activityId = activityId;
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public NoticeType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getPublisherName() {
        return publisherName;
    }

    public Long getActivityId() {
        return activityId;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
