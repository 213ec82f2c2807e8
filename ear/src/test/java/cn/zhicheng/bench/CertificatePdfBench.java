package cn.zhicheng.bench;

import cn.zhicheng.certificate.CertificateFacts;
import cn.zhicheng.certificate.CertificatePdf;
import cn.zhicheng.certificate.CertificateSigner;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.shared.pdf.ITextPdfRenderer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast certificates are printed (issue 9, non-functional): 10,000 certificates (A4 landscape, photo, QR code,
 * WenQuanYi Micro Hei embedded as a subset) on one thread and on two; then 10,000 without photo, and 1,000 signed with
 * a generated RSA-2048 key. Prints certificates/s (wall clock), certificates per CPU-second of the rendering threads
 * (= per core, unaffected by other work on the machine), the average PDF size, the peak heap of the run (garbage not
 * yet collected included: it follows -Xmx more than the work) and the live heap after it (the shared font program and
 * the test data). Asserts nothing. {@code -Dzc.bench.certificates=N} changes the count.
 * Run: {@code ./zc bench}, or after {@code mvn install}: {@code mvn -B -q -pl ear -DskipITs test-compile exec:java
 * -Dexec.mainClass=cn.zhicheng.bench.CertificatePdfBench -Dexec.classpathScope=test}; with one argument it writes one
 * sample certificate to that path instead.
 */
public final class CertificatePdfBench {

