package cn.zhicheng.insurance;

import cn.zhicheng.org.CreditCode;
import cn.zhicheng.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the local social-insurance source (SPEC §3.8.4 B, issue 6: "a database-backed implementation that staff can
 * load from a file"): the {@code insuranceImport} job hands over checked lines; a person's period at a unit is
 * inserted or replaced, so a delivery can be loaded again without duplicates.
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM_ADMIN)
public class InsuranceRecordLoader {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** The unit registered with this 统一社会信用代码, if any. */
    public Optional<Long> unitIdOf(CreditCode code) {
        return em.createQuery("select u.id from Unit u where u.creditCode = :code", Long.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Inserts or replaces the lines' periods in one round trip for the lookup. */
    public void upsert(List<InsuranceLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Map<String, InsuranceRecord> existing = new HashMap<>();
        em.createQuery("select r from InsuranceRecord r where r.idNumber in :ids", InsuranceRecord.class)
                .setParameter("ids", lines.stream().map(InsuranceLine::idNumber).distinct().toList())
                .getResultStream().forEach(r -> existing.put(key(r.getIdNumber(), r.getUnitId()), r));
        for (InsuranceLine line : lines) {
            InsuranceRecord record = existing.get(key(line.idNumber(), line.unitId()));
            if (record == null) {
                record = new InsuranceRecord(line.idNumber(), line.unitId(), line.from(), line.to());
                em.persist(record);
                existing.put(key(line.idNumber(), line.unitId()), record);
            } else {
                record.replacePeriod(line.from(), line.to());
            }
        }
    }

    private static String key(String idNumber, long unitId) {
        return unitId + "/" + idNumber;
    }
}
