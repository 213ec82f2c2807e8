package cn.zhicheng.notice;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One message received by one account (已接收消息, SPEC §3.14.3): sent by a unit (message push) or by the system
 * on a workflow event (e.g. a registration approved or returned). Unread until the recipient confirms it.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = Message.FIND_RECEIVED,
        query = "select m from Message m where m.recipientId = :recipientId order by m.sentAt desc, m.id desc")
@NamedQuery(name = Message.COUNT_RECEIVED,
        query = "select count(m) from Message m where m.recipientId = :recipientId")
@NamedQuery(name = Message.COUNT_UNREAD,
        query = "select count(m) from Message m where m.recipientId = :recipientId and m.readAt is null")
public class Message {

    public static final String FIND_RECEIVED = "Message.findReceived";
    public static final String COUNT_RECEIVED = "Message.countReceived";
    public static final String COUNT_UNREAD = "Message.countUnread";
    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 2000;

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    /** The sending unit, or null for a system message. */
    @Column(name = "sender_unit_id")
    private Long senderUnitId;

    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Version
    private long version;

    protected Message() {
    }

    public Message(Long recipientId, Long senderUnitId, String senderName, String title, String body,
                   OffsetDateTime now) {
        this.recipientId = Objects.requireNonNull(recipientId);
        this.senderUnitId = senderUnitId;
        this.senderName = Objects.requireNonNull(senderName);
        this.title = requireText(title, TITLE_MAX, "message.title");
        this.body = requireText(body, BODY_MAX, "message.body");
        this.sentAt = now;
    }

    private static String requireText(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(key + ".required");
        }
        if (value.strip().length() > max) {
            throw new BusinessException(key + ".tooLong", max);
        }
        return value.strip();
    }

    /** 确认已读; confirming twice keeps the first time. */
    public void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Long getSenderUnitId() {
        return senderUnitId;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
