package cn.zhicheng.committee;

import cn.zhicheng.expert.PoolStatus;

import java.io.Serial;
import java.io.Serializable;

/** One expert of a committee's pool on the filing's step 2 (专家库名单, read only). */
public record PoolMemberRow(Long id, String name, String maskedIdNumber, PoolStatus status) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
