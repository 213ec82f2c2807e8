package cn.zhicheng.committee;

import cn.zhicheng.org.AccountStatus;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One 评委会操作员 account on 评委会账号管理 (SPEC §3.5.6). */
public record OperatorRow(Long id, String name, String maskedIdNumber, String login, AccountStatus status,
                          OffsetDateTime createdAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
