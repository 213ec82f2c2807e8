package cn.zhicheng.attachment;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an upload is for; each purpose fixes the accepted content types and the size limit (SPEC §4.4).
 * Later capabilities add their purposes here.
 */
public enum AttachmentPurpose {
    /** 申报人照片: any image; the size limit is the province setting upload.photoMaxKB (default 500 KB). */
    APPLICANT_PHOTO(EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.BMP), 500L * 1024),
    /** 企业营业执照 and other unit documents: image or PDF. */
    UNIT_DOCUMENT(FileKind.IMAGES_AND_PDF, 10L * 1024 * 1024),
    /** Evidence and general attachments: image or PDF. */
    GENERAL_DOCUMENT(FileKind.IMAGES_AND_PDF, 20L * 1024 * 1024),
    /** Stamped summary tables (汇总表): PDF only. */
    STAMPED_PDF(EnumSet.of(FileKind.PDF), 20L * 1024 * 1024),
    /** Generated electronic certificates and 评审表 (SPEC §3.12): PDF, written by the generation job. */
    ISSUED_CERTIFICATE(EnumSet.of(FileKind.PDF), 5L * 1024 * 1024),
    /** Uploaded spreadsheets and CSV files that batch jobs import. */
    IMPORT_FILE(EnumSet.of(FileKind.XLSX, FileKind.CSV), 200L * 1024 * 1024);

    private final Set<FileKind> acceptedKinds;
    private final long maxBytes;

    AttachmentPurpose(Set<FileKind> acceptedKinds, long maxBytes) {
        this.acceptedKinds = acceptedKinds;
        this.maxBytes = maxBytes;
    }

    public Set<FileKind> acceptedKinds() {
        return EnumSet.copyOf(acceptedKinds);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean accepts(FileKind kind) {
        return acceptedKinds.contains(kind);
    }
}
