package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;

import cn.zhicheng.shared.Label;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the form screen (and the 一览表) shows of one application or of the personal profile (then
 * {@code applicationId} is null): the header from the account and the setup, the sections with their saved entries
 * and the reviewers' comments on them, the social-insurance periods, what is still missing and the deadline.
 */
public record FormView(Long applicationId, Header header, List<SectionView> sections, List<InsuranceRow> insurance,
                       List<Label> missing, boolean editable, OffsetDateTime deadline, String lastOpinion)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public record Header(String name, String maskedIdNumber, String employerName, ApplicationKind kind,
                         String committeeName, String activityName, int year, String seriesName, TitleLevel level,
                         String specialty, String qualificationName, ApplicationRoute route, ApplicationStatus status,
                         boolean needsEntrust) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * One section: its fields and file slots, the saved entries, the reviewers' comments; for 业绩成果 the activity's
     * achievement titles and for 评委会需求材料 its materials.
     */
    public record SectionView(FormSection section, List<FormField> fields, List<FileSlot> files,
                              List<EntryView> entries, List<CommentView> comments,
                              List<RequirementView> requirements, List<MaterialView> materials)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean isCommented() {
            return !comments.isEmpty();
        }
    }

    public record EntryView(Long id, AchievementTemplate template, Integer requirementPosition,
                            Map<String, String> values, List<FileView> files, boolean locked)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public String value(String key) {
            return values.get(key);
        }
    }

    public record FileView(Long attachmentId, String slot, String fileName) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record CommentView(String comment, String author, String unitName, OffsetDateTime at)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** An achievement title the activity asks for (展示标题), its allowed templates and requirement text. */
    public record RequirementView(int position, String titleKey, Set<AchievementTemplate> templates,
                                  String requirement) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A 评委会需求材料 item with the files uploaded for it. */
    public record MaterialView(int position, String name, boolean required, int maxCount, String kinds,
                               Long entryId, List<FileView> files) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record InsuranceRow(String unitName, LocalDate from, LocalDate to, long months, boolean active)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
