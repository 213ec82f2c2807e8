package cn.zhicheng.review;

import java.io.Serializable;
import java.util.List;

/**
 * A unit's multi-post configuration of one item type for the screen: its levels in order, the number a new level
 * takes, and the id under which its changes are logged (null before the first change).
 */
public record ConfigView(ReviewItemType itemType, Long configId, List<LevelView> levels, int nextNumber)
        implements Serializable {

    public boolean configured() {
        return !levels.isEmpty();
    }
}
