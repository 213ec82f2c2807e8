package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of filling in one form — an application's or the personal profile's (SPEC §3.8.4): which sections show,
 * what an entry of a section must contain (field checks plus the rules that span fields or entries: 出生日期 and 性别
 * agree with the ID number, one 第一学历 and one 最高学历, one open-ended 工作经历, one 考核 per year, a 工作经验's
 * 截止时间 not before its 考核年度, 考评结合
 * certificates carry their exam year and validity, 破格 applicants give their 破格条件), and what is still missing
 * before 提交. Works on loaded entries; the service persists.
 */
public class ApplicationForm {

    private static final int YEAR_MIN = 1950;
    private static final int YEAR_MAX = 2100;

    private final ScreenLayout layout;
    private final ApplicationKind kind;
    private final Activity activity;
    private final ApplicationRoute route;
    private final String idNumber;
    private final List<ApplicationEntry> entries;

    public ApplicationForm(ScreenLayout layout, Application application, List<ApplicationEntry> entries) {
        this(layout, application.getKind(), application.getActivity(), application.getRoute(),
                application.getIdNumber(), entries);
    }

    /** The personal profile: no activity, the sections of {@link FormSection#PROFILE}. */
    public static ApplicationForm profile(ScreenLayout layout, String idNumber, List<ApplicationEntry> entries) {
        return new ApplicationForm(layout, null, null, ApplicationRoute.NORMAL, idNumber, entries);
    }

    private ApplicationForm(ScreenLayout layout, ApplicationKind kind, Activity activity, ApplicationRoute route,
                            String idNumber, List<ApplicationEntry> entries) {
        this.layout = Objects.requireNonNull(layout);
        this.kind = kind;
        this.activity = activity;
        this.route = route;
        this.idNumber = idNumber;
        this.entries = List.copyOf(entries);
    }

    /** The sections this form shows, in the SPEC's order. */
    public List<FormSection> sections() {
        List<FormSection> shown = new ArrayList<>();
        for (FormSection section : FormSection.values()) {
            if (kind == null ? FormSection.PROFILE.contains(section) : section.shownFor(layout, kind, activity)) {
                shown.add(section);
            }
        }
        return shown;
    }

    public List<ApplicationEntry> entriesOf(FormSection section) {
        return entries.stream().filter(e -> e.getSection() == section).toList();
    }

    /** The fields an entry shows: the section's, or for 业绩成果 the chosen template's. */
    public static List<FormField> fieldsOf(FormSection section, AchievementTemplate template) {
        if (section == FormSection.ACHIEVEMENT) {
            if (template == null) {
                throw new BusinessException("application.achievement.templateRequired");
            }
            return template.fields().stream().map(FormField::of).toList();
        }
        return section.fields();
    }

    public static Label fieldLabel(FormSection section, AchievementTemplate template, String key) {
        return section == FormSection.ACHIEVEMENT ? EntryValues.label(template, key) : EntryValues.label(section, key);
    }

    /**
     * Checks a new or changed entry ({@code replacing} is the entry it replaces, or null) and returns its normalised
     * values.
     */
    public Map<String, String> check(FormSection section, AchievementTemplate template, Integer requirementPosition,
                                     Map<String, String> raw, ApplicationEntry replacing) {
        if (!sections().contains(section)) {
            throw new BusinessException("application.section.notShown", new Label(FormLabels.FIELDS_BUNDLE,
                    section.labelKey()));
        }
        if (section == FormSection.MATERIAL) {
            throw new BusinessException("application.section.filesOnly");
        }
        if (!section.isMultiple() && replacing == null && !entriesOf(section).isEmpty()) {
            throw new BusinessException("application.section.single");
        }
        if (section == FormSection.ACHIEVEMENT) {
            requireAchievementTemplate(template, requirementPosition);
        }
        Map<String, String> values = EntryValues.check(key -> fieldLabel(section, template, key),
                fieldsOf(section, template), raw);
        List<ApplicationEntry> others = entriesOf(section).stream().filter(e -> e != replacing).toList();
        switch (section) {
            case BASIC -> {
                checkAgainstIdNumber(values);
                if (!values.get("mobile").matches("1\\d{10}")) {
                    throw new BusinessException("application.basic.mobile", values.get("mobile"));
                }
            }
            case EDUCATION -> {
                requireOnly(values, others, "first", "application.education.oneFirst");
                requireOnly(values, others, "highest", "application.education.oneHighest");
            }
            case WORK -> {
                if (!values.containsKey("endMonth") && others.stream().anyMatch(e -> e.value("endMonth") == null)) {
                    throw new BusinessException("application.work.oneCurrent");
                }
            }
            case ASSESSMENT -> {
                int year = checkedYear(values);
                if (others.stream().anyMatch(e -> values.get("year").equals(e.value("year")))) {
                    throw new BusinessException("application.assessment.duplicateYear", String.valueOf(year));
                }
            }
            case EXPERIENCE, SPECIAL_EXPERIENCE -> {
                int year = checkedYear(values);
                if (LocalDate.parse(values.get("deadline")).getYear() < year) {
                    throw new BusinessException("application.experience.deadlineBeforeYear", String.valueOf(year));
                }
            }
            case EXAM_CERTIFICATE -> {
                if ("EXAM_COMBINED".equals(values.get("kind"))
                        && (!values.containsKey("examYear") || !values.containsKey("scoreValidUntil"))) {
                    throw new BusinessException("application.examCertificate.combined");
                }
            }
            case SUPPLEMENT -> {
                if (route == ApplicationRoute.EXCEPTIONAL && !values.containsKey("exceptionReason")) {
                    throw new BusinessException("application.supplement.exceptionReason");
                }
            }
            default -> {
                // field checks only
            }
        }
        return values;
    }

