package cn.zhicheng.certificate;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.FilingStatus;
import cn.zhicheng.history.ConfirmedTitles;
import cn.zhicheng.history.HistoricalInstitution;
import cn.zhicheng.insurance.SocialInsuranceRecords;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.review.PersonalRequests;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 证书核验 (SPEC §3.8.7, §3.15.5). The applicant declares a historical certificate: 【新增】, fill in, 同步社保数据,
 * upload scans, 【提交审核】 to the formation unit (组建单位) of the stated evaluation organisation — a filed committee's
 * formation unit, or for a historical evaluation institution the 人社部门 that created it (it designated the units that
 * collect its certificates and sees them all). Withdrawn while unreviewed, resubmitted after a return. Every change is
 * in the flow log. The reviewer side (pending list, 通过/退回/不通过) is the API the review screens build on; its pass
 * makes the certificate historical certificate data waiting in the formation unit's 历史证书生成.
 */
@Stateless
public class CertificateVerifications {

    public static final String ENTITY = CertificateVerificationRequest.TYPE;
    private static final String WHAT = "证书核验申请";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private PersonalRequests requests;

    @EJB
    private SocialInsuranceRecords insurance;

    @EJB
    private ConfirmedTitles confirmedTitles;

    // ---- the applicant ----

    @RolesAllowed(Role.Names.APPLICANT)
    public List<VerificationView> mine(int first, int pageSize) {
        return requests.mine(CertificateVerificationRequest.class, first, pageSize).stream().map(this::view).toList();
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public long countMine() {
        return requests.countMine(CertificateVerificationRequest.class);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView get(Long id) {
        return view(own(id));
    }

    /** The organisations a certificate may name: filed committees and historical evaluation institutions. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<OrganisationOption> organisations() {
        List<OrganisationOption> options = new ArrayList<>();
        em.createQuery("select c from Committee c where c.status = :filed order by c.name", Committee.class)
                .setParameter("filed", FilingStatus.FILED).getResultList()
                .forEach(c -> options.add(new OrganisationOption(EvaluationOrganisationKind.COMMITTEE, c.getId(),
                        c.getName())));
        em.createQuery("select i from HistoricalInstitution i order by i.name", HistoricalInstitution.class)
                .getResultList()
                .forEach(i -> options.add(new OrganisationOption(EvaluationOrganisationKind.HISTORICAL_INSTITUTION,
                        i.getId(), i.getName())));
        options.sort(Comparator.comparing(OrganisationOption::name));
        return options;
    }

    /** 保存: creates the draft ({@code id == null}) or changes a draft or a returned request. */
    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView save(Long id, VerificationInput input) {
        // a blank choice reaches the entity, which names the first missing field in the form's order
        Organisation organisation = input.organisation() == null || input.organisation().isBlank()
                ? new Organisation(null, null, null, null) : organisation(input.organisation());
        VerificationDetails details = new VerificationDetails(input.certificateNo(),
                requests.series(input.seriesId()), input.level(), input.specialty(), input.qualificationName(),
                input.approvedOn(), input.documentNumber());
        CertificateVerificationRequest request;
        if (id == null) {
            request = new CertificateVerificationRequest(requests.applicant(), Times.now());
            request.describe(details, organisation.kind(), organisation.id(), organisation.name(),
                    Times.now().toLocalDate());
            requests.created(request, ENTITY, request::getId);
        } else {
            request = own(id);
            request.describe(details, organisation.kind(), organisation.id(), organisation.name(),
                    Times.now().toLocalDate());
        }
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView attach(Long id, InputStream content, String fileName) {
        CertificateVerificationRequest request = own(id);
        requests.attach(request, content, fileName);
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView detach(Long id, Long attachmentId) {
        CertificateVerificationRequest request = own(id);
        request.detach(attachmentId);
        return view(request);
    }

    /**
     * 同步社保数据: asks the social-insurance adapter whether the applicant is insured at their employer and keeps the
     * answer on the request for the reviewer (a missing record is a warning, never a refusal; SPEC §4.5).
     */
    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView syncInsurance(Long id) {
        CertificateVerificationRequest request = own(id);
        Account applicant = requests.applicant();
        Unit employer = applicant.employer()
                .orElseThrow(() -> new BusinessException("certificateVerification.insurance.noEmployer"));
        boolean insured = insurance.isInsuredAt(employer.getId(), request.getApplicantIdNumber());
        request.recordInsurance(employer.getName(), insured, Times.now());
        requests.logged(request, ENTITY, id, "INSURANCE_SYNCED", employer.getName() + (insured ? "：有参保记录" : "：无参保记录"));
        return view(request);
    }

    /** 提交审核 (and 重新提交 after a return): to the organisation's formation unit. */
    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView submit(Long id) {
        CertificateVerificationRequest request = own(id);
        Organisation organisation = organisation(request.getOrganisationKind() == null ? null
                : request.getOrganisationKind().name() + ":" + request.getOrganisationId());
        requests.submit(request, ENTITY, id, List.of(organisation.reviewUnit().getId()));
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public VerificationView withdraw(Long id) {
        CertificateVerificationRequest request = own(id);
        requests.withdraw(request, ENTITY, id);
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public void discard(Long id) {
        requests.discard(own(id), ENTITY, id);
    }

    @RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<AuditRecord> flowLog(Long id, int first, int pageSize) {
        readable(id);
        return requests.flowLog(ENTITY, id, first, pageSize);
    }

    @RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countFlowLog(Long id) {
        readable(id);
        return requests.countFlowLog(ENTITY, id);
    }

    // ---- the reviewing unit (职称确认审核 screens come with the review issue) ----

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<VerificationView> pending(Long unitId, int first, int pageSize) {
        return requests.pending(CertificateVerificationRequest.class, unitId, first, pageSize).stream()
                .map(this::view).toList();
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countPending(Long unitId) {
        return requests.countPending(CertificateVerificationRequest.class, unitId);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public VerificationView review(Long id) {
        return view(requests.reviewable(CertificateVerificationRequest.class, id));
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public VerificationView pass(Long id, String opinion) {
        CertificateVerificationRequest request = reviewed(id);
        requests.pass(request, ENTITY, id, WHAT, opinion);
        if (request.isPassed()) {
            confirmedTitles.record(request, request.confirmedTitle());
        }
        return view(request);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public VerificationView returnWith(Long id, String reason) {
        CertificateVerificationRequest request = reviewed(id);
        requests.returnWith(request, ENTITY, id, WHAT, reason);
        return view(request);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public VerificationView reject(Long id, String reason) {
        CertificateVerificationRequest request = reviewed(id);
        requests.reject(request, ENTITY, id, WHAT, reason);
        return view(request);
    }

    // ---- helpers ----

    private CertificateVerificationRequest own(Long id) {
        return requests.own(CertificateVerificationRequest.class, id);
    }

    private CertificateVerificationRequest reviewed(Long id) {
        return requests.reviewable(CertificateVerificationRequest.class, id);
    }

    private void readable(Long id) {
        requests.readable(CertificateVerificationRequest.class, id);
    }

    /** An evaluation organisation named by the form, with the unit that reviews its certificates. */
    private record Organisation(EvaluationOrganisationKind kind, Long id, String name, Unit reviewUnit) {
    }

    private Organisation organisation(String key) {
        if (key == null || key.isBlank()) {
            throw new BusinessException("certificateVerification.organisation.required");
        }
        OrganisationOption option = OrganisationOption.parse(key);
        if (option != null && option.kind() == EvaluationOrganisationKind.COMMITTEE) {
            Committee committee = em.find(Committee.class, option.id());
            if (committee != null && committee.getStatus() == FilingStatus.FILED) {
                return new Organisation(option.kind(), committee.getId(), committee.getName(),
                        committee.getFormationUnit());
            }
        } else if (option != null) {
            HistoricalInstitution institution = em.find(HistoricalInstitution.class, option.id());
            if (institution != null) {
                return new Organisation(option.kind(), institution.getId(), institution.getName(),
                        institution.getOwner());
            }
        }
        throw new BusinessException("certificateVerification.organisation.unknown");
    }

    private VerificationView view(CertificateVerificationRequest r) {
        return new VerificationView(requests.state(r, r.getId()), r.getCertificateNo(),
                r.getSeries() == null ? null : r.getSeries().getId(),
                r.getSeries() == null ? null : r.getSeries().getName(), r.getLevel(), r.getSpecialty(),
                r.getQualificationName(),
                r.getOrganisationKind() == null ? null : r.getOrganisationKind().name() + ":" + r.getOrganisationId(),
                r.getOrganisationName(), r.getApprovedOn(), r.getDocumentNumber(), r.getInsuranceSyncedAt(),
                r.getInsuranceUnitName(), r.getInsured());
    }
}
