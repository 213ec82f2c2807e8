package cn.zhicheng.application;

import java.util.List;
import java.util.Map;

/**
 * The dropdown lists of the application form (SPEC §3.8.4 "dropdown" fields; the manuals do not list the values, these
 * are the national dictionaries' common entries). Values are codes; labels are {@code choice.LIST.CODE} in the
 * {@code fields} bundle.
 */
public final class Choices {

    public static final String YES_NO = "yesNo";
    public static final String SEX = "sex";
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String POLITICAL = "political";
    public static final String EDUCATION = "education";
    public static final String DEGREE = "degree";
    public static final String SCHOOLING = "schooling";
    public static final String TITLE_LEVEL = "titleLevel";
    public static final String ASSESSMENT = "assessment";
    public static final String EXAM_CERTIFICATE = "examCertificate";
    public static final String TEACHER_BLOCK = "teacherBlock";
    public static final String HEALTH_BLOCK = "healthBlock";
    public static final String VOCATIONAL_BLOCK = "vocationalBlock";
    public static final String RANK = "rank";
    public static final String AWARD_LEVEL = "awardLevel";
    public static final String AWARD_GRADE = "awardGrade";
    public static final String PATENT_TYPE = "patentType";
    public static final String PUBLICATION = "publication";
    /**
     * 经历类别 of HB 特殊专业技术工作经验 (SPEC §3.8.4 O2 names the dropdown but not its values): a closed list of the
     * special services the provinces credit — 援藏援疆援青, 对口支援, 基层服务, 抗疫一线, 驻村帮扶, 其他.
     */
    public static final String SPECIAL_EXPERIENCE = "specialExperience";

    private static final Map<String, List<String>> LISTS = Map.ofEntries(
            Map.entry(YES_NO, List.of("YES", "NO")),
            Map.entry(SEX, List.of("MALE", "FEMALE")),
            Map.entry(DOCUMENT_TYPE, List.of("RESIDENT_ID", "PASSPORT", "HK_MACAO", "TAIWAN", "FOREIGN_PERMIT")),
            Map.entry(POLITICAL, List.of("CPC", "CPC_PROBATION", "CYL", "DEMOCRATIC_PARTY", "INDEPENDENT", "MASSES")),
            Map.entry(EDUCATION, List.of("DOCTOR", "MASTER", "BACHELOR", "COLLEGE", "SECONDARY", "HIGH_SCHOOL")),
            Map.entry(DEGREE, List.of("DOCTOR", "MASTER", "BACHELOR", "NONE")),
            Map.entry(SCHOOLING, List.of("Y2", "Y3", "Y4", "Y5", "Y8", "OTHER")),
            Map.entry(TITLE_LEVEL, List.of("JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR", "SENIOR")),
            Map.entry(ASSESSMENT, List.of("EXCELLENT", "COMPETENT", "BASIC", "INCOMPETENT")),
            Map.entry(EXAM_CERTIFICATE, List.of("EXAM_INSTEAD", "EXAM_COMBINED", "OTHER")),
            Map.entry(TEACHER_BLOCK, List.of("BASIC", "MORAL_EDUCATION", "DEMONSTRATION", "RURAL", "MENTORING")),
            Map.entry(HEALTH_BLOCK, List.of("BASIC", "APPLICATION", "ASSISTANCE", "EPIDEMIC", "HONOURS")),
            Map.entry(VOCATIONAL_BLOCK, List.of("BASIC", "TEACHING", "PRACTICE", "COMPETITION", "MENTORING")),
            Map.entry(RANK, List.of("R1", "R2", "R3", "R4", "R5", "OTHER")),
            Map.entry(AWARD_LEVEL, List.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "OTHER")),
            Map.entry(AWARD_GRADE, List.of("SPECIAL", "FIRST", "SECOND", "THIRD", "OTHER")),
            Map.entry(PATENT_TYPE, List.of("INVENTION", "UTILITY", "DESIGN")),
            Map.entry(PUBLICATION, List.of("CORE", "GENERAL", "INTERNATIONAL", "OTHER")),
            Map.entry(SPECIAL_EXPERIENCE, List.of("BORDER_AID", "PAIRED_ASSISTANCE", "GRASSROOTS", "EPIDEMIC",
                    "VILLAGE", "OTHER")));

    private Choices() {
    }

    public static List<String> of(String list) {
        List<String> values = LISTS.get(list);
        if (values == null) {
            throw new IllegalArgumentException("no such choice list: " + list);
        }
        return values;
    }

    /** The list behind a dropdown of an achievement template (SPEC §3.7.6), by field key. */
    static String forAchievementField(String key) {
        return switch (key) {
            case "rank", "authorRank" -> RANK;
            case "awardLevel" -> AWARD_LEVEL;
            case "awardGrade" -> AWARD_GRADE;
            case "patentType" -> PATENT_TYPE;
            case "category" -> PUBLICATION;
            default -> throw new IllegalArgumentException("achievement dropdown without a list: " + key);
        };
    }
}
