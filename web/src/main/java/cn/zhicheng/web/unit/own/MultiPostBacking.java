package cn.zhicheng.web.unit.own;

import cn.zhicheng.review.ConfigView;
import cn.zhicheng.review.LevelView;
import cn.zhicheng.review.MultiPostConfigService;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.review.StaffView;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 多岗审核配置 ({@code /unit/own/multipost.xhtml}, SPEC §3.3): pick the item type, see its levels in order with their
 * staff, add the next level, edit a level's staff, delete a level (the levels above move down). The service allows
 * only the unit's super administrator and refuses staff of other units with 403.
 */
@Named
@ViewScoped
public class MultiPostBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String DIALOG = "levelDialog";

    @EJB
    private MultiPostConfigService service;

    @Inject
    private UiMessages messages;

    private List<ReviewItemType> itemTypes = List.of();
    private ReviewItemType itemType;
    private ConfigView config;
    private List<StaffView> eligibleStaff = List.of();
    private FlowLogModel changeLog;

    private Integer editingNumber;
    private boolean adding;
    private List<String> chosenStaff = new ArrayList<>();

    @PostConstruct
    void load() {
        itemTypes = service.itemTypesOfCaller();
        itemType = itemTypes.isEmpty() ? null : itemTypes.get(itemTypes.size() - 1);
        reload();
    }

    /** After the item type changed or a level was saved. */
    public void reload() {
        if (itemType == null) {
            return;
        }
        config = service.view(itemType);
        eligibleStaff = service.eligibleStaff(itemType);
        ReviewItemType type = itemType;
        MultiPostConfigService logService = service;
        changeLog = new FlowLogModel((first, size) -> logService.changeLog(type, first, size),
                () -> logService.changeLogSize(type));
    }

    /** 【新增】: the dialog for the next level. */
    public void startAdd() {
        adding = true;
        editingNumber = config.nextNumber();
        chosenStaff = new ArrayList<>();
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** 【编辑】: the dialog with the level's staff chosen. */
    public void startEdit(LevelView level) {
        adding = false;
        editingNumber = level.number();
        chosenStaff = new ArrayList<>(level.staffIds().stream().map(String::valueOf).toList());
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** Saves the dialog; a refusal keeps the dialog open with the choice and the reason. */
    public void save() {
        Set<Long> ids = new LinkedHashSet<>();
        chosenStaff.forEach(id -> ids.add(Long.valueOf(id)));
        try {
            if (adding) {
                service.addLevel(itemType, editingNumber, ids);
                messages.info("multiPost.added", editingNumber);
            } else {
                service.changeLevel(itemType, editingNumber, ids);
                messages.info("multiPost.changed", editingNumber);
            }
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        reload();
        Ajax.update("levelsForm", "messages");
        Ajax.oncomplete("PF('" + DIALOG + "').hide()");
    }

    /** 【删除】 after confirmation. */
    public void delete(LevelView level) {
        try {
            service.deleteLevel(itemType, level.number());
            messages.info("multiPost.deleted", level.number());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
        }
        reload();
    }

    public List<ReviewItemType> getItemTypes() {
        return itemTypes;
    }

    public ReviewItemType getItemType() {
        return itemType;
    }

    public void setItemType(ReviewItemType itemType) {
        this.itemType = itemType;
    }

    public ConfigView getConfig() {
        return config;
    }

    public List<StaffView> getEligibleStaff() {
        return eligibleStaff;
    }

    public FlowLogModel getChangeLog() {
        return changeLog;
    }

    public Integer getEditingNumber() {
        return editingNumber;
    }

    public boolean isAdding() {
        return adding;
    }

    public List<String> getChosenStaff() {
        return chosenStaff;
    }

    public void setChosenStaff(List<String> chosenStaff) {
        this.chosenStaff = chosenStaff == null ? new ArrayList<>() : new ArrayList<>(chosenStaff);
    }
}
