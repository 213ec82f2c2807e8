package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A committee's historical review activity (SX 职称评审信息上报, SPEC §3.13.3) and the batches imported for it. */
class HistoryActivityTest {

    private final Unit department = new Unit("卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "140000", Times.now());
    private final TitleSeries series = new TitleSeries("卫生技术人员");
    private final Committee committee = new Committee("山西省卫生高评委", department, series, false, Times.now());
    private final OffsetDateTime now = Times.now();

    private void rejected(String key, Runnable action) {
        assertEquals(key, assertThrows(BusinessException.class, action::run).getMessageKey());
    }

    @Test
    void theYearNameSeriesAndLevelAreChecked() {
        rejected("history.activity.year", () -> new HistoryActivity(committee, 1979, "老评审", series,
                TitleLevel.SENIOR_DEPUTY, now));
        rejected("history.activity.year", () -> new HistoryActivity(committee, now.getYear() + 1, "明年", series,
                TitleLevel.SENIOR_DEPUTY, now));
        rejected("history.activity.nameRequired", () -> new HistoryActivity(committee, 2018, " ", series,
                TitleLevel.SENIOR_DEPUTY, now));
        rejected("history.activity.nameTooLong", () -> new HistoryActivity(committee, 2018, "长".repeat(101), series,
                TitleLevel.SENIOR_DEPUTY, now));
        rejected("history.activity.titleRequired", () -> new HistoryActivity(committee, 2018, "无级别", series, null,
                now));
        HistoryActivity activity = new HistoryActivity(committee, 1980, " 1980年高评 ", series, TitleLevel.SENIOR_DEPUTY,
                now);
        assertEquals("1980年高评", activity.getName());
    }

    @Test
    void itsRowsNameTheCommitteeWithinTheActivitysSeriesAndLevel() {
        InstitutionScope scope = new HistoryActivity(committee, 2018, "2018年高评", series, TitleLevel.SENIOR_DEPUTY,
                now).scope();
        assertEquals("山西省卫生高评委", scope.name());
        assertEquals(Set.of("卫生技术人员"), scope.seriesNames());
        assertTrue(scope.covers("卫生技术人员", TitleLevel.SENIOR_DEPUTY));
        assertFalse(scope.covers("卫生技术人员", TitleLevel.INTERMEDIATE));
        assertFalse(scope.covers("工程技术人员", TitleLevel.SENIOR_DEPUTY));
    }

    @Test
    void aBatchOfTheActivityIsACommitteeReportCollectedUnderTheFormationUnit() {
        HistoryActivity activity = new HistoryActivity(committee, 2018, "2018年高评", series, TitleLevel.SENIOR_DEPUTY,
                now);
        HistoryBatch batch = HistoryBatch.forActivity(activity, DocumentNumber.of("晋人社职〔2018〕6号"), "c", "管理员",
                now);
        assertEquals(department, batch.getCollectingUnit());
        assertEquals(AcquisitionType.REVIEW, batch.getAcquisitionType());
        assertEquals(HistoryBatchStatus.DRAFT, batch.getStatus());
        assertFalse(new HistoryBatch(department, AcquisitionType.REVIEW, DocumentNumber.of("晋人社职〔2018〕6号"), "u",
                "经办人", now).isCommitteeReport());
    }
}
