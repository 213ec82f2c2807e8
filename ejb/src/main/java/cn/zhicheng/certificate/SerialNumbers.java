package cn.zhicheng.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Draws 证书编号 ({@link SerialNumber}) from the counter row of a province and year. The upsert locks that row until
 * the issuing transaction ends, so concurrent issuers wait for each other instead of drawing the same number, and a
 * rolled-back issue gives its number back: numbers stay unique and dense.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SerialNumbers {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public SerialNumber next(String provinceCode, int year) {
        Number value = (Number) em.createNativeQuery("insert into certificate_serial_counter"
                        + " (province_code, serial_year, last_value) values (?1, ?2, 1)"
                        + " on conflict (province_code, serial_year) do update"
                        + " set last_value = certificate_serial_counter.last_value + 1 returning last_value")
                .setParameter(1, provinceCode)
                .setParameter(2, year)
                .getSingleResult();
        return new SerialNumber(provinceCode, year, value.longValue());
    }
}
