package cn.zhicheng.review;

import java.io.Serial;
import java.io.Serializable;

/** An id and a name for a choice on the review screens (activities, 主管部门). */
public record NamedOption(Long id, String name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
