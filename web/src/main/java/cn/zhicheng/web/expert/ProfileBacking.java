package cn.zhicheng.web.expert;

import cn.zhicheng.expert.ExpertProfiles;
import cn.zhicheng.expert.ExpertView;
import cn.zhicheng.expert.PoolRow;
import cn.zhicheng.expert.ProfileSection;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /expert/profile.xhtml} (SPEC §3.6.5 step 2): the signed-in expert sees their own data, edits one section at a
 * time (学习经历, 工作履历, 荣誉, 奖励, 专家称号, 论文, 论著: add lines, remove lines, save) and 提交审批.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ExpertProfiles profiles;

    @Inject
    private UiMessages messages;

    private ExpertView mine;
    private List<PoolRow> memberships = List.of();
    private ProfileSection section = ProfileSection.EDUCATION;
    private List<Line> lines = new ArrayList<>();

    @PostConstruct
    void load() {
        if (!profiles.hasProfile()) {
            return;
        }
        mine = profiles.mine();
        memberships = profiles.memberships();
        edit();
    }

    /** Loads the chosen section's lines for editing. */
    public void edit() {
        lines = new ArrayList<>();
        for (ExpertView.Entry e : mine.profile()) {
            if (e.section() == section) {
                lines.add(new Line(e.periodFrom(), e.periodTo(), e.title(), e.organisation(), e.detail()));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line());
        }
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    public void save() {
        try {
            profiles.saveSection(section, lines.stream().filter(l -> !l.isBlank())
                    .map(l -> new ExpertView.Entry(section, l.getPeriodFrom(), l.getPeriodTo(), l.getTitle(),
                            l.getOrganisation(), l.getDetail())).toList());
            mine = profiles.mine();
            messages.info("expert.profile.saved", messages.format("ProfileSection." + section.name()));
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void submit() {
        try {
            int count = profiles.submitForApproval();
            mine = profiles.mine();
            memberships = profiles.memberships();
            messages.info("expert.profile.submitted", count);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isPresent() {
        return mine != null;
    }

    public ExpertView getMine() {
        return mine;
    }

    public List<PoolRow> getMemberships() {
        return memberships;
    }

    public ProfileSection[] getSections() {
        return ProfileSection.values();
    }

    public ProfileSection getSection() {
        return section;
    }

    public void setSection(ProfileSection section) {
        this.section = section;
    }

    public List<Line> getLines() {
        return lines;
    }

    /** One editable line of a section. */
    public static class Line implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private String periodFrom;
        private String periodTo;
        private String title;
        private String organisation;
        private String detail;

        public Line() {
        }

        Line(String periodFrom, String periodTo, String title, String organisation, String detail) {
            this.periodFrom = periodFrom;
            this.periodTo = periodTo;
            this.title = title;
            this.organisation = organisation;
            this.detail = detail;
        }

        boolean isBlank() {
            return blank(periodFrom) && blank(periodTo) && blank(title) && blank(organisation) && blank(detail);
        }

        private static boolean blank(String v) {
            return v == null || v.isBlank();
        }

        public String getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(String v) { periodFrom = v; }
        public String getPeriodTo() { return periodTo; }
        public void setPeriodTo(String v) { periodTo = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String v) { organisation = v; }
        public String getDetail() { return detail; }
        public void setDetail(String v) { detail = v; }
    }
}
