package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;

/**
 * 经办人员 (SPEC §3.1.2 step 3, §3.1.3): the person who becomes a unit's super administrator. The log-in name
 * defaults to the ID number.
 */
public record HandlingPerson(String loginName, String name, IdNumber idNumber, String phone) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public HandlingPerson {
        name = name == null || name.isBlank() ? null : name.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (name == null) {
            throw new BusinessException("account.name.required");
        }
        if (idNumber == null) {
            throw new BusinessException("idNumber.required");
        }
        if (phone == null) {
            throw new BusinessException("account.phone.required");
        }
        loginName = loginName == null || loginName.isBlank() ? idNumber.value() : Account.normalizeLogin(loginName);
    }
}
