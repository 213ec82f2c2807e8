package cn.zhicheng.bench;

import cn.zhicheng.shared.pdf.FieldGrid;
import cn.zhicheng.shared.pdf.ITextPdfRenderer;
import cn.zhicheng.shared.pdf.PdfRenderer;
import cn.zhicheng.shared.pdf.PrintedDocument;
import cn.zhicheng.shared.pdf.TableSection;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast the PDF renderer prints an application 一览表 (issue 6 deliverable 6): 500 typical sheets (photo, basic
 * information, four tables, a long text; two pages) with the font of {@code zc.pdf.font} (default WenQuanYi Micro Hei,
 * embedded as a subset), on one thread and on two, and 500 one-page documents of certificate size on one thread.
 * Prints documents/s and the average size; asserts nothing.
 * Run: {@code mvn -B -q -pl ear -DskipITs test-compile exec:java -Dexec.mainClass=cn.zhicheng.bench.PdfRenderBench
 * -Dexec.classpathScope=test} (after {@code mvn install}), or {@code ./zc bench}.
 */
public final class PdfRenderBench {

    private static final int DOCUMENTS = 500;
    /** Passes over all documents before measuring, so the JIT has compiled iText's layout code. */
    private static final int WARM_UP_PASSES = 2;
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"};

    private PdfRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            // write one sample sheet, to look at it: ... -Dexec.args=/tmp/sheet.pdf
            java.nio.file.Files.write(java.nio.file.Path.of(args[0]),
                    ITextPdfRenderer.withDefaultFont().render(sheet(0, photo())));
            return;
        }
        String font = System.getProperty(ITextPdfRenderer.FONT_PROPERTY, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        long loadStart = System.nanoTime();
        ITextPdfRenderer renderer = ITextPdfRenderer.withFont(font);
        System.out.printf("font: %s (loaded in %d ms)%n", renderer.fontDescription(),
                (System.nanoTime() - loadStart) / 1_000_000);
        byte[] photo = photo();
        List<PrintedDocument> documents = new ArrayList<>();
        List<PrintedDocument> onePagers = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(sheet(i, photo));
            onePagers.add(onePage(i, photo));
        }
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (int i = 0; i < DOCUMENTS; i++) {
                renderer.render(documents.get(i));
                renderer.render(onePagers.get(i));
            }
        }
        run("一览表, 2 pages, 1 thread ", renderer, documents, 1);
        run("一览表, 2 pages, 2 threads", renderer, documents, 2);
        run("one page,       1 thread ", renderer, onePagers, 1);
    }

    private static void run(String label, PdfRenderer renderer, List<PrintedDocument> documents, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i = first; i < documents.size(); i += threads) {
                        bytes += renderer.render(documents.get(i)).length;
                    }
                    return bytes;
                }));
            }
            long bytes = 0;
            for (Future<Long> part : parts) {
                bytes += part.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d documents in %.2f s = %.1f documents/s, average %,d bytes%n", label,
                    documents.size(), seconds, documents.size() / seconds, bytes / documents.size());
        } finally {
            pool.shutdown();
        }
    }

    private static PrintedDocument sheet(int i, byte[] photo) {
        String name = NAMES[i % NAMES.length] + (i / NAMES.length);
        TableSection.Builder work = TableSection.of("工作经历", "起止时间", "工作单位", "职务").widths(2, 4, 1.5f);
        TableSection.Builder results = TableSection.of("业绩成果", "序号", "成果名称", "取得时间", "本人角色")
                .widths(0.6f, 4, 1.4f, 1.2f);
        TableSection.Builder training = TableSection.of("继续教育", "年度", "学时", "内容").widths(1, 1, 4);
        TableSection.Builder appraisals = TableSection.of("考核情况", "年度", "结果");
        for (int k = 0; k < 4 + i % 3; k++) {
            work.row((2008 + 3 * k) + "-07 至 " + (2011 + 3 * k) + "-06", "四川省交通勘察设计研究院第" + (k + 1) + "分院",
                    k < 2 ? "助理工程师" : "工程师");
        }
        for (int k = 1; k <= 8 + i % 5; k++) {
            results.row(String.valueOf(k), "高速公路沥青路面结构长期性能研究（课题编号 SC-" + (2015 + k) + "-" + i + "）",
                    (2015 + k) + "-09", k % 2 == 0 ? "主持" : "参与");
        }
        for (int year = 2021; year <= 2025; year++) {
            training.row(String.valueOf(year), String.valueOf(90 + year % 7), "公需科目与专业科目：数字经济、工程质量管理");
            appraisals.row(String.valueOf(year), year % 3 == 0 ? "优秀" : "合格");
        }
        return PrintedDocument.titled("专业技术职务任职资格评审申报一览表")
                .subtitle("申报系列：工程系列　申报专业：道路与桥梁　申报资格：高级工程师")
                .subtitle("申报单位：四川省交通勘察设计研究院")
                .section(FieldGrid.fourColumns("基本信息")
                        .field("姓名", name).field("性别", i % 2 == 0 ? "男" : "女")
                        .field("出生日期", "1985-04-12").field("身份证号", "51010219850412" + String.format("%04d", i))
                        .field("最高学历", "研究生").field("毕业院校", "西南交通大学")
                        .field("现任职称", "工程师").field("取得时间", "2016-12-20")
                        .wide("工作单位", "四川省交通勘察设计研究院")
                        .photo(photo))
                .section(work)
                .section(results)
                .section(FieldGrid.twoColumns("专业技术工作总结")
                        .wide("总结", "本人自参加工作以来，长期从事高速公路路基路面设计与科研工作，".repeat(12)))
                .section(training)
                .section(appraisals)
                .note("本表由系统根据申报材料生成，申报人对所填内容的真实性负责。")
                .footer("打印时间：2026-11-23 09:30:00")
                .build();
    }

    /** A one-page document (photo grid and a short table), the size of a certificate or a short form. */
    private static PrintedDocument onePage(int i, byte[] photo) {
        return PrintedDocument.titled("专业技术职务任职资格证书")
                .section(FieldGrid.fourColumns("")
                        .field("姓名", NAMES[i % NAMES.length] + (i / NAMES.length)).field("性别", i % 2 == 0 ? "男" : "女")
                        .field("身份证号", "51010219850412" + String.format("%04d", i)).field("资格名称", "高级工程师")
                        .field("专业", "道路与桥梁").field("批准时间", "2026-11-20")
                        .wide("评审机构", "四川省工程技术人员高级职称评审委员会")
                        .wide("证书编号", "51-2026-" + String.format("%06d", i))
                        .photo(photo))
                .footer("发证机关：四川省人力资源和社会保障厅")
                .build();
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(295, 413, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 110, 180));
        g.fillRect(0, 0, 295, 413);
        g.setColor(new Color(240, 220, 200));
        g.fillOval(75, 60, 145, 180);
        g.fillRect(40, 260, 215, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
