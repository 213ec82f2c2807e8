package cn.zhicheng.committee;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 专业树管理 for one committee (SPEC §3.5.7): its nodes in depth-first order, whether the tree may be edited at all
 * ({@code editable}: the committee is 单位内部自主评审) and whether the caller may edit it ({@code callerMayEdit}:
 * editable and the caller is the committee's administrator or formation-unit staff; operators only view).
 */
public record SpecialtyTreeView(Long committeeId, String committeeName, String seriesName, boolean editable,
                                boolean callerMayEdit, List<SpecialtyNode> nodes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
