package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One saved record of a form section (SPEC §3.8.4): a row of 学历信息, 工作经历, an 业绩成果 under one of the activity's
 * titles, a material's files, or the single record of 个人基本信息. It belongs either to an application or, with no
 * application, to the owner's personal profile (个人中心 → 个人信息), from which new applications copy. Values are kept
 * per field key, relationally, so that lists can filter on them (最高学历, 毕业学校).
 */
@Entity
@Table(name = "application_entry")
@NamedQuery(name = ApplicationEntry.FIND_OF_APPLICATION,
        query = "select e from ApplicationEntry e where e.applicationId = :applicationId order by e.section, e.position, e.id")
@NamedQuery(name = ApplicationEntry.FIND_OF_PROFILE,
        query = "select e from ApplicationEntry e where e.applicationId is null and e.ownerId = :ownerId"
                + " order by e.section, e.position, e.id")
public class ApplicationEntry {

    public static final String FIND_OF_APPLICATION = "ApplicationEntry.findOfApplication";
    public static final String FIND_OF_PROFILE = "ApplicationEntry.findOfProfile";

    @Id
    @SequenceGenerator(name = "application_entry_seq", sequenceName = "application_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_entry_seq")
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FormSection section;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private AchievementTemplate template;

    /** 业绩成果: the 序号 of the activity's achievement row; 评委会需求材料: the material's 序号. */
    @Column(name = "requirement_position")
    private Integer requirementPosition;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_entry_value", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "field_value", length = 2000, nullable = false)
    private Map<String, String> values = new LinkedHashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_entry_file", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<EntryFile> files = new ArrayList<>();

    /** An ended 工作经历 of someone whose earlier application passed (SPEC §3.8.4 J): kept as it was. */
    @Column(nullable = false)
    private boolean locked;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ApplicationEntry() {
    }

    public ApplicationEntry(Long applicationId, Long ownerId, FormSection section, AchievementTemplate template,
                     Integer requirementPosition, int position, Map<String, String> values, OffsetDateTime now) {
        this.applicationId = applicationId;
        this.ownerId = Objects.requireNonNull(ownerId);
        this.section = Objects.requireNonNull(section);
        this.template = template;
        this.requirementPosition = requirementPosition;
        this.position = position;
        this.values = new LinkedHashMap<>(values);
        this.updatedAt = now;
    }

    /** A profile entry (no application). */
    public static ApplicationEntry ofProfile(Long ownerId, FormSection section, int position,
                                             Map<String, String> values, OffsetDateTime now) {
        return new ApplicationEntry(null, ownerId, section, null, null, position, values, now);
    }

    /** A copy for a new application (files are shared: attachments are immutable). */
    public ApplicationEntry copyInto(Long targetApplicationId, OffsetDateTime now) {
        ApplicationEntry copy = new ApplicationEntry(targetApplicationId, ownerId, section, template,
                requirementPosition, position, values, now);
        copy.files = new ArrayList<>(files);
        return copy;
    }

    public void replaceValues(Map<String, String> newValues, OffsetDateTime now) {
        requireUnlocked();
        this.values = new LinkedHashMap<>(newValues);
        this.updatedAt = now;
    }

    public void requireUnlocked() {
        if (locked) {
            throw new BusinessException("application.entry.locked");
        }
    }

    public void lock() {
        this.locked = true;
    }

    /** Adds a file to a slot that still has room. */
    public void addFile(FileSlot slot, Long attachmentId, String fileName, OffsetDateTime now) {
        requireUnlocked();
        if (filesIn(slot.key()).size() >= slot.maxCount()) {
            throw new BusinessException("application.file.slotFull", slot.maxCount());
        }
        files.add(new EntryFile(slot.key(), attachmentId, fileName));
        this.updatedAt = now;
    }

    public EntryFile removeFile(Long attachmentId, OffsetDateTime now) {
        requireUnlocked();
        EntryFile file = files.stream().filter(f -> f.getAttachmentId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new BusinessException("application.file.notFound"));
        files.remove(file);
        this.updatedAt = now;
        return file;
    }

    public List<EntryFile> filesIn(String slot) {
        return files.stream().filter(f -> f.getSlot().equals(slot)).toList();
    }

    public boolean holds(Long attachmentId) {
        return files.stream().anyMatch(f -> f.getAttachmentId().equals(attachmentId));
    }

    public String value(String key) {
        return values.get(key);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public FormSection getSection() {
        return section;
    }

    public AchievementTemplate getTemplate() {
        return template;
    }

    public Integer getRequirementPosition() {
        return requirementPosition;
    }

    public int getPosition() {
        return position;
    }

    public Map<String, String> getValues() {
        return new LinkedHashMap<>(values);
    }

    public List<EntryFile> getFiles() {
        return List.copyOf(files);
    }

    public boolean isLocked() {
        return locked;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
