package cn.zhicheng.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** A file attached to an entry: which slot it fills and the stored attachment (SPEC §4.4). */
@Embeddable
public class EntryFile implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "slot", nullable = false, length = 32)
    private String slot;

    @Column(name = "attachment_id", nullable = false)
    private Long attachmentId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    protected EntryFile() {
    }

    public EntryFile(String slot, Long attachmentId, String fileName) {
        this.slot = Objects.requireNonNull(slot);
        this.attachmentId = Objects.requireNonNull(attachmentId);
        this.fileName = Objects.requireNonNull(fileName);
    }

    public String getSlot() {
        return slot;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getFileName() {
        return fileName;
    }
}
