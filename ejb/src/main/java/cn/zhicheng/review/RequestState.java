package cn.zhicheng.review;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The part every personal request's view shares (SPEC §3.8.7, §3.8.9, §3.8.10): status, the units of its review
 * path and the one it waits at, times, the last opinion, its files, and what the signed-in owner may do now (the
 * screens render buttons from these flags; the services check the same rules).
 */
public record RequestState(Long id, PersonalRequestStatus status, String applicantName, List<String> reviewPath,
                           String reviewUnitName, OffsetDateTime createdAt, OffsetDateTime submittedAt,
                           OffsetDateTime decidedAt, String lastOpinion, List<AttachedFile> attachments,
                           boolean editable, boolean submittable, boolean withdrawable, boolean discardable)
        implements Serializable {

    /** One attached file: its id for /files/{id} and its original name. */
    public record AttachedFile(Long id, String name) implements Serializable {
    }
}
