package cn.zhicheng.review;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an item goes after a step in a unit (SPEC §3.3): to a later level of the same unit, or out of the unit. Leaving
 * means "the unit's step is done" after a pass at the last level, or "the sequence ends" after a return or rejection;
 * the calling workflow decides where the item goes from there (the next unit, the committee, back to the applicant).
 */
public final class Advance implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ReviewPosition next;

    private Advance(ReviewPosition next) {
        this.next = next;
    }

    public static Advance toLevel(ReviewPosition next) {
        return new Advance(Objects.requireNonNull(next));
    }

    public static Advance leavesUnit() {
        return new Advance(null);
    }

    public boolean isLeavingUnit() {
        return next == null;
    }

    /** The next position in the same unit; empty when the item leaves the unit. */
    public Optional<ReviewPosition> next() {
        return Optional.ofNullable(next);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Advance other && Objects.equals(next, other.next));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(next);
    }

    @Override
    public String toString() {
        return next == null ? "Advance[leaves unit]" : "Advance[" + next + "]";
    }
}
