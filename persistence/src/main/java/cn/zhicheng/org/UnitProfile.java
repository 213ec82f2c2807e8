package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;

/**
 * A unit's basic information (维护基本信息, SPEC §3.1.2 step 1 and §3.1.3): what its parent, its own administrator
 * or its registrant maintains. Checks the required fields and lengths once for every form that edits it.
 */
public record UnitProfile(String name, CreditCode creditCode, UnitNature nature, String regionCode,
                          String contactPerson, String phone, String address) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 200;

    public UnitProfile {
        name = trim(name);
        contactPerson = trim(contactPerson);
        phone = trim(phone);
        address = trim(address);
        regionCode = trim(regionCode);
        if (name == null) {
            throw new BusinessException("unit.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new BusinessException("unit.name.tooLong", NAME_MAX);
        }
        if (creditCode == null) {
            throw new BusinessException("creditCode.required");
        }
        if (nature == null) {
            throw new BusinessException("unit.nature.required");
        }
        if (regionCode == null) {
            throw new BusinessException("unit.region.required");
        }
        if (phone == null) {
            throw new BusinessException("unit.phone.required");
        }
        if (phone.length() > PHONE_MAX) {
            throw new BusinessException("unit.phone.tooLong", PHONE_MAX);
        }
        if (contactPerson != null && contactPerson.length() > CONTACT_MAX) {
            throw new BusinessException("unit.contact.tooLong", CONTACT_MAX);
        }
        if (address != null && address.length() > ADDRESS_MAX) {
            throw new BusinessException("unit.address.tooLong", ADDRESS_MAX);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
