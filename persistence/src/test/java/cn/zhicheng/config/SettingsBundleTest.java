package cn.zhicheng.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsBundleTest {

    private static final String BASE = "/cn/zhicheng/config/settings";
    private static final String CHINESE = BASE + ".properties";
    private static final String SIMPLIFIED_CHINESE = BASE + "_zh_CN.properties";
    private static final String ENGLISH = BASE + "_en.properties";

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, SIMPLIFIED_CHINESE, ENGLISH})
    void everySettingAndEveryValueHasALabel(String file) throws IOException {
        Properties bundle = load(file);

        for (String key : expectedKeys()) {
            assertThat(bundle.getProperty(key)).as("%s in %s", key, file).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, SIMPLIFIED_CHINESE, ENGLISH})
    void noKeyIsLeftOverFromARemovedSettingOrValue(String file) throws IOException {
        assertThat(load(file).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expectedKeys());
    }

    @Test
    void simplifiedChineseRepeatsTheBaseBundle() throws IOException {
        assertThat(load(SIMPLIFIED_CHINESE)).isEqualTo(load(CHINESE));
    }

    @Test
    void chineseLabelsAreThoseQuotedInTheSpecification() throws IOException {
        Properties chinese = load(CHINESE);

        assertThat(chinese.getProperty("ReviewMode.ONLINE_VOTE")).isEqualTo("线上投票");
        assertThat(chinese.getProperty("ReviewMode.EXPERT_CHAIN")).isEqualTo("专家端主审打分");
        assertThat(chinese.getProperty("ReviewMode.OFFLINE_IMPORT")).isEqualTo("线下评审结果导入");
        assertThat(chinese.getProperty("WrittenExam.WITHOUT_REQUIRED_DEGREE")).isEqualTo("不具备规定学历笔试");
        assertThat(chinese.getProperty("Defense.ALL")).isEqualTo("全体面试答辩");
        assertThat(chinese.getProperty("SpecialtyGroupMode.SCORE")).isEqualTo("专家打分");
        assertThat(chinese.getProperty("ApplicationRoute.DIVERTED_CIVIL_SERVANT")).isEqualTo("机关分流人员申报");
        assertThat(chinese.getProperty("ApplicationRoute.HIGH_SKILL")).isEqualTo("高技能人才申报");
        assertThat(chinese.getProperty("DeploymentProfile.CUSTOM")).isEqualTo("自定义");
    }

    @Test
    void bundleResolvesUnderItsBaseNameInBothLanguages() {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

        assertThat(ResourceBundle.getBundle(SettingKeys.LABELS_BUNDLE, Locale.SIMPLIFIED_CHINESE, noFallback)
                .getString("DeploymentProfile.SC")).isEqualTo("四川");
        assertThat(ResourceBundle.getBundle(SettingKeys.LABELS_BUNDLE, Locale.ENGLISH, noFallback)
                .getString("DeploymentProfile.SC")).isEqualTo("Sichuan");
    }

    private static Set<String> expectedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SettingKeys.PROFILE_KEY + ".label");
        keys.add(SettingKeys.PROFILE_KEY + ".description");
        addValueLabels(keys, DeploymentProfile.class);
        addValueLabels(keys, SettingScope.class);
        keys.add("Boolean.true");
        keys.add("Boolean.false");
        for (SettingKey<?> setting : SettingKeys.all()) {
            keys.add(setting.labelKey());
            keys.add(setting.descriptionKey());
            setting.choiceType().ifPresent(type -> addValueLabels(keys, type));
        }
        return keys;
    }

    private static void addValueLabels(Set<String> keys, Class<? extends Enum<?>> type) {
        Arrays.stream(type.getEnumConstants()).forEach(value -> keys.add(type.getSimpleName() + "." + value.name()));
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SettingsBundleTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
