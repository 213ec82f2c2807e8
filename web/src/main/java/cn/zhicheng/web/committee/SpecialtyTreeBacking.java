package cn.zhicheng.web.committee;

import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.committee.SpecialtyTreeView;
import cn.zhicheng.committee.SpecialtyTrees;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 专业树管理 (SPEC §3.5.7) for {@code /committee/specialties.xhtml} (the committee's own tree, for its administrator
 * and operators) and {@code /unit/committees/specialties.xhtml?committee=ID} (the formation unit); both pages include
 * {@code WEB-INF/includes/specialtyTree.xhtml}. The buttons appear only when the caller may edit the tree.
 */
@Named
@ViewScoped
public class SpecialtyTreeBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The 父级专业 value meaning 顶级专业 (directly under the series). */
    public static final long TOP_LEVEL = 0L;

    @EJB
    private SpecialtyTrees service;

    @Inject
    private UiMessages messages;

    private Long committeeId;
    private SpecialtyTreeView view;
    private TreeNode<SpecialtyNode> root;
    private Long parentId = TOP_LEVEL;
    private String newName;
    private Long renamingId;
    private String renameTo;

    /** f:viewAction: the committee named by the parameter (formation unit) or the caller's own (committee side). */
    public void load() {
        if (committeeId == null) {
            committeeId = service.ownCommitteeId();
        }
        refresh();
    }

    private void refresh() {
        view = service.view(committeeId);
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<SpecialtyNode>> byId = new HashMap<>();
        for (SpecialtyNode node : view.nodes()) {
            TreeNode<SpecialtyNode> parent = node.parentId() == null ? root : byId.get(node.parentId());
            TreeNode<SpecialtyNode> treeNode = new DefaultTreeNode<>(node, parent);
            treeNode.setExpanded(true);
            byId.put(node.id(), treeNode);
        }
    }

    public void startAdd() {
        parentId = TOP_LEVEL;
        newName = null;
        Ajax.oncomplete("PF('specialtyAddDialog').show()");
    }

    /** 【确认】 of 新增 */
    public void add() {
        try {
            service.add(committeeId, parentId == null || parentId == TOP_LEVEL ? null : parentId, newName);
            messages.info("specialty.added", newName.strip());
            refresh();
            Ajax.update("treeForm", "messages");
            Ajax.oncomplete("PF('specialtyAddDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void startRename(SpecialtyNode node) {
        renamingId = node.id();
        renameTo = node.name();
        Ajax.oncomplete("PF('specialtyRenameDialog').show()");
    }

    /** 【确认】 of 修改专业名称 */
    public void rename() {
        try {
            service.rename(renamingId, renameTo);
            messages.info("specialty.renamed", renameTo.strip());
            refresh();
            Ajax.update("treeForm", "messages");
            Ajax.oncomplete("PF('specialtyRenameDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void freeze(SpecialtyNode node) {
        act(() -> service.freeze(node.id()), "specialty.frozen", node);
    }

    public void unfreeze(SpecialtyNode node) {
        act(() -> service.unfreeze(node.id()), "specialty.unfrozen", node);
    }

    private void act(Runnable action, String doneKey, SpecialtyNode node) {
        try {
            action.run();
            messages.info(doneKey, node.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
        refresh();
    }

    /** 父级专业 choices: 顶级专业 and every unfrozen node, indented by depth. */
    public List<SelectItem> getParentOptions() {
        List<SelectItem> options = new ArrayList<>();
        options.add(new SelectItem(TOP_LEVEL, messages.format("specialty.parent.top")));
        for (SpecialtyNode node : view.nodes()) {
            if (!node.frozen()) {
                options.add(new SelectItem(node.id(), "\u3000".repeat(node.depth()) + node.name()));
            }
        }
        return options;
    }

    public SpecialtyTreeView getView() {
        return view;
    }

    public TreeNode<SpecialtyNode> getRoot() {
        return root;
    }

    public boolean isCallerMayEdit() {
        return view != null && view.callerMayEdit();
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }
}
