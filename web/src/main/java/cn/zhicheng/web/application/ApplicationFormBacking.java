package cn.zhicheng.web.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.Choices;
import cn.zhicheng.application.EntryInput;
import cn.zhicheng.application.FileSlot;
import cn.zhicheng.application.FormField;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;
import cn.zhicheng.application.PersonalProfiles;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The application form ({@code /applicant/form.xhtml?id=}, SPEC §3.8.4, §3.8.6) and the personal profile
 * ({@code /applicant/profile.xhtml}, 个人信息): sections on the left, each saved on its own through one dialog whose
 * inputs are rendered from the section's field definitions; files per entry; 提交 and 废弃 at the top. Only adapts
 * the screen: the services decide.
 */
@Named
@ViewScoped
public class ApplicationFormBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String FIELDS = "cn.zhicheng.application.fields";
    private static final String TEXT = "cn.zhicheng.web.i18n.text";

    @EJB
    private Applications applications;

    @EJB
    private PersonalProfiles profiles;

    @Inject
    private UiMessages messages;

    private Long id;
    private boolean profile;
    private FormView view;
    private int activeIndex;

    private FormSection editingSection;
    private Long editingEntryId;
    private Integer requirementPosition;
    private AchievementTemplate template;
    private Map<String, String> values = new HashMap<>();

    /**
     * Shows an application's form read-only for a reviewer (SPEC §3.9.3): the view comes from the reviewing service,
     * which checked the caller may read it; no edit action applies to a submitted application.
     */
    public void showReadOnly(FormView reviewed) {
        profile = false;
        view = reviewed;
        id = reviewed.applicationId();
    }

    /** View action of the application form. */
    public void load() {
        profile = false;
        reload();
    }

    /** View action of 个人信息. */
    public void loadProfile() {
        profile = true;
        reload();
    }

    private void reload() {
        try {
            view = profile ? profiles.view() : applications.form(id);
        } catch (BusinessException e) {
            view = null;
            messages.error(e);
        }
    }

    // ---- dialog

    public void openNew(FormSection section) {
        edit(section, null, null, null, Map.of());
    }

    /** 【添加业绩成果】 under an achievement title with the chosen template (SPEC §3.8.4 K). */
    public void openNewAchievement(int position, AchievementTemplate chosen) {
        edit(FormSection.ACHIEVEMENT, null, position, chosen, Map.of());
    }

    public void openEdit(FormSection section, FormView.EntryView entry) {
        edit(section, entry.id(), entry.requirementPosition(), entry.template(), entry.values());
    }

    private void edit(FormSection section, Long entryId, Integer position, AchievementTemplate chosen,
                      Map<String, String> current) {
        editingSection = section;
        editingEntryId = entryId;
        requirementPosition = position;
        template = chosen;
        values = new HashMap<>(current);
    }

    /** 【保存】 of the dialog: the entry is stored at once (暂存 per section); the dialog closes on success. */
    public void save() {
        EntryInput input = new EntryInput(editingEntryId, editingSection, requirementPosition, template, values);
        try {
            if (profile) {
                profiles.saveEntry(input);
            } else {
                applications.saveEntry(id, input);
            }
        } catch (BusinessException e) {
            messages.error(e);
            PrimeFaces.current().ajax().addCallbackParam("saved", false);
            return;
        }
        messages.info("application.entry.saved", sectionLabel(editingSection));
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        reload();
    }

    public void delete(FormView.EntryView entry) {
        try {
            if (profile) {
                profiles.deleteEntry(entry.id());
            } else {
                applications.deleteEntry(id, entry.id());
            }
            messages.info("application.entry.deleted");
        } catch (BusinessException e) {
            messages.error(e);
        }
        reload();
    }

    // ---- files

    /** Upload into the slot named by the component's attributes {@code entryId} and {@code slot}. */
    public void upload(FileUploadEvent event) {
        Long entryId = (Long) event.getComponent().getAttributes().get("entryId");
        String slot = (String) event.getComponent().getAttributes().get("slot");
        try (InputStream content = event.getFile().getInputStream()) {
            FormView.FileView file = profile
                    ? profiles.attach(entryId, slot, content, event.getFile().getFileName())
                    : applications.attach(id, entryId, slot, content, event.getFile().getFileName());
            messages.info("application.file.uploaded", file.fileName());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("application.file.failed");
        }
        reload();
    }

    /** Upload for a 评委会需求材料 item (attribute {@code material}: its 序号). */
    public void uploadMaterial(FileUploadEvent event) {
        Integer material = (Integer) event.getComponent().getAttributes().get("material");
        try (InputStream content = event.getFile().getInputStream()) {
            FormView.FileView file = applications.attachMaterial(id, material, content,
                    event.getFile().getFileName());
            messages.info("application.file.uploaded", file.fileName());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("application.file.failed");
        }
        reload();
    }

    public void removeFile(Long entryId, Long attachmentId) {
        try {
            if (profile) {
                profiles.removeFile(entryId, attachmentId);
            } else {
                applications.removeFile(id, entryId, attachmentId);
            }
            messages.info("application.file.removed");
        } catch (BusinessException e) {
            messages.error(e);
        }
        reload();
    }

    // ---- top buttons

    /** 【暂存】: every section is already saved; this confirms it and reports what is still missing. */
    public void keep() {
        reload();
        messages.info("application.kept");
    }

    public String submit() {
        try {
            applications.submit(id);
        } catch (BusinessException e) {
            messages.error(e);
            reload();
            return null;
        }
        messages.infoOnNextPage("application.submitted");
        return "/applicant/applications.xhtml?faces-redirect=true";
    }

    public String discard() {
        try {
            applications.discard(id);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.infoOnNextPage("application.discarded");
        return "/applicant/applications.xhtml?faces-redirect=true";
    }

    // ---- labels and display (no logic in the facelets)

    /** What keeps the form from being submitted, in the language the page renders in. */
    public List<String> getMissing() {
        return view == null ? List.of() : view.missing().stream().map(label -> label.text(locale())).toList();
    }

    public List<FormField> getDialogFields() {
        return editingSection == null ? List.of() : ApplicationForm.fieldsOf(editingSection, template);
    }

    public List<FormField> fieldsOf(FormView.SectionView section, FormView.EntryView entry) {
        return ApplicationForm.fieldsOf(section.section(), entry.template());
    }

    public String sectionLabel(FormSection section) {
        return section == null ? "" : bundle(FIELDS).getString(section.labelKey());
    }

    public String getDialogTitle() {
        if (editingSection == FormSection.ACHIEVEMENT && template != null) {
            return bundle(TEXT).getString("AchievementTemplate." + template.name() + ".dialog");
        }
        return sectionLabel(editingSection);
    }

    public String fieldLabel(FormSection section, AchievementTemplate entryTemplate, String key) {
        return ApplicationForm.fieldLabel(section, entryTemplate, key).text(locale());
    }

    public String dialogFieldLabel(FormField field) {
        return fieldLabel(editingSection, template, field.key());
    }

    public String slotLabel(FormSection section, FileSlot slot) {
        return bundle(FIELDS).getString("file." + section.name() + "." + slot.key());
    }

    public List<String> choicesOf(FormField field) {
        return field.choices() == null ? List.of() : Choices.of(field.choices());
    }

    public String choiceLabel(FormField field, String code) {
        return bundle(FIELDS).getString("choice." + field.choices() + "." + code);
    }

    /** A saved value as the tables show it: the label of a choice, the text otherwise ("至今" for an open end). */
    public String display(FormView.EntryView entry, FormField field) {
        String value = entry.value(field.key());
        if (value == null) {
            return "endMonth".equals(field.key()) ? bundle(TEXT).getString("application.toDate") : "";
        }
        return field.choices() == null ? value : choiceLabel(field, value);
    }

    public List<FormView.FileView> filesIn(FormView.EntryView entry, FileSlot slot) {
        return entry.files().stream().filter(f -> f.slot().equals(slot.key())).toList();
    }

    public List<FormView.EntryView> entriesUnder(FormView.SectionView section, int requirement) {
        return section.entries().stream()
                .filter(e -> e.requirementPosition() != null && e.requirementPosition() == requirement).toList();
    }

    public String templateLabel(AchievementTemplate t) {
        return bundle(TEXT).getString("AchievementTemplate." + t.name());
    }

    public boolean isMultiple(FormView.SectionView section) {
        return section.section().isMultiple();
    }

    /** A single section (个人基本信息) shows 【填写】 until saved, then 【修改】. */
    public boolean canAdd(FormView.SectionView section) {
        return view.editable() && (section.section().isMultiple() || section.entries().isEmpty());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? Locale.SIMPLIFIED_CHINESE : context.getViewRoot().getLocale();
    }

    private static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(name, locale(), Thread.currentThread().getContextClassLoader());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isProfile() {
        return profile;
    }

    public FormView getView() {
        return view;
    }

    public int getActiveIndex() {
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }

    public FormSection getEditingSection() {
        return editingSection;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
