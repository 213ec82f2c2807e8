package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.shared.BusinessException;

import cn.zhicheng.shared.Times;
import jakarta.persistence.EntityManager;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Saving, deleting and attaching to form entries, the same for an application and for the personal profile: the
 * {@link ApplicationForm} decides, this class loads and persists. Not a bean; the services own the transaction.
 */
final class FormEntries {

    private FormEntries() {
    }

    static List<ApplicationEntry> ofApplication(EntityManager em, Long applicationId) {
        return em.createNamedQuery(ApplicationEntry.FIND_OF_APPLICATION, ApplicationEntry.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    static List<ApplicationEntry> ofProfile(EntityManager em, Long ownerId) {
        return em.createNamedQuery(ApplicationEntry.FIND_OF_PROFILE, ApplicationEntry.class)
                .setParameter("ownerId", ownerId).getResultList();
    }

    /** Saves a new entry ({@code entryId} null) or replaces an entry's values; returns the entry. */
    static ApplicationEntry save(EntityManager em, ApplicationForm form, Long applicationId, Long ownerId,
                                 List<ApplicationEntry> entries, EntryInput input) {
        ApplicationEntry existing = input.entryId() == null ? null : find(entries, input.entryId());
        AchievementTemplate template = existing != null ? existing.getTemplate() : input.template();
        Integer requirement = existing != null ? existing.getRequirementPosition() : input.requirementPosition();
        if (existing != null) {
            existing.requireUnlocked();
        }
        Map<String, String> values = form.check(input.section(), template, requirement, input.values(), existing);
        OffsetDateTime now = Times.now();
        if (existing != null) {
            existing.replaceValues(values, now);
            return existing;
        }
        int position = (int) entries.stream().filter(e -> e.getSection() == input.section()).count() + 1;
        ApplicationEntry entry = new ApplicationEntry(applicationId, ownerId, input.section(), template, requirement,
                position, values, now);
        em.persist(entry);
        return entry;
    }

    static ApplicationEntry find(List<ApplicationEntry> entries, Long entryId) {
        return entries.stream().filter(e -> e.getId().equals(entryId)).findFirst()
                .orElseThrow(() -> new BusinessException("application.entry.notFound"));
    }

    static void delete(EntityManager em, List<ApplicationEntry> entries, Long entryId) {
        ApplicationEntry entry = find(entries, entryId);
        entry.requireUnlocked();
        if (entry.getSection() == FormSection.BASIC) {
            throw new BusinessException("application.entry.basicNotDeletable");
        }
        em.remove(entry);
    }

    /** Stores an upload into a slot of an entry, checking the slot's types, size and count (SPEC §4.4). */
    static EntryFile attach(AttachmentService attachments, ApplicationEntry entry, FileSlot slot,
                            InputStream content, String fileName, Activity activity) {
        if (entry.filesIn(slot.key()).size() >= slot.maxCount()) {
            throw new BusinessException("application.file.slotFull", slot.maxCount());
        }
        Attachment stored = attachments.store(content, fileName, slot.purpose());
        if (entry.getSection() == FormSection.MATERIAL) {
            RequiredMaterial material = ApplicationForm.materialOf(activity, entry.getRequirementPosition());
            if (!material.getFileKinds().contains(stored.getKind())) {
                throw new BusinessException("application.material.kind", material.getName(),
                        material.getFileKinds().stream().map(FileKind::extension).collect(Collectors.joining("/")));
            }
        }
        entry.addFile(slot, stored.getId(), stored.getOriginalName(), Times.now());
        return entry.getFiles().get(entry.getFiles().size() - 1);
    }

    /** The screen's view of a form. */
    static List<FormView.SectionView> sections(ApplicationForm form, Activity activity,
                                               List<SectionComment> comments) {
        List<FormView.SectionView> views = new ArrayList<>();
        for (FormSection section : form.sections()) {
            List<ApplicationEntry> saved = form.entriesOf(section);
            List<FormView.EntryView> entries = saved.stream().map(FormEntries::entryView).toList();
            List<FormView.CommentView> sectionComments = comments.stream().filter(c -> c.getSection() == section)
                    .map(c -> new FormView.CommentView(c.getComment(), c.getAuthorName(), c.getUnitName(),
                            c.getCreatedAt())).toList();
            List<FormView.RequirementView> requirements = section == FormSection.ACHIEVEMENT
                    ? activity.getAchievements().stream().map(FormEntries::requirementView).toList() : List.of();
            List<FormView.MaterialView> materials = section == FormSection.MATERIAL
                    ? activity.getMaterials().stream().map(m -> materialView(m, saved)).toList() : List.of();
            views.add(new FormView.SectionView(section, section.fields(), section.files(), entries, sectionComments,
                    requirements, materials));
        }
        return views;
    }

    static FormView.EntryView entryView(ApplicationEntry e) {
        return new FormView.EntryView(e.getId(), e.getTemplate(), e.getRequirementPosition(), e.getValues(),
                e.getFiles().stream().map(f -> new FormView.FileView(f.getAttachmentId(), f.getSlot(),
                        f.getFileName())).toList(), e.isLocked());
    }

    private static FormView.RequirementView requirementView(AchievementRequirement r) {
        return new FormView.RequirementView(r.getPosition(), "AchievementTitle." + r.getTitle().name(),
                r.getTemplates().isEmpty() ? EnumSet.noneOf(AchievementTemplate.class) : r.getTemplates(),
                r.getRequirement());
    }

    private static FormView.MaterialView materialView(RequiredMaterial material, List<ApplicationEntry> saved) {
        ApplicationEntry entry = saved.stream()
                .filter(e -> Objects.equals(e.getRequirementPosition(), material.getPosition()))
                .findFirst().orElse(null);
        return new FormView.MaterialView(material.getPosition(), material.getName(), material.isRequired(),
                material.getMaxCount(),
                material.getFileKinds().stream().map(FileKind::extension).collect(Collectors.joining("/")),
                entry == null ? null : entry.getId(),
                entry == null ? List.of() : entryView(entry).files());
    }

}
