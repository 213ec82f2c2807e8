package cn.zhicheng.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * Metadata of one uploaded file. The bytes live on disk, addressed by their SHA-256, so identical files are stored
 * once however often they are attached.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private FileKind kind;

    @Column(name = "original_name", nullable = false, length = 255, updatable = false)
    private String originalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AttachmentPurpose purpose;

    @Column(name = "owner_account_id", updatable = false)
    private Long ownerAccountId;

    @Column(name = "owner_unit_id", updatable = false)
    private Long ownerUnitId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Attachment() {
    }

    public Attachment(String sha256, long sizeBytes, FileKind kind, String originalName, AttachmentPurpose purpose,
                      Long ownerAccountId, Long ownerUnitId, OffsetDateTime createdAt) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.kind = kind;
        this.originalName = originalName;
        this.purpose = purpose;
        this.ownerAccountId = ownerAccountId;
        this.ownerUnitId = ownerUnitId;
        this.createdAt = createdAt;
    }

    /** The original name made safe for a download header: no path parts or control characters, never empty. */
    public String downloadName() {
        String base = originalName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return base.isEmpty() ? "attachment." + kind.extension() : base;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public FileKind getKind() {
        return kind;
    }

    public String getContentType() {
        return kind.contentType();
    }

    public String getOriginalName() {
        return originalName;
    }

    public AttachmentPurpose getPurpose() {
        return purpose;
    }

    public Long getOwnerAccountId() {
        return ownerAccountId;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
