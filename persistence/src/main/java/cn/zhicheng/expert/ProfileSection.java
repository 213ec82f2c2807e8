package cn.zhicheng.expert;

/**
 * The sections an expert completes personally (SPEC §3.6.5 step 2): 学习经历, 工作履历, 荣誉, 奖励, 专家称号, 论文,
 * 论著. Labels: {@code ProfileSection.NAME}; column labels: {@code ProfileSection.NAME.title} etc. 学习经历 and
 * 工作履历 are required for a complete profile.
 */
public enum ProfileSection {
    EDUCATION(true), WORK(true), HONOUR(false), AWARD(false), EXPERT_TITLE(false), PAPER(false), BOOK(false);

    private final boolean required;

    ProfileSection(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
