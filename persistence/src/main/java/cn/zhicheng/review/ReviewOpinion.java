package cn.zhicheng.review;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One of a reviewer's 常用意见 (SPEC §3.9.3, §4.3): a saved text the reviewer inserts into an opinion. */
@Entity
@Table(name = "review_opinion")
@NamedQuery(name = ReviewOpinion.FIND_OF_ACCOUNT,
        query = "select o from ReviewOpinion o where o.accountId = :accountId order by o.id")
public class ReviewOpinion {

    public static final String FIND_OF_ACCOUNT = "ReviewOpinion.findOfAccount";
    public static final int TEXT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "review_opinion_seq", sequenceName = "review_opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_opinion_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ReviewOpinion() {
    }

    public ReviewOpinion(Long accountId, String text, OffsetDateTime now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.text = clean(text);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void edit(String newText) {
        this.text = clean(newText);
    }

    public boolean isOwnedBy(Long otherAccountId) {
        return accountId.equals(otherAccountId);
    }

    private static String clean(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new BusinessException("review.opinion.textRequired");
        }
        if (value.length() > TEXT_MAX) {
            throw new BusinessException("review.opinion.textTooLong", TEXT_MAX);
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
