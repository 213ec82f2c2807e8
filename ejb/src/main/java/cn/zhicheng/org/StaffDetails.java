package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A staff account as the edit form shows it: what may change (name, phone, roles) and what identifies it. */
public record StaffDetails(Long id, String login, String maskedIdNumber, String name, String phone,
                           List<Long> roleIds, boolean superAdmin) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
