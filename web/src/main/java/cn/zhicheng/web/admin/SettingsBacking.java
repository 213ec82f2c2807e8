package cn.zhicheng.web.admin;

import cn.zhicheng.config.DeploymentProfile;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKey.Kind;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.config.SettingView;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The province settings page ({@code /admin/settings.xhtml}): the deployment profile, every setting with its value in
 * force and default, and the dialog that overrides or resets one setting. Names and value labels come from the
 * settings bundle in the user's language; the ProvinceSettings service checks every entered value.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String INVALID_VALUE = "setting.value.invalid";

    private static final String DIALOG = "settingDialog";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @EJB
    private ProvinceSettings settings;

    private FlowLogModel changeLog;

    @Inject
    private UiMessages messages;

    private DeploymentProfile profile;
    private String selectedProfile;
    private List<Row> rows = List.of();
    private List<Row> shownRows = List.of();
    private String filter;

    private Row editing;
    private String editHint;
    private String editValue;
    private List<String> editValues = new ArrayList<>();

    @PostConstruct
    void load() {
        profile = settings.profile();
        selectedProfile = profile.name();
        rows = settings.list().stream().map(Row::of).toList();
        changeLog = new FlowLogModel(settings::changeLog, settings::changeLogSize);
        applyFilter();
    }

    public FlowLogModel getChangeLog() {
        return changeLog;
    }

    /** Narrows the list to the settings whose name (in the user's language) or key contains the filter text. */
    public void applyFilter() {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            shownRows = rows;
            return;
        }
        ResourceBundle labels = getLabels();
        shownRows = rows.stream()
                .filter(row -> row.key().toLowerCase(Locale.ROOT).contains(needle)
                        || label(labels, row.labelKey()).toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    /** Switches the installation to the chosen profile; settings without an override take its defaults. */
    public void switchProfile() {
        DeploymentProfile chosen;
        try {
            chosen = DeploymentProfile.parse(selectedProfile);
            settings.changeProfile(chosen);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        messages.info("admin.settings.profile.switched", label(getLabels(), profileLabelKey(chosen)));
        load();
    }

    /** Opens the dialog for one setting, filled with its value in force. */
    public void edit(Row row) {
        editing = row;
        if (row.kind() == Kind.CHOICE_LIST) {
            editValue = null;
            editValues = new ArrayList<>(Arrays.asList(row.value().split(",")));
        } else {
            editValue = row.value();
            editValues = new ArrayList<>();
        }
        editHint = messages.format("admin.settings.hint." + row.kind().name(), row.constraint());
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** Stores the entered value; a refused value keeps the dialog open with its input and the reason. */
    public void save() {
        String raw = editing.kind() == Kind.CHOICE_LIST
                ? String.join(",", editValues)
                : Objects.requireNonNullElse(editValue, "");
        try {
            settings.change(editing.key(), raw);
        } catch (BusinessException e) {
            if (INVALID_VALUE.equals(e.getMessageKey())) {
                // the service names the setting by its key; the administrator knows it by its label
                messages.error("admin.settings.invalidValue", label(getLabels(), editing.labelKey()), raw,
                        editing.constraint());
            } else {
                messages.error(e);
            }
            return;
        }
        messages.info("admin.settings.saved", label(getLabels(), editing.labelKey()));
        load();
        Ajax.update("settingsForm", "messages");
        Ajax.oncomplete("PF('" + DIALOG + "').hide()");
    }

    /** Removes the override of one setting so that the profile's default applies again. */
    public void reset(Row row) {
        settings.resetToDefault(row.key());
        messages.info("admin.settings.reset.done", label(getLabels(), row.labelKey()));
        load();
    }

    /** The settings bundle (names, descriptions, value labels) in the language of the page. */
    public ResourceBundle getLabels() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle(SettingKeys.LABELS_BUNDLE, locale, NO_FALLBACK);
    }

    private static String label(ResourceBundle labels, String key) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String profileLabelKey(DeploymentProfile profile) {
        return "DeploymentProfile." + profile.name();
    }

    public String getProfileLabelKey() {
        return profileLabelKey(profile);
    }

    public List<Option> getProfileOptions() {
        return Arrays.stream(DeploymentProfile.values())
                .map(p -> new Option(p.name(), profileLabelKey(p)))
                .toList();
    }

    public String getSelectedProfile() {
        return selectedProfile;
    }

    public void setSelectedProfile(String selectedProfile) {
        this.selectedProfile = selectedProfile;
    }

    public List<Row> getRows() {
        return shownRows;
    }

    public int getTotalCount() {
        return rows.size();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Row getEditing() {
        return editing;
    }

    public String getEditHint() {
        return editHint;
    }

    public boolean isEditingDropdown() {
        return editing != null && editing.kind() == Kind.CHOICE;
    }

    public boolean isEditingYesNo() {
        return editing != null && editing.kind() == Kind.BOOLEAN;
    }

    public boolean isEditingCheckboxes() {
        return editing != null && editing.kind() == Kind.CHOICE_LIST;
    }

    public boolean isEditingText() {
        return editing != null && !isEditingDropdown() && !isEditingYesNo() && !isEditingCheckboxes();
    }

    public String getEditValue() {
        return editValue;
    }

    public void setEditValue(String editValue) {
        this.editValue = editValue;
    }

    public List<String> getEditValues() {
        return editValues;
    }

    public void setEditValues(List<String> editValues) {
        this.editValues = editValues == null ? new ArrayList<>() : new ArrayList<>(editValues);
    }

    /** One allowed value and the bundle key of its label. */
    public record Option(String value, String labelKey) implements Serializable {
    }

    /**
     * One line of the list, copied from {@link SettingView}: the labels are bundle keys, so that the page shows them
     * in the language the user picks; values without labels (numbers, text) have no label keys.
     */
    public record Row(String key, String labelKey, String descriptionKey, String scopeKey, Kind kind, String value,
                      List<String> valueLabelKeys, String defaultValue, List<String> defaultLabelKeys,
                      boolean overridden, List<Option> options, String constraint, String updatedAt,
                      String updatedBy) implements Serializable {

        static Row of(SettingView view) {
            return new Row(view.key(), view.labelKey(), view.descriptionKey(), "SettingScope." + view.scope().name(),
                    view.kind(), view.value(), labelKeys(view, view.value()), view.defaultValue(),
                    labelKeys(view, view.defaultValue()), view.overridden(), options(view), view.constraint(),
                    Times.display(view.updatedAt()), Objects.requireNonNullElse(view.updatedBy(), ""));
        }

        private static List<String> labelKeys(SettingView view, String raw) {
            List<String> singles = view.kind() == Kind.CHOICE_LIST ? Arrays.asList(raw.split(",")) : List.of(raw);
            List<String> keys = singles.stream()
                    .map(single -> view.valueLabelKey(single.strip()).orElse(null))
                    .toList();
            return keys.contains(null) ? List.of() : keys;
        }

        private static List<Option> options(SettingView view) {
            List<String> values = view.kind() == Kind.BOOLEAN ? List.of("true", "false") : view.allowedValues();
            return values.stream()
                    .map(value -> new Option(value, view.valueLabelKey(value).orElse(value)))
                    .toList();
        }
    }
}
