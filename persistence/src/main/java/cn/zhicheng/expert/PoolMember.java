package cn.zhicheng.expert;

import cn.zhicheng.committee.Committee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An expert's place in one committee's pool (专家库): status and 评委会职务. An expert may sit in several pools.
 * The committee filing counts a committee's members here (SPEC §5 minimum sizes).
 */
@Entity
@Table(name = "pool_member")
@NamedQuery(name = PoolMember.COUNT_BY_COMMITTEE_AND_STATUS,
        query = "select count(m) from PoolMember m where m.committee = :committee and m.status in :statuses")
public class PoolMember {

    public static final String COUNT_BY_COMMITTEE_AND_STATUS = "PoolMember.countByCommitteeAndStatus";

    @Id
    @SequenceGenerator(name = "pool_member_seq", sequenceName = "pool_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_member_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id")
    private Expert expert;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PoolStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitteePost post;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected PoolMember() {
    }

    public PoolMember(Committee committee, Expert expert, CommitteePost post, OffsetDateTime now) {
        this.committee = Objects.requireNonNull(committee);
        this.expert = Objects.requireNonNull(expert);
        this.post = Objects.requireNonNull(post);
        this.status = PoolStatus.DRAFT;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Expert getExpert() {
        return expert;
    }

    public PoolStatus getStatus() {
        return status;
    }

    public CommitteePost getPost() {
        return post;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
