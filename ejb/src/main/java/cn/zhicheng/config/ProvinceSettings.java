package cn.zhicheng.config;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The province settings in force (SPEC §0.4, §5): a value stored in the {@code setting} table overrides the default of
 * the deployment profile. Every service reads its switches here; only the system administrator lists and changes
 * them, and every change writes one flow-log entry.
 */
@Stateless
public class ProvinceSettings {

    /** MicroProfile Config property naming the profile while the database stores none (e.g. a fresh installation). */
    public static final String PROFILE_PROPERTY = "zc.profile";

    static final String ENTITY = "SETTING";
    static final long ENTITY_ID = 0L;
    static final String ACTION = "SETTING_CHANGED";

    /** Length of the from/to columns of the flow log; the opinion keeps the full values. */
    private static final int STATUS_MAX = 40;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    @EJB
    private StoredSettings storedSettings;

    /**
     * The profile whose defaults apply: the stored choice, else the {@value #PROFILE_PROPERTY} property, else SC.
     *
     * @throws BusinessException {@code setting.value.invalid} when the stored or configured text names no profile
     */
    @PermitAll
    public DeploymentProfile profile() {
        return storedSettings.value(SettingKeys.PROFILE_KEY).map(DeploymentProfile::parse)
                .orElseGet(ProvinceSettings::configuredProfile);
    }

    /**
     * The value in force: the stored override, else the profile's default. For committee- and activity-scoped keys
     * this is the value a new committee or activity starts with.
     */
    @PermitAll
    public <T> T get(SettingKey<T> key) {
        return storedSettings.value(key.key())
                .map(key::parse)
                .orElseGet(() -> key.defaultValue(profile()));
    }

    /** Every setting in the order of {@link SettingKeys#all()}, with its current and default value. */
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public List<SettingView> list() {
        Map<String, Setting> stored = em.createQuery("select s from Setting s", Setting.class)
                .getResultStream()
                .collect(Collectors.toMap(Setting::getKey, Function.identity()));
        DeploymentProfile profile = profileFrom(Optional.ofNullable(stored.get(SettingKeys.PROFILE_KEY)));
        return SettingKeys.all().stream()
                .map(key -> view(key, profile, Optional.ofNullable(stored.get(key.key()))))
                .toList();
    }

    /**
     * Overrides one setting with an entered value, stored in canonical form. The override holds even when the profile
     * changes later; {@link #resetToDefault} removes it. {@link SettingKeys#PROFILE_KEY} changes the profile.
     *
     * @throws BusinessException {@code setting.value.invalid} when the value is not valid for the key
     * @throws IllegalArgumentException when the key is not a setting
     */
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public void change(String key, String rawValue) {
        if (SettingKeys.PROFILE_KEY.equals(key)) {
            changeProfile(DeploymentProfile.parse(rawValue));
            return;
        }
        SettingKey<?> setting = known(key);
        String newValue = setting.canonical(rawValue);
        Optional<Setting> stored = stored(key);
        if (stored.isPresent() && stored.get().getValue().equals(newValue)) {
            return;
        }
        String oldValue = stored.map(Setting::getValue).orElseGet(() -> setting.defaultRaw(profile()));
        write(key, stored, newValue, oldValue);
    }

    /** Switches the installation to another profile: every setting without an override takes the new default. */
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public void changeProfile(DeploymentProfile profile) {
        Optional<Setting> stored = stored(SettingKeys.PROFILE_KEY);
        if (stored.isPresent() && stored.get().getValue().equals(profile.name())) {
            return;
        }
        String oldValue = stored.map(Setting::getValue).orElseGet(() -> configuredProfile().name());
        write(SettingKeys.PROFILE_KEY, stored, profile.name(), oldValue);
    }

    /**
     * Removes an override so that the profile's default applies again; for {@link SettingKeys#PROFILE_KEY} the
     * configured profile applies again. Does nothing when the setting is not overridden.
     *
     * @throws IllegalArgumentException when the key is not a setting
     */
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public void resetToDefault(String key) {
        Optional<Setting> stored = stored(key);
        if (SettingKeys.PROFILE_KEY.equals(key)) {
            stored.ifPresent(setting -> remove(setting, configuredProfile().name()));
            return;
        }
        SettingKey<?> setting = known(key);
        stored.ifPresent(override -> remove(override, setting.defaultRaw(profile())));
    }

    private Optional<Setting> stored(String key) {
        return Optional.ofNullable(em.find(Setting.class, key));
    }

    private static DeploymentProfile profileFrom(Optional<Setting> stored) {
        return stored.map(setting -> DeploymentProfile.parse(setting.getValue()))
                .orElseGet(ProvinceSettings::configuredProfile);
    }

    private static DeploymentProfile configuredProfile() {
        return ConfigProvider.getConfig().getOptionalValue(PROFILE_PROPERTY, String.class)
                .map(DeploymentProfile::parse)
                .orElse(DeploymentProfile.SC);
    }

    private static SettingKey<?> known(String key) {
        return SettingKeys.byKey(key).orElseThrow(() -> new IllegalArgumentException("Not a setting: " + key));
    }

    private static SettingView view(SettingKey<?> key, DeploymentProfile profile, Optional<Setting> stored) {
        String defaultValue = key.defaultRaw(profile);
        return new SettingView(key.key(), key.scope(), key.kind(),
                stored.map(Setting::getValue).orElse(defaultValue), defaultValue, stored.isPresent(),
                key.allowedValues(), key.constraint(),
                stored.map(Setting::getUpdatedAt).orElse(null), stored.map(Setting::getUpdatedBy).orElse(null));
    }

    private void write(String key, Optional<Setting> stored, String newValue, String oldValue) {
        AuditRecord.Actor actor = callers.actor();
        OffsetDateTime now = Times.now();
        stored.ifPresentOrElse(
                setting -> setting.update(newValue, now, actor.login()),
                () -> em.persist(new Setting(key, newValue, now, actor.login())));
        storedSettings.changedInThisTransaction();
        audit(actor, key, oldValue, newValue);
    }

    private void remove(Setting setting, String valueInForceAfterwards) {
        em.remove(setting);
        storedSettings.changedInThisTransaction();
        audit(callers.actor(), setting.getKey(), setting.getValue(), valueInForceAfterwards);
    }

    private void audit(AuditRecord.Actor actor, String key, String oldValue, String newValue) {
        auditLog.record(actor, ENTITY, ENTITY_ID, ACTION, truncate(oldValue), truncate(newValue),
                key + ": " + oldValue + " → " + newValue);
    }

    private static String truncate(String value) {
        if (value.codePointCount(0, value.length()) <= STATUS_MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, STATUS_MAX - 1)) + "…";
    }

    /** One page of the settings' flow log (who changed what, when), newest first. */
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public List<AuditRecord> changeLog(int first, int pageSize) {
        return auditLog.latest(ENTITY, ENTITY_ID, first, pageSize);
    }

    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public long changeLogSize() {
        return auditLog.count(ENTITY, ENTITY_ID);
    }
}
