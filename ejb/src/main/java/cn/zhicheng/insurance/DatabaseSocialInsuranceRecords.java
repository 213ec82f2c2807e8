package cn.zhicheng.insurance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link SocialInsuranceRecords} over the table {@code social_insurance_record}: one indexed query per call. A
 * deployment connected to the province's social-insurance system replaces this bean by its own implementation.
 */
@Stateless
@Local(SocialInsuranceRecords.class)
@PermitAll
public class DatabaseSocialInsuranceRecords implements SocialInsuranceRecords {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Override
    public Set<String> insuredAt(long unitId, Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.idNumber from InsuranceRecord r where r.unitId = :unit"
                        + " and r.idNumber in :ids", String.class)
                .setParameter("unit", unitId).setParameter("ids", idNumbers).getResultList());
    }

    @Override
    public List<InsurancePeriod> periodsOf(String idNumber) {
        return em.createQuery("select r from InsuranceRecord r where r.idNumber = :id order by r.validFrom desc",
                        InsuranceRecord.class)
                .setParameter("id", idNumber).getResultStream()
                .map(r -> new InsurancePeriod(r.getUnitId(), r.getValidFrom(), r.getValidTo())).toList();
    }
}