    private static final String[] SURNAMES = {"张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "雪梅", "海燕"};
    private static final String[] EMPLOYERS = {"四川省交通勘察设计研究院有限公司", "成都市第一人民医院", "四川大学华西医院",
            "中国水利水电第七工程局有限公司", "绵阳市涪城区教育和体育局", "四川省农业科学院作物研究所",
            "中国科学院成都分院四川省科学技术研究开发中心", "攀枝花钢铁（集团）公司"};
    private static final String[][] TITLES = {{"工程技术人员", "道路与桥梁", "高级工程师", "高级（副高）"},
            {"卫生技术人员", "内科学", "主任医师", "高级（正高）"}, {"中小学教师", "数学", "一级教师", "中级"},
            {"经济专业人员", "人力资源管理", "经济师", "中级"}, {"农业技术人员", "作物育种", "农艺师", "中级"}};

    private CertificatePdfBench() {
    }

    public static void main(String[] args) throws Exception {
        String font = System.getProperty(ITextPdfRenderer.FONT_PROPERTY, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        int count = Integer.getInteger("zc.bench.certificates", 10_000);
        long loadStart = System.nanoTime();
        CertificatePdf pdfs = CertificatePdf.withFont(font);
        System.out.printf("font: %s (loaded in %d ms); %d cores%n", pdfs.fontDescription(),
                (System.nanoTime() - loadStart) / 1_000_000, Runtime.getRuntime().availableProcessors());
        byte[] photo = photo();
        if (args.length == 1) {
            Files.write(Path.of(args[0]), pdfs.certificate(facts(0, photo)));
            return;
        }
        System.out.printf("photo: 295×413 JPEG, %,d bytes%n", photo.length);
        List<CertificateFacts> withPhoto = new ArrayList<>(count);
        List<CertificateFacts> withoutPhoto = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            withPhoto.add(facts(i, photo));
            withoutPhoto.add(facts(i, null));
        }
        for (int i = 0; i < Math.min(count, 2_000); i++) {        // warm-up: the JIT compiles iText's writer
            pdfs.certificate(withPhoto.get(i));
        }
        run("photo,    1 thread ", pdfs, withPhoto, 1);
        run("photo,    2 threads", pdfs, withPhoto, 2);
        run("no photo, 1 thread ", pdfs, withoutPhoto, 1);

        Path keystore = Files.createTempFile("bench-signer", ".p12");
        try {
            keystore(keystore, "bench".toCharArray());
            CertificatePdf signing = CertificatePdf.withFont(font,
                    CertificateSigner.fromPkcs12(keystore, "bench".toCharArray(), null, null, null));
            List<CertificateFacts> signed = withPhoto.subList(0, Math.min(count, 1_000));
            for (int i = 0; i < Math.min(count, 200); i++) {
                signing.certificate(signed.get(i));
            }
            run("photo, signed (RSA-2048), 1 thread", signing, signed, 1);
        } finally {
            Files.deleteIfExists(keystore);
        }
    }

    private static void run(String label, CertificatePdf pdfs, List<CertificateFacts> certificates, int threads)
            throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    long bytes = 0;
                    for (int i = first; i < certificates.size(); i += threads) {
                        bytes += pdfs.certificate(certificates.get(i)).length;
                    }
                    return new long[] {bytes, cpu.getCurrentThreadCpuTime() - cpuStart};
                }));
            }
            long bytes = 0;
            long cpuNanos = 0;
            for (Future<long[]> part : parts) {
                long[] result = part.get();
                bytes += result[0];
                cpuNanos += result[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            int n = certificates.size();
            System.gc();
            long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            System.out.printf("%s: %,d certificates in %.2f s = %.0f/s; %.0f per CPU-second (per core); "
                            + "average %,d bytes; peak heap %,d MB (garbage included; max %,d MB), live after GC %,d MB%n",
                    label, n, seconds, n / seconds, n / (cpuNanos / 1e9), bytes / n, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, live >> 20);
        } finally {
            pool.shutdown();
        }
    }

    private static CertificateFacts facts(int i, byte[] photo) {
        String[] title = TITLES[i % TITLES.length];
        String serial = String.format("51%04d%07d", 2026, i + 1);
        String code = Long.toString(0x7A3F_19C2_55L * (i + 7) % 2_821_109_907_456L, 36).toUpperCase();
        String name = SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length] + (i % 3 == 0 ? GIVEN[(i / 7) % GIVEN.length] : "");
        return new CertificateFacts(serial, code, name, i % 2 == 0 ? "男" : "女",
                LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), String.format("510104%08d%04d", 19700101 + i % 300, i % 10_000),
                EMPLOYERS[i % EMPLOYERS.length], title[0], title[1], title[2], title[3],
                AcquisitionType.values()[i % AcquisitionType.values().length], "四川省" + title[0] + "高级职称评审委员会",
                LocalDate.of(2026, 11, 20), "川人社职〔2026〕" + (i % 90 + 10) + "号", "四川省人力资源和社会保障厅",
                LocalDate.of(2026, 11, 23), photo,
                "https://zc.sc.gov.cn/zhicheng/public/verify.xhtml?serial=" + serial + "&code=" + code);
    }

    /** A 1-inch ID photo (295×413 px, 300 dpi) with gradients and noise, JPEG quality 0.85: some 20 KB like real ones. */
    static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(295, 413, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70, 120, 190), 0, 413, new Color(40, 90, 160)));
        g.fillRect(0, 0, 295, 413);
        g.setPaint(new GradientPaint(80, 60, new Color(245, 222, 200), 220, 260, new Color(205, 170, 145)));
        g.fillOval(75, 60, 145, 180);
        g.setColor(new Color(30, 30, 40));
        g.fillRect(40, 270, 215, 150);
        g.dispose();
        Random random = new Random(9);
        for (int y = 0; y < 413; y++) {
            for (int x = 0; x < 295; x++) {
                int rgb = image.getRGB(x, y);
                int noise = random.nextInt(13) - 6;
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + noise));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + noise));
                int b = Math.max(0, Math.min(255, (rgb & 0xFF) + noise));
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void keystore(Path file, char[] password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=四川省人力资源和社会保障厅,C=CN");
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                new Date(System.currentTimeMillis() - 86_400_000L), new Date(System.currentTimeMillis() + 86_400_000L),
                subject, pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", pair.getPrivate(), password, new X509Certificate[] {certificate});
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }
}
