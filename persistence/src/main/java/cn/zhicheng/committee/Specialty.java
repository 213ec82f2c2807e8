package cn.zhicheng.committee;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A node of a committee's specialty tree (专业树, SPEC §3.5.7): top level (no parent) directly under the committee's
 * series, or under another specialty of the same committee. 冻结 marks a specialty no longer used: it stays on existing
 * records but is not offered for new activities and applications; 解冻 re-enables it. Name uniqueness among siblings
 * is checked by the service (and the database constraint {@code specialty_sibling_name_uq}).
 */
@Entity
@Table(name = "specialty")
public class Specialty {

    public static final int NAME_MAX = 50;

    @Id
    @SequenceGenerator(name = "specialty_seq", sequenceName = "specialty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specialty_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Specialty parent;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Specialty() {
    }

    /**
     * A new, unfrozen specialty of the committee under {@code parent} (null = top level). The parent must belong to
     * the same committee and must not be frozen.
     */
    public Specialty(Committee committee, Specialty parent, String name, OffsetDateTime now) {
        this.committee = Objects.requireNonNull(committee);
        if (parent != null) {
            if (!parent.committee.equals(committee)) {
                throw new IllegalArgumentException("the parent belongs to another committee: " + parent);
            }
            if (parent.frozen) {
                throw new BusinessException("specialty.parent.frozen", parent.name);
            }
        }
        this.parent = parent;
        this.name = checkedName(name);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The stripped name, or a refusal: required, at most {@value #NAME_MAX} characters. */
    public static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("specialty.name.required");
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_MAX) {
            throw new BusinessException("specialty.name.tooLong", NAME_MAX);
        }
        return stripped;
    }

    /** 修改专业名称. Returns the former name. */
    public String rename(String newName) {
        String checked = checkedName(newName);
        if (checked.equals(name)) {
            throw new BusinessException("specialty.name.unchanged");
        }
        String former = name;
        this.name = checked;
        return former;
    }

    /** 冻结 */
    public void freeze() {
        if (frozen) {
            throw new BusinessException("specialty.alreadyFrozen", name);
        }
        this.frozen = true;
    }

    /** 解冻 */
    public void unfreeze() {
        if (!frozen) {
            throw new BusinessException("specialty.notFrozen", name);
        }
        this.frozen = false;
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Specialty getParent() {
        return parent;
    }

    /** The parent's id without loading it (null for a top-level node). */
    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public String getName() {
        return name;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Specialty other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Specialty.class.hashCode();
    }

    @Override
    public String toString() {
        return "Specialty[" + id + " " + name + (frozen ? " frozen" : "") + "]";
    }
}
