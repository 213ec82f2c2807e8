package cn.zhicheng.insurance;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The adapter to the social-insurance data (SPEC §3.13.2 rule 8, and the applicant checks of §3.8): which persons
 * have an insurance record at a unit. A deployment backs it by the province's social-insurance system; the product
 * ships a database-backed implementation (table {@code social_insurance_record}) filled by an exchange or by hand.
 * A missing record is a 高风险 warning, never a refusal.
 */
public interface SocialInsuranceRecords {

    /** The ID numbers among {@code idNumbers} that have a record at the unit (one lookup for a whole chunk). */
    Set<String> insuredAt(long unitId, Collection<String> idNumbers);

    /** A person's insurance periods, newest first, with the paying unit's id (社保参保信息, SPEC §3.8.4 B). */
    List<InsurancePeriod> periodsOf(String idNumber);

    default boolean isInsuredAt(long unitId, String idNumber) {
        return insuredAt(unitId, Set.of(idNumber)).contains(idNumber);
    }
}
