package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A unit's basic information with its legal person, its registration state and its super administrator (经办人), as
 * the edit, own-unit and registration pages show it. The administrator's ID number is complete: only pages of the
 * unit itself or of a parent in scope receive it.
 */
public record UnitDetails(Long id, String name, String creditCode, UnitType type, HrssLevel hrssLevel,
                          UnitStatus status, UnitNature nature, String regionCode, String regionName,
                          String contactPerson, String phone, String address,
                          String legalPersonName, String legalPersonIdNumber, String legalPersonPhone,
                          Long licenceAttachmentId, String licenceName,
                          Long parentId, String parentName, Long requestedParentId, String requestedParentName,
                          String returnReason, OffsetDateTime submittedAt,
                          Long adminId, String adminLogin, String adminName, String adminIdNumber, String adminPhone)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isHrss() {
        return type == UnitType.HRSS;
    }

    public boolean isParentChangePending() {
        return status == UnitStatus.AUTHORIZED && requestedParentId != null;
    }

    public boolean isEditableRegistration() {
        return status == UnitStatus.UNAUTHORIZED || status == UnitStatus.RETURNED;
    }
}
