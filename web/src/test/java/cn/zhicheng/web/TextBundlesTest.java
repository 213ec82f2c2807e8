package cn.zhicheng.web;

import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.web.shell.MenuEntry;
import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The screen bundles are complete in every language and cover every key the facelets, the menu and the enum labels
 * use: a key that exists in one language only, or a page that names a missing key, fails the build.
 */
class TextBundlesTest {

    private static final String TEXT = "i18n/text.properties";
    private static final String TEXT_ZH_CN = "i18n/text_zh_CN.properties";
    private static final String TEXT_EN = "i18n/text_en.properties";
    private static final String FACES = "i18n/faces.properties";
    private static final String FACES_ZH_CN = "i18n/faces_zh_CN.properties";
    private static final String FACES_EN = "i18n/faces_en.properties";

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    /** A literal key: {@code text['a.b']}; computed keys such as {@code text['Role.'.concat(r)]} are not matched. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\btext\\['([^']+)'\\]");

    @Test
    void textBundlesHaveTheSameKeys() {
        Set<String> base = keys(TEXT);

        assertThat(base).isNotEmpty();
        assertThat(keys(TEXT_ZH_CN)).as(TEXT_ZH_CN).containsExactlyInAnyOrderElementsOf(base);
        assertThat(keys(TEXT_EN)).as(TEXT_EN).containsExactlyInAnyOrderElementsOf(base);
    }

    @Test
    void chineseBaseAndZhCnAreTheSameText() {
        assertThat(asMap(load(TEXT_ZH_CN))).isEqualTo(asMap(load(TEXT)));
    }

    @Test
    void facesBundlesHaveTheSameKeys() {
        Set<String> base = keys(FACES);

        assertThat(base).isNotEmpty();
        assertThat(keys(FACES_ZH_CN)).as(FACES_ZH_CN).containsExactlyInAnyOrderElementsOf(base);
        assertThat(keys(FACES_EN)).as(FACES_EN).containsExactlyInAnyOrderElementsOf(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, TEXT_ZH_CN, TEXT_EN, FACES, FACES_ZH_CN, FACES_EN})
    void everyValueIsFilledIn(String file) {
        Properties properties = load(file);
        for (String key : properties.stringPropertyNames()) {
            assertThat(properties.getProperty(key)).as(file + " " + key).isNotBlank();
        }
    }

    /** A key defined twice silently keeps the later text (two merged features once shared a key that way). */
    @ParameterizedTest
    @ValueSource(strings = {TEXT, TEXT_ZH_CN, TEXT_EN, FACES, FACES_ZH_CN, FACES_EN})
    void noKeyIsDefinedTwice(String file) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> twice = new java.util.ArrayList<>();
        Properties recorder = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            recorder.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
        assertThat(twice).as(file).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, TEXT_ZH_CN, TEXT_EN, FACES, FACES_ZH_CN, FACES_EN})
    void everyFileIsUtf8(String file) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readAllBytes();
            assertThatCode(() -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))).as(file).doesNotThrowAnyException();
        }
    }

    @Test
    void everyLiteralKeyOfTheFaceletsExists() throws IOException {
        Map<String, Set<String>> used = literalKeysInFacelets();
        Set<String> keys = keys(TEXT);

        assertThat(used).as("facelets found under " + WEBAPP.toAbsolutePath()).isNotEmpty();
        Map<String, Set<String>> missing = new TreeMap<>();
        used.forEach((key, files) -> {
            if (!keys.contains(key)) {
                missing.put(key, files);
            }
        });
        assertThat(missing).as("keys used in facelets but missing from " + TEXT).isEmpty();
    }

    @Test
    void everyMenuLabelExists() {
        Set<String> keys = keys(TEXT);

        assertThat(Arrays.stream(MenuEntry.values()).map(MenuEntry::getLabelKey)).allSatisfy(key ->
                assertThat(keys).as("menu label").contains(key));
    }

    @Test
    void everyEnumValueShownOnScreensHasALabel() {
        Set<String> keys = keys(TEXT);

        assertThat(enumKeys(Role.class)).allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(enumKeys(UnitType.class)).allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(enumKeys(HrssLevel.class)).allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(enumKeys(BatchStatus.class)).allSatisfy(key -> assertThat(keys).contains(key));
    }

    private static Stream<String> enumKeys(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(value -> type.getSimpleName() + "." + value.name());
    }

    private static Map<String, Set<String>> literalKeysInFacelets() throws IOException {
        assertThat(WEBAPP).as("run from the web module directory").isDirectory();
        Map<String, Set<String>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.computeIfAbsent(matcher.group(1), key -> new TreeSet<>())
                            .add(WEBAPP.relativize(file).toString());
                }
            }
        }
        return keys;
    }

    private static Set<String> keys(String file) {
        return load(file).stringPropertyNames();
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    private static Properties load(String file) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = TextBundlesTest.class.getResourceAsStream(file);
        assertThat(in).as(file + " on the class path").isNotNull();
        return in;
    }
}
