package cn.zhicheng.application;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.shared.BusinessException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.zhicheng.activity.FieldType.DATE;
import static cn.zhicheng.activity.FieldType.MONTH;
import static cn.zhicheng.activity.FieldType.NUMBER;
import static cn.zhicheng.activity.FieldType.TEXT;
import static cn.zhicheng.activity.FieldType.TEXTAREA;
import static cn.zhicheng.application.FormField.choice;
import static cn.zhicheng.application.FormField.optional;
import static cn.zhicheng.application.FormField.required;
import static cn.zhicheng.application.FormField.yesNo;

/**
 * The sections of the application form (SPEC §3.8.4, table of keys A–V), each defined as data: its fields, its files,
 * whether it holds one record or many, the minimum an application needs to be submitted, and when it is shown (by
 * {@code ui.profile}, 评价方式 and the activity's page switches). {@link #ACHIEVEMENT} takes its fields from the
 * activity's templates and {@link #MATERIAL} its files from the activity's 申报材料需求配置. Labels:
 * {@code section.NAME} in the {@code fields} bundle.
 */
public enum FormSection {

    /** A 个人基本信息 — name, ID number and unit come from the account and the setup. */
    BASIC(false, 1, List.of(
            optional("formerName", TEXT, 20),
            choice("documentType", true, Choices.DOCUMENT_TYPE),
            choice("sex", true, Choices.SEX),
            required("ethnicity", TEXT, 10),
            required("birthDate", DATE),
            choice("political", true, Choices.POLITICAL),
            optional("household", TEXT, 50),
            required("mobile", TEXT, 11),
            optional("workPhone", TEXT, 12),
            optional("archiveUnit", TEXT, 50),
            required("summary", TEXTAREA, 400)),
            List.of(new FileSlot("photo", true, 1, AttachmentPurpose.APPLICANT_PHOTO),
                    FileSlot.optional("insuranceProof", 1))),
    /** E 学历信息 */
    EDUCATION(true, 1, List.of(
            required("startMonth", MONTH),
            required("endMonth", MONTH),
            required("school", TEXT, 200),
            required("major", TEXT, 50),
            choice("schooling", true, Choices.SCHOOLING),
            choice("education", true, Choices.EDUCATION),
            choice("degree", true, Choices.DEGREE),
            yesNo("first"),
            yesNo("highest")),
            List.of(FileSlot.required("diploma"), FileSlot.optional("degreeCertificate", 1),
                    FileSlot.optional("chsiProof", 1))),
    /** F 资历信息 — the titles held now. */
    QUALIFICATION(true, 0, List.of(
            required("series", TEXT, 50),
            required("specialty", TEXT, 50),
            required("title", TEXT, 50),
            choice("titleLevel", true, Choices.TITLE_LEVEL),
            optional("approvalNumber", TEXT, 36),
            optional("managementNumber", TEXT, 36),
            required("obtainedOn", DATE)),
            List.of(FileSlot.required("certificate"))),
    /** G 取得职称职业技能等级情况 (SC) */
    SKILL(true, 0, List.of(
            required("name", TEXT, 50),
            required("grade", TEXT, 20),
            required("issuer", TEXT, 50),
            required("obtainedOn", DATE),
            optional("certificateNumber", TEXT, 30)),
            List.of(FileSlot.optional("certificate", 2))),
    /** H 省职业资格证书信息 (SC) */
    PROVINCIAL_CERTIFICATE(true, 0, List.of(
            required("name", TEXT, 50),
            required("certificateNumber", TEXT, 30),
            required("issuer", TEXT, 50),
            required("obtainedOn", DATE)),
            List.of(FileSlot.optional("certificate", 2))),
    /** I 以考代评 / 考评结合 certificates and 其他证书 (HB) */
    EXAM_CERTIFICATE(true, 0, List.of(
            choice("kind", true, Choices.EXAM_CERTIFICATE),
            required("series", TEXT, 50),
            required("specialty", TEXT, 50),
            required("title", TEXT, 50),
            choice("titleLevel", true, Choices.TITLE_LEVEL),
            optional("approvalNumber", TEXT, 36),
            optional("managementNumber", TEXT, 36),
            required("obtainedOn", DATE),
            optional("examYear", NUMBER, 4),
            optional("score", TEXT, 10),
            optional("scoreValidUntil", DATE, 0)),
            List.of(FileSlot.required("certificate"), FileSlot.optional("transcript", 1))),
    /** J 工作经历 — an empty end month means 至今. */
    WORK(true, 1, List.of(
            required("startMonth", MONTH),
            optional("endMonth", MONTH, 0),
            required("employer", TEXT, 100),
            required("position", TEXT, 100),
            required("witness", TEXT, 36),
            required("content", TEXTAREA, 500)),
            List.of()),
    /** K 业绩成果 — fields from the activity's achievement templates (SPEC §3.7.6). */
    ACHIEVEMENT(true, 0, List.of(), List.of(FileSlot.optional("evidence", 5))),
    /** M 社会团体任职情况 */
    SOCIETY(true, 0, List.of(
            required("organisation", TEXT, 100),
            required("post", TEXT, 50),
            required("startMonth", MONTH),
            optional("endMonth", MONTH, 0)),
            List.of(FileSlot.optional("evidence", 2))),
    /** N 继续教育 */
    CONTINUING(true, 0, List.of(
            required("startDate", DATE),
            required("endDate", DATE),
            required("content", TEXT, 100),
            required("hours", NUMBER, 4),
            required("organiser", TEXT, 100)),
            List.of(FileSlot.optional("certificate", 2))),
    /** O 考核情况 — one row per year. */
    ASSESSMENT(true, 0, List.of(
            required("year", NUMBER, 4),
            choice("grade", true, Choices.ASSESSMENT)),
            List.of(FileSlot.optional("form", 1))),
    /** O2 专业技术工作经验 (HB, dialog 新增专业技术工作经验信息, SPEC §3.8.4 O2). */
    EXPERIENCE(true, 0, List.of(
            required("year", NUMBER, 4),
            required("deadline", DATE),
            required("content", TEXTAREA, 500),
            required("remark", TEXTAREA, 500)),
            List.of()),
    /**
     * O2 特殊专业技术工作经验 (HB, dialog 新增特殊专业技术工作经验信息, SPEC §3.8.4 O2): as {@link #EXPERIENCE} with
     * 经历类别 ({@link Choices#SPECIAL_EXPERIENCE}); the HB review lists filter 特殊经历 on it.
     */
    SPECIAL_EXPERIENCE(true, 0, List.of(
            required("year", NUMBER, 4),
            choice("kind", true, Choices.SPECIAL_EXPERIENCE),
            required("deadline", DATE),
            required("content", TEXTAREA, 500),
            required("remark", TEXTAREA, 500)),
            List.of()),
    /** Q 考试信息 (经济, 统计, 审计 and other exam series) */
    EXAM(true, 0, List.of(
            required("examName", TEXT, 50),
            required("examYear", NUMBER, 4),
            optional("score", TEXT, 20),
            optional("certificateNumber", TEXT, 30)),
            List.of(FileSlot.optional("certificate", 2))),
    /** S 中小学教师信息 (activity switch) */
    PRIMARY_TEACHER(true, 0, blockFields(Choices.TEACHER_BLOCK), List.of(FileSlot.optional("evidence", 3))),
    /** T 卫生技术信息 (activity switch) */
    HEALTH(true, 0, blockFields(Choices.HEALTH_BLOCK), List.of(FileSlot.optional("evidence", 3))),
    /** U 中职教师专用页面 (activity switch) */
    VOCATIONAL_TEACHER(true, 0, blockFields(Choices.VOCATIONAL_BLOCK), List.of(FileSlot.optional("evidence", 3))),
    /** P 一览表补充信息 (HB) */
    SUPPLEMENT(false, 1, List.of(
            required("workStart", DATE),
            required("health", TEXT, 20),
            required("adminPost", TEXT, 20),
            required("currentQualification", TEXT, 50),
            required("appliedQualification", TEXT, 50),
            yesNo("introduced"),
            required("score", NUMBER, 6),
            required("scoreRank", NUMBER, 5),
            required("recommendRank", NUMBER, 5),
            required("recommendedTotal", NUMBER, 5),
            optional("professionalYears", TEXT, 50),
            optional("grassrootsYears", TEXT, 50),
            optional("exceptionReason", TEXTAREA, 200)),
            List.of()),
    /** V 评委会需求材料 — one entry per configured material, its files in slot {@code files}. */
    MATERIAL(true, 0, List.of(), List.of());

