package cn.zhicheng.activity;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.SpecialtyNode;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Everything about one activity, for its editor, its review and its detail view. */
public record ActivityDetails(Long id, Long committeeId, String committeeName, String seriesName,
                              String authorisingUnitName, String contactPhone, List<String> regionNames,
                              ActivityBasics basics, Set<TitleLevel> levels, List<SpecialtyNode> specialties,
                              List<AchievementRequirement> achievements, List<ExceptionCondition> exceptionConditions,
                              String workExperienceText, String academicText, List<RequiredMaterial> materials,
                              List<ScoringItem> scoringItems, boolean scores, List<FileRef> policyFiles,
                              FileRef planDocument, int savedSteps, ActivityStatus status, String waitingUnitName,
                              int waitingLevel, String lastOpinion, OffsetDateTime submittedAt,
                              OffsetDateTime publishedAt, boolean editable, boolean complete) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isStepOpen(int step) {
        return step <= savedSteps + 1;
    }
}
