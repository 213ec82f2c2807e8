package cn.zhicheng.certificate;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PublicLookupsTest {

    @Test
    void aClientGetsTenLookupsPerMinuteAndTheWindowSlides() {
        PublicLookups lookups = new PublicLookups();
        long t0 = 1_000_000L;
        for (int i = 0; i < PublicLookups.LOOKUPS; i++) {
            lookups.acquire("10.0.0.1", t0 + i * 1000L);
        }
        BusinessException refused = assertThrows(BusinessException.class, () -> lookups.acquire("10.0.0.1", t0 + 30_000));
        assertEquals("certificate.verify.tooMany", refused.getMessageKey());
        lookups.acquire("10.0.0.2", t0 + 30_000);
        // the first lookup leaves the window after 60 s: one more is allowed, then refused again
        lookups.acquire("10.0.0.1", t0 + 60_001);
        assertThrows(BusinessException.class, () -> lookups.acquire("10.0.0.1", t0 + 60_002));
    }
}