    /** The sections the personal profile keeps between years and copies into new applications (SPEC §3.8.4). */
    public static final Set<FormSection> PROFILE = EnumSet.of(BASIC, EDUCATION, QUALIFICATION, WORK, SOCIETY,
            CONTINUING, ASSESSMENT, EXAM);

    private final boolean multiple;
    private final int minimumEntries;
    private final List<FormField> fields;
    private final List<FileSlot> files;

    FormSection(boolean multiple, int minimumEntries, List<FormField> fields, List<FileSlot> files) {
        this.multiple = multiple;
        this.minimumEntries = minimumEntries;
        this.fields = fields;
        this.files = files;
    }

    private static List<FormField> blockFields(String blockList) {
        return List.of(choice("block", true, blockList),
                optional("period", TEXT, 50),
                required("content", TEXTAREA, 500),
                optional("result", TEXT, 100));
    }

    public boolean isMultiple() {
        return multiple;
    }

    /** Entries needed before submission (a single section with 1 must be saved). */
    public int minimumEntries() {
        return minimumEntries;
    }

    public List<FormField> fields() {
        return fields;
    }

    public List<FileSlot> files() {
        return files;
    }

    public FileSlot file(String key) {
        return files.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new BusinessException("application.file.slotUnknown"));
    }

    /**
     * Whether the form shows this section (SPEC §3.8.4 table): SC's sections, HB's additions (I, O2, P), the pages an
     * activity switches on, 考试信息 for exam series, 业绩成果 and 评委会需求材料 only with an activity.
     */
    public boolean shownFor(ScreenLayout layout, ApplicationKind kind, Activity activity) {
        boolean review = kind == ApplicationKind.REVIEW && activity != null;
        return switch (this) {
            case BASIC, EDUCATION, QUALIFICATION, WORK, ASSESSMENT -> true;
            case SKILL, PROVINCIAL_CERTIFICATE, CONTINUING -> layout != ScreenLayout.HB;
            case EXAM_CERTIFICATE, EXPERIENCE, SPECIAL_EXPERIENCE, SUPPLEMENT -> layout == ScreenLayout.HB;
            case SOCIETY -> kind == ApplicationKind.REVIEW;
            case EXAM -> review && activity.getEvaluationMethod() == EvaluationMethod.EXAM_AND_EXPERT;
            case ACHIEVEMENT -> review && !activity.getAchievements().isEmpty();
            case MATERIAL -> review && !activity.getMaterials().isEmpty();
            case PRIMARY_TEACHER -> review && activity.isPrimaryTeacherPage();
            case HEALTH -> review && activity.isHealthPage();
            case VOCATIONAL_TEACHER -> review && activity.isVocationalTeacherPage();
        };
    }

    /** Bundle key of the section's name. */
    public String labelKey() {
        return "section." + name();
    }

    /** Bundle key of a field's label. */
    public String fieldKey(String field) {
        return "field." + name() + "." + field;
    }
}
