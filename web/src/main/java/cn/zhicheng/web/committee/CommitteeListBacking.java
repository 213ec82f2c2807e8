package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.CommitteeRow;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /unit/committees/list.xhtml} (评委会备案申报, SPEC §3.5.1): the unit's committees with their filing status in
 * the manuals' words, the 备案有效期, and 新增 / 编辑 / 查看详情 / 备案申请.
 */
@Named
@ViewScoped
public class CommitteeListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeFilings service;

    @EJB
    private ProvinceSettings settings;

    @Inject
    private UiMessages messages;

    private String name;
    private String appliedName;
    private PagedModel<CommitteeRow> model;

    @PostConstruct
    void init() {
        service.countOwn(null);
        model = new PagedModel<>((first, size) -> service.own(appliedName, first, size),
                () -> service.countOwn(appliedName), CommitteeRow::id);
    }

    public void search() {
        appliedName = name;
    }

    /** 备案申请: submits (or renews) the filing as it stands. */
    public void submit(CommitteeRow row) {
        try {
            service.submit(row.id());
            messages.info("committee.submitted", row.name());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Whether the province's model has a creation page ({@code setup.xhtml}, SPEC §3.5.3/§3.5.4). */
    public boolean isSetupAvailable() {
        return settings.get(SettingKeys.COMMITTEE_SETUP_MODEL) != CommitteeSetupModel.FORMATION_UNIT_FILING;
    }

    /** 备案状态 as the list shows it, for the xlsx export. */
    public String statusText(CommitteeRow row) {
        return switch (row.status()) {
            case AUTHORISING_REVIEW, FILING_REVIEW -> messages.format("committee.status.waiting", row.waitingUnitName());
            case FILED -> messages.format("committee.status.filed");
            case REJECTED -> messages.format("committee.status.rejected", row.lastOpinion());
            default -> messages.format("FilingStatus." + row.status().name());
        };
    }

    /** 层级 for the xlsx export. */
    public String levelsText(CommitteeRow row) {
        return row.levels().stream().map(l -> messages.format("TitleLevel." + l.name()))
                .collect(java.util.stream.Collectors.joining("、"));
    }

    public PagedModel<CommitteeRow> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
