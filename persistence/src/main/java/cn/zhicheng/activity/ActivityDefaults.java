package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A committee's default 业绩成果 configuration (默认配置, SPEC §3.7.6): the rows pre-filled into each new activity of
 * the committee. Keyed by the committee's id.
 */
@Entity
@Table(name = "activity_defaults")
public class ActivityDefaults {

    @Id
    @Column(name = "committee_id")
    private Long committeeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_achievement_default", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderColumn(name = "row_index")
    private List<AchievementRequirement> achievements = new ArrayList<>();

    @Version
    private long version;

    protected ActivityDefaults() {
    }

    public ActivityDefaults(Long committeeId) {
        this.committeeId = Objects.requireNonNull(committeeId);
    }

    /** Replaces the rows (may be empty: no default); 序号 unique. */
    public void replace(List<AchievementRequirement> rows) {
        Set<Integer> seen = new HashSet<>();
        for (AchievementRequirement row : rows) {
            if (!seen.add(row.getPosition())) {
                throw new BusinessException("activity.row.positionDuplicate", row.getPosition());
            }
        }
        List<AchievementRequirement> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(AchievementRequirement::getPosition));
        achievements.clear();
        achievements.addAll(sorted);
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public List<AchievementRequirement> getAchievements() {
        return List.copyOf(achievements);
    }
}
