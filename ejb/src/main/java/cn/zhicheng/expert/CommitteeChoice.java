package cn.zhicheng.expert;

import java.io.Serial;
import java.io.Serializable;

/** A committee the caller's unit formed, for the 选择评委会 drop-down. */
public record CommitteeChoice(Long id, String name, String seriesName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
