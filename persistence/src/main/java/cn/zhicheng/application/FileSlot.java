package cn.zhicheng.application;

import cn.zhicheng.attachment.AttachmentPurpose;

/**
 * One kind of file an entry carries (学历证书, 照片, 附件 ...): its key (label {@code file.SECTION.key}), whether an
 * entry needs one, how many files it takes and the purpose that fixes accepted types and size (SPEC §4.4).
 */
public record FileSlot(String key, boolean required, int maxCount, AttachmentPurpose purpose) {

    static FileSlot required(String key) {
        return new FileSlot(key, true, 1, AttachmentPurpose.GENERAL_DOCUMENT);
    }

    static FileSlot optional(String key, int maxCount) {
        return new FileSlot(key, false, maxCount, AttachmentPurpose.GENERAL_DOCUMENT);
    }
}
