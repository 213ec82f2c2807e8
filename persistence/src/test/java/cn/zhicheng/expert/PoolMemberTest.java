package cn.zhicheng.expert;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolMemberTest {

    private static final OffsetDateTime NOW = Times.now();
    private final Unit province = new Unit("省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", NOW);
    private final Unit health = new Unit("卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", NOW);
    private final Committee committee = new Committee("卫生高级评委会", health, new TitleSeries("卫生系列"), false, NOW);

    private Expert expert() {
        return new Expert(ExpertTestData.valid().validate(), null, NOW);
    }

    private static void refusedWith(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    @Test
    void aUnitDraftIsSubmittedReturnedWithAReasonResubmittedAndApproved() {
        PoolMember m = PoolMember.addedBy(health, committee, expert(), CommitteePost.CHAIR, NOW);
        assertThat(m.getStatus()).isEqualTo(PoolStatus.DRAFT);
        m.requireDeletable();
        m.submit(province, NOW);
        assertThat(m.getStatus()).isEqualTo(PoolStatus.PENDING);
        assertThat(m.getReviewingUnit()).isSameAs(province);
        refusedWith(m::requireEditable, "expert.pool.transition");
        refusedWith(() -> m.returnWith(" ", NOW), "expert.return.reasonRequired");
        refusedWith(() -> m.returnWith("理".repeat(301), NOW), "expert.return.reasonTooLong");
        m.returnWith("  证件照片不清晰 ", NOW);
        assertThat(m.getStatus()).isEqualTo(PoolStatus.RETURNED);
        assertThat(m.getReturnReason()).isEqualTo("证件照片不清晰");
        m.changePost(CommitteePost.VICE_CHAIR);
        refusedWith(m::requireDeletable, "expert.pool.transition");
        m.submit(province, NOW);
        assertThat(m.getReturnReason()).isNull();
        m.approve(NOW);
        assertThat(m.getStatus()).isEqualTo(PoolStatus.IN_POOL);
        refusedWith(() -> m.approve(NOW), "expert.pool.transition");
        refusedWith(() -> m.submit(province, NOW), "expert.pool.transition");
    }

    @Test
    void anExpertSubmitsOnlyACompleteProfileAndOnlyFromToCompleteOrReturned() {
        Expert e = expert();
        PoolMember m = PoolMember.toBeCompleted(committee, e, CommitteePost.MEMBER, NOW);
        assertThat(m.getStatus()).isEqualTo(PoolStatus.TO_COMPLETE);
        refusedWith(() -> m.submit(province, NOW), "expert.pool.transition");
        assertThat(e.isComplete()).isFalse();
        refusedWith(() -> m.submitByExpert(province, NOW), "expert.profile.incomplete");
        e.replaceSection(ProfileSection.EDUCATION,
                List.of(new ProfileEntry(ProfileSection.EDUCATION, "198709", "199207", "医学学士", "华西医科大学", "临床医学")));
        assertThat(e.isComplete()).isFalse();
        e.replaceSection(ProfileSection.WORK,
                List.of(new ProfileEntry(ProfileSection.WORK, "199207", null, "主任医师", "华西医院", null)));
        assertThat(e.isComplete()).isTrue();
        m.submitByExpert(province, NOW);
        assertThat(m.getStatus()).isEqualTo(PoolStatus.PENDING);
        PoolMember draft = PoolMember.addedBy(health, committee, e, CommitteePost.MEMBER, NOW);
        refusedWith(() -> draft.submitByExpert(province, NOW), "expert.pool.transition");
    }

    @Test
    void theExpertKeepsTheIdNumberAndDerivesTheAge() {
        Expert e = expert();
        assertThat(e.age(LocalDate.of(2026, 3, 1))).isEqualTo(56);
        assertThat(e.age(LocalDate.of(2026, 2, 28))).isEqualTo(55);
        ExpertInput other = new ExpertInput("中国", "李四", "", ExpertTestData.idNumber("19800101", "022"), "", "", "",
                "单位", "", "职务", "", "13812345678", "", "荣誉", "", "专业", "职称", "");
        refusedWith(() -> e.describe(other.validate(), null), "expert.idNumber.immutable");
        Expert bare = new Expert("王五", other.validate().idNumber(), NOW);
        assertThat(bare.isComplete()).isFalse();
        assertThat(bare.getCountry()).isEqualTo("中国");
    }

    @Test
    void profileEntriesCheckTheirPeriodAndTitle() {
        refusedWith(() -> new ProfileEntry(ProfileSection.PAPER, "2020", null, "题目", null, null),
                "expert.profile.period.format");
        refusedWith(() -> new ProfileEntry(ProfileSection.WORK, "202005", "201901", "职务", null, null),
                "expert.profile.period.order");
        refusedWith(() -> new ProfileEntry(ProfileSection.BOOK, null, null, " ", null, null),
                "expert.profile.title.required");
        Expert e = expert();
        e.replaceSection(ProfileSection.PAPER, List.of(new ProfileEntry(ProfileSection.PAPER, "202001", null, "论文一", "中华医学杂志", "第一作者")));
        e.replaceSection(ProfileSection.BOOK, List.of(new ProfileEntry(ProfileSection.BOOK, null, null, "专著", "人民卫生出版社", null)));
        e.replaceSection(ProfileSection.PAPER, List.of());
        assertThat(e.getProfile()).extracting(ProfileEntry::getSection).containsExactly(ProfileSection.BOOK);
    }
}
