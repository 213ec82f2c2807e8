package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;

/** 法人信息 (SPEC §3.1.2 step 2): the legal representative of a non-HRSS unit. */
public record LegalPerson(String name, IdNumber idNumber, String phone) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 50;

    public LegalPerson {
        name = name == null || name.isBlank() ? null : name.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (name == null) {
            throw new BusinessException("unit.legalPerson.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new BusinessException("unit.legalPerson.name.tooLong", NAME_MAX);
        }
        if (idNumber == null) {
            throw new BusinessException("idNumber.required");
        }
        if (phone == null) {
            throw new BusinessException("unit.legalPerson.phone.required");
        }
        if (phone.length() > UnitProfile.PHONE_MAX) {
            throw new BusinessException("unit.phone.tooLong", UnitProfile.PHONE_MAX);
        }
    }
}
