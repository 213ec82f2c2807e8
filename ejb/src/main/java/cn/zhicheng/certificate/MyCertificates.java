package cn.zhicheng.certificate;

import cn.zhicheng.history.HistoryBatchStatus;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * 我的证书 → 证书下载 (SPEC §3.8.7, §3.12.6): the titles the system knows for the signed-in applicant — historical
 * certificates whose batch passed the historical-data review (审核通过, §3.13.4), matched by the applicant's ID number,
 * and the electronic certificates issued to that ID number (issue 9), which {@link CertificateFiles} downloads.
 */
@Stateless
public class MyCertificates {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @RolesAllowed(Role.Names.APPLICANT)
    public List<CertificateRow> ofCaller() {
        Account applicant = callers.current();
        if (applicant.getIdNumber() == null) {
            return List.of();
        }
        return em.createQuery("select new cn.zhicheng.certificate.CertificateRow(r.id, r.seriesName, r.level,"
                        + " r.qualificationName, r.specialty, r.institution, r.approvedOn, r.documentNumber,"
                        + " r.certificateNo) from HistoryRecord r, HistoryBatch b where b.id = r.batchId"
                        + " and r.idNumber = :idNumber and b.status = :approved order by r.approvedOn desc, r.id",
                        CertificateRow.class)
                .setParameter("idNumber", applicant.getIdNumber().value())
                .setParameter("approved", HistoryBatchStatus.APPROVED)
                .setMaxResults(200)
                .getResultList();
    }

    /** The electronic certificates issued (or revoked) for the applicant's ID number, newest first. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<IssuanceRows.CertificateLine> electronic() {
        Account applicant = callers.current();
        if (applicant.getIdNumber() == null) {
            return List.of();
        }
        return em.createQuery("select c from Certificate c where c.idNumber = :idNumber and c.status in :shown"
                        + " order by c.issuedAt desc, c.id desc", Certificate.class)
                .setParameter("idNumber", applicant.getIdNumber().value())
                .setParameter("shown", List.of(CertificateStatus.ISSUED, CertificateStatus.REVOKED))
                .setMaxResults(200)
                .getResultStream().map(IssuanceRows.CertificateLine::of).toList();
    }
}
