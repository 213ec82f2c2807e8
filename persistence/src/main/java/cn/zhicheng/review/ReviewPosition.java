package cn.zhicheng.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where an item stands inside one unit's internal review sequence (SPEC §3.3): the reviewing unit and the level number
 * the item waits at. Review items (committee filings, activities, applications) embed it; the engine
 * {@code review.MultiPostReview} says who acts at a position and where the item goes next. Immutable: each step
 * replaces the value.
 */
@Embeddable
public class ReviewPosition implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "review_unit_id")
    private Long unitId;

    @Column(name = "review_level")
    private int level;

    protected ReviewPosition() {
    }

    private ReviewPosition(Long unitId, int level) {
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        if (level < 1) {
            throw new IllegalArgumentException("review levels start at 1: " + level);
        }
        this.level = level;
    }

    /** The first level of a unit: where every item enters the unit's sequence (again, after a return). */
    public static ReviewPosition firstLevelOf(Long unitId) {
        return new ReviewPosition(unitId, 1);
    }

    public static ReviewPosition of(Long unitId, int level) {
        return new ReviewPosition(unitId, level);
    }

    /** The same unit, at the given later level. */
    public ReviewPosition atLevel(int nextLevel) {
        if (nextLevel <= level) {
            throw new IllegalArgumentException("an item only moves up: " + level + " -> " + nextLevel);
        }
        return new ReviewPosition(unitId, nextLevel);
    }

    public boolean isInUnit(Long otherUnitId) {
        return unitId.equals(otherUnitId);
    }

    public boolean isFirstLevel() {
        return level == 1;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getLevel() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReviewPosition other && level == other.level
                && Objects.equals(unitId, other.unitId));
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, level);
    }

    @Override
    public String toString() {
        return "ReviewPosition[unit " + unitId + ", level " + level + "]";
    }
}
