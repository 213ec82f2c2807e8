package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One line of 下级单位注册审核 (SPEC §3.1.3): a registration, or a change of parent of an authorised unit
 * ({@code parentChange}, with its current parent), waiting for the caller's unit.
 */
public record RegistrationRow(Long id, String name, String creditCode, String regionName, UnitNature nature,
                              UnitType type, String contactPerson, String phone, String address,
                              boolean parentChange, String currentParentName, OffsetDateTime submittedAt,
                              Long licenceAttachmentId, String registrantName, String registrantPhone)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