    /** The 考核年度 of an entry, within {@value #YEAR_MIN}–{@value #YEAR_MAX}. */
    private static int checkedYear(Map<String, String> values) {
        String yearText = values.get("year");
        int year = yearText.matches("\\d{4}") ? Integer.parseInt(yearText) : 0;
        if (year < YEAR_MIN || year > YEAR_MAX) {
            throw new BusinessException("application.assessment.year", String.valueOf(YEAR_MIN),
                    String.valueOf(YEAR_MAX));
        }
        return year;
    }

    private void requireAchievementTemplate(AchievementTemplate template, Integer requirementPosition) {
        AchievementRequirement requirement = activity.getAchievements().stream()
                .filter(r -> requirementPosition != null && r.getPosition() == requirementPosition)
                .findFirst().orElseThrow(() -> new BusinessException("application.achievement.titleRequired"));
        if (template == null || !requirement.getTemplates().contains(template)) {
            throw new BusinessException("application.achievement.templateRequired");
        }
    }

    private void checkAgainstIdNumber(Map<String, String> values) {
        if (!"RESIDENT_ID".equals(values.get("documentType")) || idNumber == null || !IdNumber.isValid(idNumber)) {
            return;
        }
        IdNumber id = IdNumber.of(idNumber);
        LocalDate birth = LocalDate.parse(values.get("birthDate"));
        if (!birth.equals(id.birthDate())) {
            throw new BusinessException("application.basic.birthDateMismatch", id.birthDate().toString());
        }
        Sex sex = "MALE".equals(values.get("sex")) ? Sex.MALE : Sex.FEMALE;
        if (sex != id.sex()) {
            throw new BusinessException("application.basic.sexMismatch");
        }
    }

    private static void requireOnly(Map<String, String> values, List<ApplicationEntry> others, String flag,
                                    String message) {
        if ("YES".equals(values.get(flag)) && others.stream().anyMatch(e -> "YES".equals(e.value(flag)))) {
            throw new BusinessException(message);
        }
    }

    /** A file may be added to this slot of this entry. */
    public static FileSlot slotOf(ApplicationEntry entry, String slotKey, Activity activity) {
        if (entry.getSection() == FormSection.MATERIAL) {
            RequiredMaterial material = materialOf(activity, entry.getRequirementPosition());
            return new FileSlot("files", material.isRequired(), material.getMaxCount(),
                    cn.zhicheng.attachment.AttachmentPurpose.GENERAL_DOCUMENT);
        }
        return entry.getSection().file(slotKey);
    }

    public static RequiredMaterial materialOf(Activity activity, Integer position) {
        if (activity == null || position == null) {
            throw new BusinessException("application.material.unknown");
        }
        return activity.getMaterials().stream().filter(m -> m.getPosition() == position).findFirst()
                .orElseThrow(() -> new BusinessException("application.material.unknown"));
    }

    /**
     * What keeps the form from being submitted (SPEC §3.8.6 "validate all required fields/materials"): sections without
     * their minimum entries, entries whose required files are missing, required 评委会需求材料 without a file. Empty
     * when complete.
     */
    public List<Label> missing() {
        List<Label> missing = new ArrayList<>();
        for (FormSection section : sections()) {
            Label name = new Label(FormLabels.FIELDS_BUNDLE, section.labelKey());
            if (section == FormSection.MATERIAL) {
                for (RequiredMaterial material : activity.getMaterials()) {
                    boolean present = entriesOf(section).stream()
                            .anyMatch(e -> Objects.equals(e.getRequirementPosition(), material.getPosition())
                                    && !e.getFiles().isEmpty());
                    if (material.isRequired() && !present) {
                        missing.add(new Label(Label.LITERAL, material.getName()));
                    }
                }
                continue;
            }
            List<ApplicationEntry> saved = entriesOf(section);
            if (saved.size() < section.minimumEntries()) {
                missing.add(name);
                continue;
            }
            for (ApplicationEntry entry : saved) {
                boolean filesMissing = section.files().stream()
                        .anyMatch(slot -> slot.required() && entry.filesIn(slot.key()).isEmpty());
                if (filesMissing) {
                    missing.add(name);
                    break;
                }
            }
            if (section == FormSection.EDUCATION && saved.stream().noneMatch(e -> "YES".equals(e.value("highest")))) {
                missing.add(new Label(FormLabels.FIELDS_BUNDLE, "missing.highestEducation"));
            }
        }
        return missing;
    }

    /** Refuses submission while anything is missing, naming all of it. */
    public void requireComplete() {
        List<Label> missing = missing();
        if (!missing.isEmpty()) {
            throw new BusinessException("application.submit.incomplete", missing);
        }
    }

    /** Entries the applicant may not change (an ended 工作经历 after an earlier application passed). */
    public static boolean lockedAfterPass(ApplicationEntry entry) {
        return entry.getSection() == FormSection.WORK && entry.value("endMonth") != null;
    }
}
