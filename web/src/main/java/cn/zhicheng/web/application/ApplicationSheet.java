package cn.zhicheng.web.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.application.FormField;
import cn.zhicheng.application.FormLabels;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;
import cn.zhicheng.shared.Label;
import cn.zhicheng.shared.Times;
import cn.zhicheng.shared.pdf.FieldGrid;
import cn.zhicheng.shared.pdf.PrintedDocument;
import cn.zhicheng.shared.pdf.TableSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The 一览表 (SPEC §3.8, issue 6 deliverable 6): the whole application as one printable document — the header facts,
 * 个人基本信息 with the photo, 社保参保信息, then every section of the form as a table of its saved entries (业绩成果
 * under the activity's titles, 评委会需求材料 with their files). Always in Chinese: it is the official form. Built
 * in the web module, where all screen labels live; the service only hands out the data of a permitted application.
 */
final class ApplicationSheet {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String FILES_SEPARATOR = "；";

    private ApplicationSheet() {
    }

    static PrintedDocument of(FormView view, String fullIdNumber, byte[] photo) {
        ResourceBundle text = ResourceBundle.getBundle(FormLabels.WEB_BUNDLE, CHINESE,
                Thread.currentThread().getContextClassLoader());
        FormView.Header h = view.header();
        PrintedDocument.Builder sheet = PrintedDocument.titled("专业技术职务任职资格申报一览表")
                .subtitle("申报系列：" + h.seriesName() + "　申报层级：" + text.getString("TitleLevel." + h.level())
                        + "　申报资格：" + h.qualificationName() + "　申报专业：" + h.specialty())
                .subtitle((h.committeeName() == null ? "评价方式：" + text.getString("ApplicationKind." + h.kind())
                        : "评委会：" + h.committeeName() + "　评审活动：" + h.activityName()));
        FieldGrid.Builder basic = FieldGrid.fourColumns(label(FormSection.BASIC.labelKey()))
                .field("姓名", h.name())
                .field("证件号码", fullIdNumber)
                .field("工作单位", h.employerName())
                .field("申报类别", text.getString("ApplicationRoute." + h.route()))
                .photo(photo);
        FormView.SectionView basicSection = view.sections().stream()
                .filter(s -> s.section() == FormSection.BASIC).findFirst().orElse(null);
        if (basicSection != null && !basicSection.entries().isEmpty()) {
            FormView.EntryView entry = basicSection.entries().get(0);
            for (FormField field : FormSection.BASIC.fields()) {
                String value = display(field, entry.value(field.key()));
                String name = ApplicationForm.fieldLabel(FormSection.BASIC, null, field.key()).text(CHINESE);
                if (field.type() == cn.zhicheng.activity.FieldType.TEXTAREA) {
                    basic.wide(name, value);
                } else {
                    basic.field(name, value);
                }
            }
        }
        sheet.section(basic);
        TableSection.Builder insurance = TableSection.of(label("section.INSURANCE"), "社保缴费单位", "社保缴费月份数",
                "本次参保日期", "参保状态").emptyText("未查询到社保参保记录");
        view.insurance().forEach(i -> insurance.row(i.unitName(), String.valueOf(i.months()),
                i.from() == null ? "" : i.from().toString(), i.active() ? "参保中" : "已停保"));
        sheet.section(insurance);
        for (FormView.SectionView section : view.sections()) {
            switch (section.section()) {
                case BASIC -> {
                    // printed above with the photo
                }
                case ACHIEVEMENT -> sheet.section(achievements(section, text));
                case MATERIAL -> sheet.section(materials(section));
                default -> sheet.section(entries(section));
            }
        }
        sheet.note("本表由职称评审信息系统根据申报人填报的信息生成。");
        sheet.footer("打印时间：" + Times.display(Times.now()));
        return sheet.build();
    }

    private static TableSection.Builder entries(FormView.SectionView section) {
        List<String> headers = new ArrayList<>();
        section.fields().forEach(f -> headers.add(ApplicationForm.fieldLabel(section.section(), null, f.key())
                .text(CHINESE)));
        boolean hasFiles = !section.files().isEmpty();
        if (hasFiles) {
            headers.add("附件");
        }
        TableSection.Builder table = TableSection.of(label(section.section().labelKey()), headers).emptyText("无");
        for (FormView.EntryView entry : section.entries()) {
            List<String> cells = new ArrayList<>();
            section.fields().forEach(f -> cells.add(display(f, entry.value(f.key()))));
            if (hasFiles) {
                cells.add(files(entry.files()));
            }
            table.row(cells);
        }
        return table;
    }

    private static TableSection.Builder achievements(FormView.SectionView section, ResourceBundle text) {
        TableSection.Builder table = TableSection.of(label(section.section().labelKey()), "业绩类型", "模板", "内容", "附件")
                .widths(2, 1.2f, 6, 2).emptyText("无");
        for (FormView.RequirementView requirement : section.requirements()) {
            for (FormView.EntryView entry : section.entries()) {
                if (entry.requirementPosition() == null || entry.requirementPosition() != requirement.position()) {
                    continue;
                }
                AchievementTemplate template = entry.template();
                String content = ApplicationForm.fieldsOf(FormSection.ACHIEVEMENT, template).stream()
                        .filter(f -> entry.value(f.key()) != null)
                        .map(f -> ApplicationForm.fieldLabel(FormSection.ACHIEVEMENT, template, f.key()).text(CHINESE)
                                + "：" + display(f, entry.value(f.key())))
                        .collect(Collectors.joining("；"));
                table.row(text.getString(requirement.titleKey()),
                        text.getString("AchievementTemplate." + template.name()), content, files(entry.files()));
            }
        }
        return table;
    }

    private static TableSection.Builder materials(FormView.SectionView section) {
        TableSection.Builder table = TableSection.of(label(section.section().labelKey()), "序号", "材料名称", "是否必填", "文件")
                .widths(1, 4, 1.2f, 6);
        section.materials().forEach(m -> table.row(String.valueOf(m.position()), m.name(), m.required() ? "是" : "否",
                files(m.files())));
        return table;
    }

    private static String files(List<FormView.FileView> files) {
        return files.stream().map(FormView.FileView::fileName).collect(Collectors.joining(FILES_SEPARATOR));
    }

    private static String display(FormField field, String value) {
        if (value == null) {
            return "endMonth".equals(field.key()) ? "至今" : "";
        }
        return field.choices() == null ? value
                : new Label(FormLabels.FIELDS_BUNDLE, "choice." + field.choices() + "." + value).text(CHINESE);
    }

    private static String label(String key) {
        return new Label(FormLabels.FIELDS_BUNDLE, key).text(CHINESE);
    }
}
