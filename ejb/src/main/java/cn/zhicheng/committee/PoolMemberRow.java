package cn.zhicheng.committee;

import cn.zhicheng.expert.PoolStatus;
import cn.zhicheng.org.Sex;

import java.io.Serial;
import java.io.Serializable;

import java.time.YearMonth;

/**
 * One expert of a committee's pool on the filing's step 2 (专家库名单, read only; SPEC §3.5.1 columns 姓名, 性别,
 * 身份证号, 出生年月, 年龄, 工作单位, 信息是否完整).
 */
public record PoolMemberRow(Long id, String name, Sex sex, String maskedIdNumber, YearMonth birthMonth, int age,
                            String workUnit, PoolStatus status, boolean complete) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
