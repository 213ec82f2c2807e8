package cn.zhicheng.review;

import java.io.Serial;
import java.io.Serializable;

/** A region of the 行政区划 filter (SPEC §3.9.2 HB layout): its code and name. */
public record RegionOption(String code, String name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
