package cn.zhicheng.catalog;

import java.io.Serial;
import java.io.Serializable;

/** One entry of a catalog selection (a series or a qualification name). */
public record CatalogChoice(Long id, String name, boolean retired) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
