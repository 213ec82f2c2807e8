package cn.zhicheng.activity;

import java.io.Serial;
import java.io.Serializable;

/** A title series as a search choice. */
public record SeriesOption(Long id, String name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
