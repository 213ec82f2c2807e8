package cn.zhicheng.certificate;

import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateBatchTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate TODAY = NOW.toLocalDate();

    private static CertificateBatch batch() {
        Unit issuer = new Unit("成都市人力资源和社会保障局", null, UnitType.HRSS, cn.zhicheng.org.HrssLevel.CITY, "510100", NOW);
        return new CertificateBatch("FZ2026-3-0001", CertificateSource.INITIAL_APPLICATION, issuer, "cd_hrss", NOW);
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void issuingNeedsPersonsApprovalAndTheStampedSummaryInThatOrder() {
        CertificateBatch batch = batch();
        assertEquals("certificate.batch.empty", key(() -> batch.startGeneration(0)));
        assertEquals("certificate.batch.approvalMissing", key(() -> batch.startGeneration(3)));
        batch.setApproval(TODAY, "成人社职〔2026〕12号", TODAY);
        assertEquals("certificate.batch.summaryMissing", key(() -> batch.startGeneration(3)));
        batch.attachStampedSummary(42L);
        batch.startGeneration(3);
        assertEquals(CertificateBatchStatus.GENERATING, batch.getStatus());
        assertEquals("certificate.batch.notOpen", key(() -> batch.attachStampedSummary(43L)));
        assertEquals("certificate.batch.notOpen", key(() -> batch.setApproval(TODAY, "成人社职〔2026〕13号", TODAY)));
        batch.finish(NOW);
        assertEquals(CertificateBatchStatus.ISSUED, batch.getStatus());
        assertEquals("certificate.batch.notGenerating", key(() -> batch.finish(NOW)));
    }

    @Test
    void theApprovalIsCheckedAndAFaultyOneChangesNothing() {
        CertificateBatch batch = batch();
        assertEquals("certificate.batch.approvalDateRequired", key(() -> batch.setApproval(null, "成人社职〔2026〕12号",
                TODAY)));
        assertEquals("certificate.batch.approvalDateFuture", key(() -> batch.setApproval(TODAY.plusDays(1),
                "成人社职〔2026〕12号", TODAY)));
        assertEquals("documentNumber.brackets", key(() -> batch.setApproval(TODAY, "成人社职[2026]12号", TODAY)));
        assertNull(batch.getApprovalDate());
        assertNull(batch.getDocumentNumber());
    }

    @Test
    void aHistoricalBatchCarriesItsRecordsApproval() {
        Unit issuer = new Unit("四川省人力资源和社会保障厅", null, UnitType.HRSS, cn.zhicheng.org.HrssLevel.PROVINCE, "510000", NOW);
        CertificateBatch batch = CertificateBatch.ofHistory("FZ2026-1-0002", issuer, "川人社职〔2015〕45号",
                LocalDate.of(2015, 12, 1), "sc_hrss", NOW);
        assertEquals(CertificateSource.HISTORY_RECORD, batch.getKind());
        assertEquals("川人社职〔2015〕45号", batch.getDocumentNumber());
        assertEquals(LocalDate.of(2015, 12, 1), batch.getApprovalDate());
    }
}
