package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.org.Sex;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate TODAY = NOW.toLocalDate();

    private static CertificateBatch batch() {
        Unit issuer = new Unit("四川省卫生健康委员会", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", NOW);
        return new CertificateBatch("FZ2026-1-0001", CertificateSource.INITIAL_APPLICATION, issuer, "issuer", NOW);
    }

    private static Certificate certificate(CertificateBatch batch) {
        return Certificate.forInitialApplication(batch, 7L,
                new Certificate.Holder("张三", "510104199001011230", Sex.MALE, LocalDate.of(1990, 1, 1), "四川省人民医院",
                        null),
                new Certificate.Title("卫生技术人员", TitleLevel.INTERMEDIATE, "主治医师", "内科", AcquisitionType.INITIAL,
                        "四川省卫生健康委员会", null, null),
                NOW);
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aNewCertificateWaitsWithAVerificationCodeAndNoSerial() {
        Certificate c = certificate(batch());
        assertEquals(CertificateStatus.PENDING, c.getStatus());
        assertThat(c.getSerialNo()).isNull();
        assertTrue(VerificationCode.isWellFormed(c.getVerificationCode()));
        assertEquals("5101**********1230", c.maskedIdNumber());
    }

    @Test
    void issuingTakesTheBatchApprovalAndTheSerial() {
        CertificateBatch batch = batch();
        Certificate c = certificate(batch);
        batch.setApproval(TODAY.minusDays(2), "川卫职〔2026〕8号", TODAY);
        c.startIssue(batch);
        assertTrue(c.awaitsGeneration());
        assertEquals("川卫职〔2026〕8号", c.getDocumentNumber());
        assertEquals(TODAY.minusDays(2), c.getApprovalDate());
        c.issue(new SerialNumber("51", 2026, 123), 5L, 6L, NOW);
        assertEquals(CertificateStatus.ISSUED, c.getStatus());
        assertEquals("5120260000123", c.getSerialNo());
        assertFalse(c.awaitsGeneration());
        assertEquals("certificate.status.transition", key(() -> c.issue(new SerialNumber("51", 2026, 124), 1L, null,
                NOW)));
    }

    @Test
    void cancellingNeedsAReasonAndOnlyBeforeGeneration() {
        CertificateBatch batch = batch();
        Certificate c = certificate(batch);
        assertEquals("certificate.cancel.reasonRequired", key(() -> c.cancel("  ")));
        assertEquals(CertificateStatus.PENDING, c.getStatus(), "nothing changes on a refusal");
        assertEquals("certificate.reason.tooLong", key(() -> c.cancel("x".repeat(501))));
        c.cancel("学历待核实");
        assertEquals(CertificateStatus.CANCELLED, c.getStatus());
        assertEquals("certificate.status.transition", key(() -> c.cancel("again")));

        Certificate issued = certificate(batch);
        issued.startIssue(batch);
        assertEquals("certificate.status.transition", key(() -> issued.cancel("too late")));
    }

    @Test
    void onlyAnIssuedCertificateCanBeRevoked() {
        CertificateBatch batch = batch();
        Certificate c = certificate(batch);
        assertEquals("certificate.status.transition", key(() -> c.revoke("造假")));
        c.startIssue(batch);
        c.issue(new SerialNumber("51", 2026, 1), 5L, null, NOW);
        assertEquals("certificate.revoke.reasonRequired", key(() -> c.revoke("")));
        c.revoke("学历造假");
        assertEquals(CertificateStatus.REVOKED, c.getStatus());
        assertTrue(c.getStatus().isPublic(), "a revoked certificate stays verifiable");
    }

    @Test
    void transitionsLiveInTheStatus() {
        assertThat(CertificateStatus.PENDING.successors())
                .containsExactlyInAnyOrder(CertificateStatus.ISSUING, CertificateStatus.CANCELLED);
        assertThat(CertificateStatus.ISSUING.successors()).containsExactly(CertificateStatus.ISSUED);
        assertThat(CertificateStatus.ISSUED.successors()).containsExactly(CertificateStatus.REVOKED);
        assertThat(CertificateStatus.CANCELLED.successors()).isEmpty();
        assertThat(CertificateStatus.REVOKED.successors()).isEmpty();
        assertFalse(CertificateStatus.PENDING.isPublic());
        assertFalse(CertificateStatus.CANCELLED.isPublic());
    }
}
