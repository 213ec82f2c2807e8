package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;

/** One item of the 评分标准 (SPEC §3.10.2) of an activity that scores: 序号, 评分项, 最高分. */
@Embeddable
public class ScoringItem implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 50;
    public static final int POINTS_MAX = 100;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected ScoringItem() {
    }

    public static ScoringItem of(int row, Integer position, String name, Integer maxPoints) {
        if (position == null || position < 1) {
            throw new BusinessException("activity.row.position", row);
        }
        if (name == null || name.isBlank()) {
            throw new BusinessException("activity.scoring.name.required", row);
        }
        if (name.strip().length() > NAME_MAX) {
            throw new BusinessException("activity.scoring.name.tooLong", row, NAME_MAX);
        }
        if (maxPoints == null || maxPoints < 1 || maxPoints > POINTS_MAX) {
            throw new BusinessException("activity.scoring.points.range", row, POINTS_MAX);
        }
        ScoringItem result = new ScoringItem();
        result.position = position;
        result.name = name.strip();
        result.maxPoints = maxPoints;
        return result;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getMaxPoints() {
        return maxPoints;
    }
}
