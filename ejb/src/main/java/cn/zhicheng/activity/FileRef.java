package cn.zhicheng.activity;

import java.io.Serial;
import java.io.Serializable;

/** An uploaded file as lists show it: its id and original name. */
public record FileRef(Long id, String name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
