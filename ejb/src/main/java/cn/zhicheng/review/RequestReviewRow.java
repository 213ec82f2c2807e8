package cn.zhicheng.review;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One line of a request review list: the applicant with a masked ID number (SPEC issue 7: ID numbers masked in lists),
 * the series, status, when submitted, the unit it waits at and the last opinion.
 */
public record RequestReviewRow(Long id, String applicantName, String maskedIdNumber, String seriesName,
                               PersonalRequestStatus status, OffsetDateTime submittedAt, String reviewUnitName,
                               String lastOpinion) implements Serializable {

    private static final int VISIBLE_AT_EACH_END = 4;

    /** All but the first four and last four characters replaced by {@code *}, as {@code IdNumber.masked()}. */
    static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        int length = idNumber.length();
        if (length <= 2 * VISIBLE_AT_EACH_END) {
            return "*".repeat(length);
        }
        return idNumber.substring(0, VISIBLE_AT_EACH_END) + "*".repeat(length - 2 * VISIBLE_AT_EACH_END)
                + idNumber.substring(length - VISIBLE_AT_EACH_END);
    }
}
