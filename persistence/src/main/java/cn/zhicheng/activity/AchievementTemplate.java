package cn.zhicheng.activity;

import java.util.List;

import static cn.zhicheng.activity.FieldType.DATE;
import static cn.zhicheng.activity.FieldType.DROPDOWN;
import static cn.zhicheng.activity.FieldType.TEXT;
import static cn.zhicheng.activity.FieldType.TEXTAREA;
import static cn.zhicheng.activity.FieldType.YES_NO;
import static cn.zhicheng.activity.TemplateField.optional;
import static cn.zhicheng.activity.TemplateField.required;
import static cn.zhicheng.activity.TemplateField.thousandWords;

/**
 * 模板类别 (SPEC §3.7.6): the eight entry forms an applicant fills under an achievement title, each with exactly the
 * fields of the SPEC's table, in order. Every template ends with 附件信息 (attachments), which is not a field here.
 * Labels: {@code AchievementTemplate.NAME}; dialog titles {@code AchievementTemplate.NAME.dialog}; field labels
 * {@code AchievementField.NAME.key}.
 */
public enum AchievementTemplate {
    /** 通用 — 新增业绩成果信息 */
    GENERAL(List.of(
            required("startDate", DATE),
            required("endDate", DATE),
            required("workName", TEXT),
            required("afterCurrentTitle", YES_NO),
            optional("workContent", TEXTAREA, 500),
            optional("result", TEXTAREA, 500))),
    /** 专利 — 新增专利信息 */
    PATENT(List.of(
            required("name", TEXT, 20),
            optional("patentType", DROPDOWN),
            optional("patentNumber", TEXT, 30),
            required("approvedOn", DATE),
            required("rank", DROPDOWN),
            required("grantingCountry", TEXT, 30))),
    /** 获奖/荣誉称号 — 新增获奖信息 */
    AWARD(List.of(
            required("awardName", TEXT, 50),
            optional("projectName", TEXT, 50),
            required("grantor", TEXT, 50),
            required("awardLevel", DROPDOWN),
            optional("awardGrade", DROPDOWN),
            required("awardedOn", DATE),
            optional("rank", DROPDOWN),
            optional("certificateNumber", TEXT, 30))),
    /** 论文 — 新增论文著作 */
    PAPER(List.of(
            required("name", TEXT),
            required("publishedOn", DATE),
            required("category", DROPDOWN),
            required("journal", TEXT),
            required("journalNumber", TEXT),
            required("authorRank", DROPDOWN),
            thousandWords("words"),
            optional("exchange", TEXT, 200))),
    /** 科技成果奖 — 新增科技成果奖项 */
    SCIENCE_AWARD(List.of(
            required("projectName", TEXT),
            optional("awardName", TEXT),
            required("awardedOn", DATE),
            required("awardLevel", DROPDOWN),
            optional("rank", DROPDOWN),
            optional("grantor", TEXT))),
    /** 重要专业报告 — 新增重要专业报告 */
    REPORT(List.of(
            required("name", TEXT),
            required("publishedOn", DATE),
            optional("journalOrOrganiser", TEXT),
            required("authorRank", DROPDOWN),
            optional("exchange", TEXT, 200))),
    /** 著作/译著 — 新增著作/译著信息 */
    BOOK(List.of(
            required("name", TEXT),
            required("issuedOn", DATE),
            required("category", DROPDOWN),
            optional("editionNumber", TEXT),
            required("authorRank", DROPDOWN),
            required("publisher", TEXT),
            thousandWords("words"),
            optional("exchange", TEXT, 200))),
    /** 标准/规范 — 新增标准/规范信息 */
    STANDARD(List.of(
            required("name", TEXT, 50),
            required("category", DROPDOWN),
            required("standardNumber", TEXT, 50),
            required("publishedOn", DATE),
            optional("rank", DROPDOWN)));

    private final List<TemplateField> fields;

    AchievementTemplate(List<TemplateField> fields) {
        this.fields = fields;
    }

    /** The fields in the order the dialog shows them. */
    public List<TemplateField> fields() {
        return fields;
    }
}
