package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Sex;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A title confirmed by 职称确认审核 as one approved historical record (SPEC §3.15.5, §3.13.5). */
class ConfirmedTitleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    /** Born 1990-01-01, male. */
    private static final String ID_NUMBER = "510104199001011230";

    private static ConfirmedTitle title(LocalDate approvedOn) {
        return new ConfirmedTitle("OUT_OF_PROVINCE_TITLE", 12L, "外省职称确认", AcquisitionType.CONFIRMATION, "张三",
                ID_NUMBER, "CQ2019001", "工程技术", TitleLevel.INTERMEDIATE, "工程师", "土木工程", "确认", approvedOn,
                "渝人社职〔2019〕12号", true);
    }

    private static Unit unit(long id) throws ReflectiveOperationException {
        Unit unit = new Unit("省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", NOW);
        Field field = Unit.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(unit, id);
        return unit;
    }

    @Test
    void theHolderComesFromTheIdNumberAndTheDatesFromTheRequest() {
        HistoryDetails d = title(LocalDate.of(2019, 6, 1)).details("某医院", LocalDate.of(2026, 11, 23));
        assertEquals("居民身份证", d.idType());
        assertEquals(ID_NUMBER, d.idNumber());
        assertEquals("张三", d.name());
        assertEquals(Sex.MALE, d.sex());
        assertEquals(LocalDate.of(1990, 1, 1), d.birthDate());
        assertEquals(LocalDate.of(2019, 6, 1), d.approvedOn(), "the date the request states");
        assertEquals(d.approvedOn(), d.reviewedOn(), "no request states a 评审时间");
        assertEquals("确认", d.institution());
        assertEquals("渝人社职〔2019〕12号", d.documentNumber());
        assertEquals("CQ2019001", d.certificateNo());
        assertEquals("某医院", d.workUnit());
        assertNull(d.regionCode());
    }

    @Test
    void withoutAStatedDateTheFinalPassIsTheApprovalAndALongWorkUnitIsCut() {
        HistoryDetails d = title(null).details("院".repeat(150), LocalDate.of(2026, 11, 23));
        assertEquals(LocalDate.of(2026, 11, 23), d.approvedOn());
        assertEquals(LocalDate.of(2026, 11, 23), d.reviewedOn());
        assertEquals(HistoryColumn.WORK_UNIT.maxLength(), d.workUnit().length());
        assertNull(title(null).details(null, LocalDate.of(2026, 11, 23)).workUnit(), "no employer, no work unit");
    }

    @Test
    void aHolderWithoutAValidIdNumberIsRefusedAndMissingFactsAreAProgrammingError() {
        ConfirmedTitle bad = new ConfirmedTitle("OUT_OF_PROVINCE_TITLE", 1L, "外省职称确认",
                AcquisitionType.CONFIRMATION, "张三", "123", null, "工程技术", TitleLevel.INTERMEDIATE, "工程师", null,
                "确认", LocalDate.of(2019, 6, 1), "渝人社职〔2019〕12号", false);
        assertThrows(BusinessException.class, () -> bad.details(null, LocalDate.of(2026, 1, 1)));
        assertThrows(NullPointerException.class, () -> new ConfirmedTitle("X", 1L, "x",
                AcquisitionType.CONFIRMATION, "张三", ID_NUMBER, null, "工程技术", TitleLevel.INTERMEDIATE, "工程师",
                null, "确认", null, null, false));
    }

    @Test
    void theBatchIsApprovedAtOnceWithTheApprovingUnitAsCollectorAndIssuer() throws Exception {
        Unit province = unit(42L);
        HistoryBatch batch = HistoryBatch.confirmedBy(province, title(LocalDate.of(2019, 6, 1)), "admin", "审核人", NOW);
        assertEquals(HistoryBatchStatus.APPROVED, batch.getStatus());
        assertSame(province, batch.getCollectingUnit());
        assertSame(province, batch.getIssuer());
        assertEquals(AcquisitionType.CONFIRMATION, batch.getAcquisitionType());
        assertEquals("渝人社职〔2019〕12号", batch.getDocumentNumber());
        assertEquals(List.of(42L), batch.path());
        assertEquals("admin", batch.getCollectorLogin());
        assertEquals("审核人", batch.getCollectorName());
        assertEquals(NOW, batch.getApprovedAt());
        assertEquals(NOW, batch.getSubmittedAt());
        assertNull(batch.currentReviewerUnitId(), "nobody reviews it any more");
        assertFalse(batch.isAwaiting(42L));
        assertNull(batch.reviewPosition());
        assertThrows(BusinessException.class, batch::requireEditable, "approved data are not edited");
        assertThrows(BusinessException.class, () -> batch.pass(42L, NOW));
        assertFalse(batch.isCommitteeReport());
    }

    @Test
    void theRecordNamesTheRequestItCameFrom() {
        ConfirmedTitle title = title(LocalDate.of(2019, 6, 1));
        HistoryRecord record = HistoryRecord.confirmed(7L, title, "某医院", LocalDate.of(2026, 11, 23), NOW);
        assertEquals(7L, record.getBatchId());
        assertEquals(1L, record.getRowNumber());
        assertEquals("OUT_OF_PROVINCE_TITLE", record.getSourceRequestType());
        assertEquals(12L, record.getSourceRequestId());
        assertTrue(record.isHighRisk());
        assertEquals("工程师", record.getQualificationName());
        assertEquals(TitleLevel.INTERMEDIATE, record.getLevel());
        assertEquals(HistoryDetails.key(ID_NUMBER, "工程技术", TitleLevel.INTERMEDIATE, "渝人社职〔2019〕12号"),
                record.duplicateKey());
        assertEquals("由外省职称确认 #12 生成", title.origin());
    }
}
