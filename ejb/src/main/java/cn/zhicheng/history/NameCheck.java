package cn.zhicheng.history;

import java.io.Serial;
import java.io.Serializable;

/** 任职资格文件人员名单校验 (SPEC §3.13.4): a record's name and whether the pasted list holds it (存在 / 不存在). */
public record NameCheck(int number, String name, boolean present) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
