package cn.zhicheng.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the 职称申报人员信息表 is split (SPEC §3.15.3, §4.7): one sheet per second-level specialty (二级专业) of the
 * committee's specialty tree (the tree's top level is the first level under the series). An application's 申报专业
 * found in the tree goes to its second-level ancestor (itself when it is second-level); a top-level name has no
 * second level and keeps its own sheet; a name the tree does not hold goes to {@value #OTHER}. When a name occurs twice
 * in the tree, the first node (by id) decides. Plain data, built once per export.
 */
public final class RosterSheets implements Serializable {

    public static final String OTHER = "其他";

    /** A node of the tree as stored: id, parent id (null at the top level), name. */
    public record Node(Long id, Long parentId, String name) implements Serializable {
    }

    private final Map<String, String> sheetOfName;
    private final List<String> order;

    private RosterSheets(Map<String, String> sheetOfName, List<String> order) {
        this.sheetOfName = sheetOfName;
        this.order = order;
    }

    /** The split for a committee whose tree has these nodes (any order). */
    public static RosterSheets of(List<Node> nodes) {
        Map<Long, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort((a, b) -> Long.compare(a.id(), b.id()));
        Map<String, String> sheetOfName = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        for (Node node : sorted) {
            String sheet = secondLevelOf(node, byId);
            sheetOfName.putIfAbsent(node.name(), sheet);
            order.add(sheet);
        }
        List<String> names = new ArrayList<>(order);
        names.remove(OTHER);
        names.add(OTHER);
        return new RosterSheets(sheetOfName, List.copyOf(names));
    }

    private static String secondLevelOf(Node node, Map<Long, Node> byId) {
        Node current = node;
        Node child = null;
        int guard = 0;
        while (current.parentId() != null && byId.containsKey(current.parentId()) && guard++ < 1000) {
            child = current;
            current = byId.get(current.parentId());
        }
        // current is the top-level ancestor; child the second-level one on the way (null: the node is top level)
        return child == null ? node.name() : child.name();
    }

    /** The sheet an application with this 申报专业 goes to. */
    public String sheetOf(String specialty) {
        return specialty == null ? OTHER : sheetOfName.getOrDefault(specialty.strip(), OTHER);
    }

    /** Every sheet the tree can produce, in tree order, {@value #OTHER} last. */
    public List<String> sheetNames() {
        return order;
    }
}
