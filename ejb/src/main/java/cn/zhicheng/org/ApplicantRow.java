package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of 申报人帐号管理: the applicant with a masked ID number and what the unit's staff may do now. */
public record ApplicantRow(Long id, String name, String maskedIdNumber, String phone, AccountStatus status,
                           OffsetDateTime createdAt, OffsetDateTime lastLoginAt, boolean mustChangePassword,
                           boolean canDisable, boolean canEnable) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static ApplicantRow of(Account account) {
        return new ApplicantRow(account.getId(), account.getDisplayName(),
                account.getIdNumber() == null ? null : account.getIdNumber().masked(), account.getPhone(),
                account.getStatus(), account.getCreatedAt(), account.getLastLoginAt(),
                account.isMustChangePassword(), account.canBecome(AccountStatus.DISABLED),
                account.canBecome(AccountStatus.ACTIVE));
    }
}
