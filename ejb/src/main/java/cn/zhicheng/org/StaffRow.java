package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of 工作人员管理: the staff member's data with a masked ID number, their roles' names and what the super
 * administrator may do with the account now (the same rules the service applies).
 */
public record StaffRow(Long id, String name, String login, String maskedIdNumber, String phone, List<String> roleNames,
                       boolean superAdmin, AccountStatus status, OffsetDateTime lastLoginAt, boolean self,
                       boolean canDisable, boolean canEnable, boolean canRetire) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The role names in one line, as the list's export shows them. */
    public String rolesText() {
        return String.join("、", roleNames);
    }

    static StaffRow of(Account account, Account caller) {
        boolean self = account.equals(caller);
        return new StaffRow(account.getId(), account.getDisplayName(), account.getLoginName(),
                account.getIdNumber() == null ? null : account.getIdNumber().masked(), account.getPhone(),
                account.getStaffRoles().stream().map(UnitRole::getName).sorted().toList(), account.isSuperAdmin(),
                account.getStatus(), account.getLastLoginAt(), self,
                !self && account.canBecome(AccountStatus.DISABLED), account.canBecome(AccountStatus.ACTIVE),
                !self && account.canBecome(AccountStatus.RETIRED));
    }

    public boolean isRetired() {
        return status == AccountStatus.RETIRED;
    }
}
