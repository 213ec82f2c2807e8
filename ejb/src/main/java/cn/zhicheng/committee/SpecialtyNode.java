package cn.zhicheng.committee;

import java.io.Serial;
import java.io.Serializable;

/**
 * One node of a committee's specialty tree (SPEC §3.5.7) in depth-first order: {@code parentId} null = top level,
 * {@code depth} 0 = top level.
 */
public record SpecialtyNode(Long id, Long parentId, String name, boolean frozen, int depth) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
