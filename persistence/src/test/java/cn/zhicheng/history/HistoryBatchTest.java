package cn.zhicheng.history;

import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch's review along its path (SPEC §3.13.3–3.13.4) and the 文号 and date value objects. */
class HistoryBatchTest {

    private final Unit issuer = new Unit("省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", Times.now());

    private HistoryBatch batch() {
        return new HistoryBatch(new Unit("卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", Times.now()),
                AcquisitionType.REVIEW, DocumentNumber.of("川人社职〔2018〕60号"), "u", "经办人", Times.now());
    }

    @Test
    void threeLevelsPassOneAfterTheOtherAndAReturnGoesBackToTheCollector() {
        HistoryBatch batch = batch();
        assertThrows(BusinessException.class, () -> batch.submit(issuer, List.of(1L, 2L, 3L), null, Times.now()),
                "the 任职资格文件 is required");
        batch.submit(issuer, List.of(1L, 2L, 3L), 9L, Times.now());
        assertTrue(batch.isAwaiting(1L));
        assertFalse(batch.isAwaiting(2L));
        assertThrows(BusinessException.class, () -> batch.pass(2L, Times.now()), "not yet the second level");
        batch.pass(1L, Times.now());
        assertEquals(1, batch.getPosition());
        assertThrows(BusinessException.class, () -> batch.returnWith(2L, " "), "a reason is required");
        batch.returnWith(2L, "证书编号有误");
        assertEquals(HistoryBatchStatus.RETURNED, batch.getStatus());
        assertNull(batch.currentReviewerUnitId());
        batch.requireEditable();
        batch.submit(issuer, List.of(1L, 2L, 3L), 9L, Times.now());
        batch.pass(1L, Times.now());
        batch.pass(2L, Times.now());
        batch.pass(3L, Times.now());
        assertEquals(HistoryBatchStatus.APPROVED, batch.getStatus());
        assertThrows(BusinessException.class, batch::requireEditable);
        assertThrows(BusinessException.class, () -> batch.submit(issuer, List.of(1L), 9L, Times.now()));
    }

    @Test
    void problemRecordsOfAnApprovedBatchSplitOffIntoAReturnedBatchThatIsResubmittedAlongThePath() {
        HistoryBatch batch = batch();
        assertThrows(BusinessException.class, () -> batch.splitReturned("姓名有误", Times.now()),
                "only an approved batch hands records back at issuance");
        batch.submit(issuer, List.of(1L, 2L), 9L, Times.now());
        batch.pass(1L, Times.now());
        batch.pass(2L, Times.now());
        assertThrows(BusinessException.class, () -> batch.splitReturned("  ", Times.now()), "a reason is required");
        assertThrows(BusinessException.class, () -> batch.splitReturned("长".repeat(HistoryBatch.REASON_MAX + 1),
                Times.now()));

        HistoryBatch part = batch.splitReturned(" 身份证号与证书不符 ", Times.now());
        assertEquals(HistoryBatchStatus.APPROVED, batch.getStatus(), "the rest stays approved");
        assertEquals(HistoryBatchStatus.RETURNED, part.getStatus());
        assertEquals("身份证号与证书不符", part.getReturnReason());
        assertEquals(batch.getCollectingUnit(), part.getCollectingUnit());
        assertEquals(batch.getAcquisitionType(), part.getAcquisitionType());
        assertEquals(batch.getDocumentNumber(), part.getDocumentNumber());
        assertEquals(batch.getIssuer(), part.getIssuer());
        assertEquals(List.of(1L, 2L), part.path());
        assertNull(part.currentReviewerUnitId());
        part.requireEditable();
        part.submit(issuer, List.of(1L, 2L), 9L, Times.now());
        part.pass(1L, Times.now());
        part.pass(2L, Times.now());
        assertEquals(HistoryBatchStatus.APPROVED, part.getStatus());
    }

    @Test
    void internalLevelsOfAUnitComeBeforeTheNextUnitAndStartAgainAfterAReturn() {
        HistoryBatch batch = batch();
        batch.submit(issuer, List.of(1L, 2L), 9L, Times.now());
        assertEquals(ReviewPosition.of(1L, 1), batch.reviewPosition());
        batch.passLevel(1L, ReviewPosition.of(1L, 2));
        assertEquals(ReviewPosition.of(1L, 2), batch.reviewPosition());
        assertThrows(IllegalArgumentException.class, () -> batch.passLevel(1L, ReviewPosition.of(1L, 2)),
                "only a later level");
        assertThrows(BusinessException.class, () -> batch.passLevel(2L, ReviewPosition.of(2L, 2)), "not its turn");
        batch.pass(1L, Times.now());
        assertEquals(ReviewPosition.of(2L, 1), batch.reviewPosition(), "the next unit starts at its level 1");
        batch.passLevel(2L, ReviewPosition.of(2L, 2));
        batch.returnWith(2L, "名单不符");
        assertNull(batch.reviewPosition());
        batch.submit(issuer, List.of(1L, 2L), 9L, Times.now());
        assertEquals(ReviewPosition.of(1L, 1), batch.reviewPosition());
        batch.pass(1L, Times.now());
        batch.pass(2L, Times.now());
        assertEquals(HistoryBatchStatus.APPROVED, batch.getStatus());
        assertNull(batch.reviewPosition());
    }

    @Test
    void documentNumbers() {
        assertEquals(2020, DocumentNumber.of(" 晋人社职〔2020〕60号 ").year());
        for (String bad : List.of("晋人社职[2020]60号", "晋人社职【2020】60号", "晋人社职(2020)60号", "晋人社职（2020）60号")) {
            assertEquals("documentNumber.brackets",
                    assertThrows(BusinessException.class, () -> DocumentNumber.of(bad)).getMessageKey(), bad);
        }
        assertEquals("documentNumber.format",
                assertThrows(BusinessException.class, () -> DocumentNumber.of("晋人社职〔20〕60号")).getMessageKey());
        assertEquals("documentNumber.required",
                assertThrows(BusinessException.class, () -> DocumentNumber.of(" ")).getMessageKey());
    }

    @Test
    void cellDates() {
        assertEquals("2018-10-20", CellDates.parse("43393").orElseThrow().toString());
        assertEquals("2018-10-20", CellDates.parse("20181020").orElseThrow().toString());
        assertEquals("2018-10-02", CellDates.parse("2018-10-2").orElseThrow().toString());
        assertTrue(CellDates.parse("20181320").isEmpty());
        assertTrue(CellDates.parse("十月").isEmpty());
    }
}
