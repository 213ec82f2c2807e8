package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/** The public 单位注册 form: the new unit's name and its first account, which becomes the unit's super administrator. */
public record SelfRegistration(String unitName, String loginName, String name, String idNumber, String phone,
                               String password) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "SelfRegistration[" + unitName + ", " + loginName + "]";
    }
}
