package cn.zhicheng.web.activity;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.ExceptionCondition;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.activity.ScoringItem;
import cn.zhicheng.attachment.FileKind;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The editable rows of the configuration steps (SPEC §3.7.6–§3.7.8, §3.10.2): plain form state, turned into the domain
 * rows (which validate themselves, naming the row) when a step is saved.
 */
public final class ActivityRows {

    private ActivityRows() {
    }

    /** 业绩成果需求配置 row. */
    public static class Achievement implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer position;
        private AchievementTitle title;
        private List<AchievementTemplate> templates = new ArrayList<>();
        private String requirement;

        static Achievement of(AchievementRequirement r) {
            Achievement a = new Achievement();
            a.position = r.getPosition();
            a.title = r.getTitle();
            a.templates = new ArrayList<>(r.getTemplates());
            a.requirement = r.getRequirement();
            return a;
        }

        static List<AchievementRequirement> toDomain(List<Achievement> rows) {
            List<AchievementRequirement> result = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Achievement a = rows.get(i);
                result.add(AchievementRequirement.of(i + 1, a.position, a.title,
                        a.templates == null || a.templates.isEmpty() ? EnumSet.noneOf(AchievementTemplate.class)
                                : EnumSet.copyOf(a.templates), a.requirement));
            }
            return result;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public AchievementTitle getTitle() {
            return title;
        }

        public void setTitle(AchievementTitle title) {
            this.title = title;
        }

        public List<AchievementTemplate> getTemplates() {
            return templates;
        }

        public void setTemplates(List<AchievementTemplate> templates) {
            this.templates = templates;
        }

        public String getRequirement() {
            return requirement;
        }

        public void setRequirement(String requirement) {
            this.requirement = requirement;
        }
    }

    /** 破格条件 row. */
    public static class Exception implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer position;
        private String text;
        private boolean evidenceRequired;

        static Exception of(ExceptionCondition c) {
            Exception e = new Exception();
            e.position = c.getPosition();
            e.text = c.getText();
            e.evidenceRequired = c.isEvidenceRequired();
            return e;
        }

        static List<ExceptionCondition> toDomain(List<Exception> rows) {
            List<ExceptionCondition> result = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Exception e = rows.get(i);
                result.add(ExceptionCondition.of(i + 1, e.position, e.text, e.evidenceRequired));
            }
            return result;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isEvidenceRequired() {
            return evidenceRequired;
        }

        public void setEvidenceRequired(boolean evidenceRequired) {
            this.evidenceRequired = evidenceRequired;
        }
    }

    /** 申报材料需求配置 row. */
    public static class Material implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer position;
        private String name;
        private boolean required;
        private Integer maxCount = 1;
        private List<FileKind> kinds = new ArrayList<>(List.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG));

        static Material of(RequiredMaterial m) {
            Material r = new Material();
            r.position = m.getPosition();
            r.name = m.getName();
            r.required = m.isRequired();
            r.maxCount = m.getMaxCount();
            r.kinds = new ArrayList<>(m.getFileKinds());
            return r;
        }

        static List<RequiredMaterial> toDomain(List<Material> rows) {
            List<RequiredMaterial> result = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Material m = rows.get(i);
                result.add(RequiredMaterial.of(i + 1, m.position, m.name, m.required, m.maxCount,
                        m.kinds == null || m.kinds.isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(m.kinds)));
            }
            return result;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Integer getMaxCount() {
            return maxCount;
        }

        public void setMaxCount(Integer maxCount) {
            this.maxCount = maxCount;
        }

        public List<FileKind> getKinds() {
            return kinds;
        }

        public void setKinds(List<FileKind> kinds) {
            this.kinds = kinds;
        }
    }

    /** 评分标准 row. */
    public static class Scoring implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer position;
        private String name;
        private Integer maxPoints;

        static Scoring of(ScoringItem s) {
            Scoring r = new Scoring();
            r.position = s.getPosition();
            r.name = s.getName();
            r.maxPoints = s.getMaxPoints();
            return r;
        }

        static List<ScoringItem> toDomain(List<Scoring> rows) {
            List<ScoringItem> result = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Scoring s = rows.get(i);
                result.add(ScoringItem.of(i + 1, s.position, s.name, s.maxPoints));
            }
            return result;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(Integer maxPoints) {
            this.maxPoints = maxPoints;
        }
    }

    /** The next 序号 after the rows' largest. */
    static int nextPosition(List<Integer> positions) {
        return positions.stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
    }
}
