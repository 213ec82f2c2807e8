package cn.zhicheng.shared;

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
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The shared errors bundle is complete in every language and covers every key the code throws. */
class ErrorBundlesTest {

    private static final List<String> FILES =
            List.of("errors.properties", "errors_zh_CN.properties", "errors_en.properties");

    /** Keys thrown by the value objects of {@code cn.zhicheng.org}; the source scan below must find them too. */
    private static final List<String> VALUE_OBJECT_KEYS = List.of(
            "idNumber.required", "idNumber.length", "idNumber.format", "idNumber.birthDate", "idNumber.checksum",
            "creditCode.required", "creditCode.length", "creditCode.charset", "creditCode.division",
            "creditCode.checksum",
            "password.tooShort", "password.tooLong", "password.classes", "password.containsLogin",
            "password.initial");

    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Pattern THROWN_KEY = Pattern.compile("new BusinessException\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_CONSTANT =
            Pattern.compile("static final String \\w+ = \"([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+)\";");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyKeyIsInAllThreeFiles() {
        Set<String> base = load("errors.properties").stringPropertyNames();

        assertThat(base).isNotEmpty();
        for (String file : FILES) {
            assertThat(load(file).stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(base);
        }
    }

    @Test
    void everyFileStartsWithTheRules() throws IOException {
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(file).startsWith("# RULES:");
            }
        }
    }

    @Test
    void everyMessageIsAMessageFormatPatternUsingTheSameArgumentsInEveryLanguage() {
        Properties base = load("errors.properties");
        for (String file : FILES) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                assertThat(pattern).as(file + " " + key).isNotBlank();
                assertThatCode(() -> new MessageFormat(pattern)).as(file + " " + key).doesNotThrowAnyException();
                assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as(file + " " + key + ": write '' for '").isFalse();
                assertThat(arguments(pattern)).as(file + " " + key).isEqualTo(arguments(base.getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyTheValueObjectsUseExists() {
        Set<String> keys = load("errors.properties").stringPropertyNames();

        assertThat(keys).containsAll(VALUE_OBJECT_KEYS);
    }

    @Test
    void everyKeyTheSourcesThrowOrDeclareExists() throws IOException {
        Set<String> used = keysInSources();
        Set<String> keys = load("errors.properties").stringPropertyNames();

        assertThat(used).containsAll(VALUE_OBJECT_KEYS);
        assertThat(keys).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors.properties", "errors_zh_CN.properties", "errors_en.properties"})
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
    void formatsInTheUsersLanguageWithChineseAsTheDefault() {
        assertThat(ErrorMessages.format(Locale.SIMPLIFIED_CHINESE, "idNumber.checksum", 'X'))
                .isEqualTo("身份证号码校验位错误，应为 X，请核对号码是否填写正确。");
        assertThat(ErrorMessages.format(Locale.ENGLISH, "idNumber.checksum", 'X'))
                .startsWith("The ID number's check character is wrong; it should be X.");
        assertThat(ErrorMessages.format(Locale.FRENCH, "creditCode.charset", 'I', 16))
                .isEqualTo("统一社会信用代码第 16 位的字符“I”无效：只能使用数字和大写字母，且不含 I、O、Z、S、V。");
        assertThat(new BusinessException("creditCode.length", 17).getLocalizedMessage(Locale.US))
                .isEqualTo("A unified social credit code has 18 characters; you entered 17.");
    }

    @Test
    void everyEnglishMessageFormatsWithoutLeftoverSyntax() {
        Properties english = load("errors_en.properties");
        for (String key : english.stringPropertyNames()) {
            String formatted = ErrorMessages.format(Locale.ENGLISH, key, "A", 1, "B", 2);
            assertThat(formatted).as(key).doesNotContain("{", "}", "''");
        }
    }

    private static Set<String> keysInSources() throws IOException {
        assertThat(MAIN_SOURCES).as("run from the persistence module directory").isDirectory();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(THROWN_KEY.matcher(source), keys);
                if (source.contains("BusinessException")) {
                    collect(KEY_CONSTANT.matcher(source), keys);
                }
            }
        }
        return keys;
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENT.matcher(pattern).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
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
        InputStream in = ErrorBundlesTest.class.getResourceAsStream(file);
        assertThat(in).as(file + " on the class path").isNotNull();
        return in;
    }
}
