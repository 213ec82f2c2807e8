package cn.zhicheng.web.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.shared.pdf.ITextPdfRenderer;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The 一览表 prints the header, the basic information with its choices as words, every section and the materials. */
class ApplicationSheetTest {

    @Test
    void printsTheWholeApplicationAsText() throws IOException {
        FormView.EntryView basic = new FormView.EntryView(1L, null, null, Map.of("documentType", "RESIDENT_ID",
                "sex", "MALE", "ethnicity", "汉族", "birthDate", "1990-01-01", "political", "MASSES",
                "mobile", "13800138000", "summary", "长期从事临床一线工作"), List.of(), false);
        FormView.EntryView education = new FormView.EntryView(2L, null, null, Map.of("startMonth", "2003-09",
                "endMonth", "2008-07", "school", "四川大学", "major", "临床医学", "schooling", "Y5",
                "education", "BACHELOR", "degree", "BACHELOR", "first", "YES", "highest", "YES"),
                List.of(new FormView.FileView(9L, "diploma", "毕业证.pdf")), false);
        FormView.EntryView work = new FormView.EntryView(3L, null, null, Map.of("startMonth", "2008-08",
                "employer", "四川省人民医院", "position", "主治医师", "witness", "王主任", "content", "心内科"),
                List.of(), false);
        FormView.EntryView paper = new FormView.EntryView(4L, AchievementTemplate.PAPER, 2, Map.of(
                "name", "急性心梗的早期识别", "publishedOn", "2020-05-01", "category", "CORE",
                "journal", "中华心血管病杂志", "journalNumber", "CN11-2148/R", "authorRank", "R1"), List.of(), false);
        FormView view = new FormView(5L, new FormView.Header("张三", "5101**********1230", "四川省人民医院",
                ApplicationKind.REVIEW, "四川省卫生系列高级职称评审委员会", "2026年度评审", 2026, "卫生技术人员",
                TitleLevel.SENIOR_DEPUTY, "临床医学", "副主任医师", ApplicationRoute.NORMAL, ApplicationStatus.SUBMITTED,
                false), List.of(
                section(FormSection.BASIC, basic, List.of(), List.of()),
                section(FormSection.EDUCATION, education, List.of(), List.of()),
                section(FormSection.WORK, work, List.of(), List.of()),
                section(FormSection.ACHIEVEMENT, paper, List.of(new FormView.RequirementView(2,
                        "AchievementTitle.PAPERS_AND_BOOKS", Set.of(AchievementTemplate.PAPER), null)), List.of()),
                section(FormSection.MATERIAL, null, List.of(), List.of(new FormView.MaterialView(1, "身份证", true, 2,
                        "pdf", 7L, List.of(new FormView.FileView(8L, "files", "身份证正反面.pdf")))))),
                List.of(new FormView.InsuranceRow("四川省人民医院", LocalDate.of(2010, 1, 1), null, 190, true)),
                List.of(), false, null, null);

        byte[] pdf = ITextPdfRenderer.withDefaultFont().render(ApplicationSheet.of(view, "510104199001011230", null));

        String text = text(pdf);
        assertThat(text).contains("专业技术职务任职资格申报一览表", "张三", "510104199001011230", "副主任医师",
                "四川省卫生系列高级职称评审委员会", "男性", "群众", "四川大学", "大学本科", "毕业证.pdf", "至今",
                "急性心梗的早期识别", "核心期刊", "第一", "身份证正反面.pdf", "参保中");
    }

    private static FormView.SectionView section(FormSection section, FormView.EntryView entry,
                                                List<FormView.RequirementView> requirements,
                                                List<FormView.MaterialView> materials) {
        return new FormView.SectionView(section, section.fields(), section.files(),
                entry == null ? List.of() : List.of(entry), List.of(), requirements, materials);
    }

    private static String text(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
        }
        return text.toString().replace(" ", "").replace("\n", "");
    }
}
