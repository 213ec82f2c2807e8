package cn.zhicheng.review;

import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One unit's multi-post review configuration for one item type (多岗审核配置, SPEC §3.3): review levels numbered 1..n
 * without gaps, each with the staff who act at it. Review runs from level 1 to level n; passing level n completes the
 * unit's step.
 * <p>
 * Rules kept here: a new level takes the next number (a duplicate or a gap is refused); deleting a level renumbers the
 * levels above it, so that the numbers stay 1..n; a level's staff are active staff of this unit who hold the type's
 * permission, and a person acts at one level only (the point of several posts is that different people look).
 * An item's {@link ReviewPosition} keeps a level number: it is read as "the first level at or after that number, else
 * the last level", so items waiting while a level is deleted move on to the level that took its place instead of
 * getting stuck.
 */
@Entity
@Table(name = "multi_post_config")
@NamedQuery(name = MultiPostConfig.FIND_BY_UNIT_AND_TYPE,
        query = "select c from MultiPostConfig c where c.unit.id = :unitId and c.itemType = :itemType")
public class MultiPostConfig {

    public static final String FIND_BY_UNIT_AND_TYPE = "MultiPostConfig.findByUnitAndType";

    @Id
    @SequenceGenerator(name = "multi_post_config_seq", sequenceName = "multi_post_config_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "multi_post_config_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 32)
    private ReviewItemType itemType;

    @OneToMany(mappedBy = "config", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ReviewLevel> levels = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected MultiPostConfig() {
    }

    public MultiPostConfig(Unit unit, ReviewItemType itemType, OffsetDateTime now) {
        this.unit = Objects.requireNonNull(unit);
        this.itemType = Objects.requireNonNull(itemType);
        if (!itemType.isReviewedBy(unit.getType())) {
            throw new BusinessException("multiPost.type.notForUnit");
        }
        this.createdAt = now;
    }

    /** True when at least one level is set; otherwise any eligible staff completes the unit's step in one action. */
    public boolean isConfigured() {
        return !levels.isEmpty();
    }

    /** The number the next new level takes. */
    public int nextNumber() {
        return levels.size() + 1;
    }

    /** 新增: a level with its staff. The number must be the next one: neither a duplicate nor a gap. */
    public ReviewLevel addLevel(int number, Set<Account> staff) {
        if (number < 1) {
            throw new BusinessException("multiPost.level.invalid");
        }
        if (findLevel(number).isPresent()) {
            throw new BusinessException("multiPost.level.duplicate", number);
        }
        if (number != nextNumber()) {
            throw new BusinessException("multiPost.level.gap", number, nextNumber());
        }
        checkStaff(number, staff);
        ReviewLevel level = new ReviewLevel(this, number, staff);
        levels.add(level);
        return level;
    }

    /** 编辑: replaces the staff of one level. */
    public ReviewLevel changeStaff(int number, Set<Account> staff) {
        ReviewLevel level = getLevel(number);
        checkStaff(number, staff);
        level.replaceStaff(staff);
        return level;
    }

    /** 删除: removes one level; the levels above it move down by one, so that the numbers stay 1..n. */
    public ReviewLevel removeLevel(int number) {
        ReviewLevel removed = getLevel(number);
        levels.remove(removed);
        levels.stream().filter(l -> l.getNumber() > number).forEach(ReviewLevel::moveDown);
        return removed;
    }

    public Optional<ReviewLevel> findLevel(int number) {
        return levels.stream().filter(l -> l.getNumber() == number).findFirst();
    }

    public ReviewLevel getLevel(int number) {
        return findLevel(number).orElseThrow(() -> new BusinessException("multiPost.level.notFound", number));
    }

    /**
     * The level that acts on an item waiting at {@code position}: the first level at or after its number, else the
     * last level (the configuration shrank while the item waited); empty when nothing is configured.
     */
    public Optional<ReviewLevel> levelAt(ReviewPosition position) {
        requireOwn(position);
        return levels.stream().filter(l -> l.getNumber() >= position.getLevel()).findFirst()
                .or(() -> levels.isEmpty() ? Optional.empty() : Optional.of(levels.get(levels.size() - 1)));
    }

    /** After a pass at {@code position}: the next level of this unit, or out of the unit after the last level. */
    public Advance advance(ReviewPosition position) {
        Optional<ReviewLevel> current = levelAt(position);
        if (current.isEmpty()) {
            return Advance.leavesUnit();
        }
        int following = current.get().getNumber() + 1;
        return findLevel(following)
                .map(l -> Advance.toLevel(position.atLevel(following)))
                .orElseGet(Advance::leavesUnit);
    }

    /** True when the account is staff of the acting level at {@code position} and still eligible. */
    public boolean mayAct(Account account, ReviewPosition position) {
        return position.isInUnit(unit.getId()) && isEligible(account, unit, itemType)
                && levelAt(position).map(l -> l.includes(account)).orElse(false);
    }

    /**
     * Whether an account may review this item type for the unit at all: active, staff of that very unit, holding the
     * type's permission there. Shared by the configuration rules and the engine.
     */
    public static boolean isEligible(Account account, Unit unit, ReviewItemType itemType) {
        return account.getStatus() == AccountStatus.ACTIVE
                && account.staffUnit().map(u -> u.equals(unit)).orElse(false)
                && account.permissions().contains(itemType.permission());
    }

    private void checkStaff(int number, Set<Account> staff) {
        if (staff == null || staff.isEmpty()) {
            throw new BusinessException("multiPost.staff.required");
        }
        for (Account account : staff) {
            if (!account.staffUnit().map(u -> u.equals(unit)).orElse(false)) {
                throw new BusinessException("multiPost.staff.otherUnit", account.getDisplayName());
            }
            if (account.getStatus() != AccountStatus.ACTIVE) {
                throw new BusinessException("multiPost.staff.inactive", account.getDisplayName());
            }
            if (!account.permissions().contains(itemType.permission())) {
                throw new BusinessException("multiPost.staff.noPermission", account.getDisplayName());
            }
            Optional<ReviewLevel> elsewhere = levels.stream()
                    .filter(l -> l.getNumber() != number && l.includes(account)).findFirst();
            if (elsewhere.isPresent()) {
                throw new BusinessException("multiPost.staff.inOtherLevel", account.getDisplayName(),
                        elsewhere.get().getNumber());
            }
        }
    }

    private void requireOwn(ReviewPosition position) {
        if (!position.isInUnit(unit.getId())) {
            throw new IllegalArgumentException(position + " is not in unit " + unit.getId());
        }
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public ReviewItemType getItemType() {
        return itemType;
    }

    public List<ReviewLevel> getLevels() {
        return Collections.unmodifiableList(levels);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
