package cn.zhicheng.application;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.history.ConfirmedTitles;
import cn.zhicheng.insurance.SocialInsuranceRecords;
import cn.zhicheng.org.Role;
import cn.zhicheng.review.PersonalRequests;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.io.InputStream;
import java.util.List;

/**
 * 外省职称确认 (SPEC §3.8.10, §3.15.5): the applicant declares a title obtained in another province with its certificate
 * scans and 【提交】s it to the employer unit; the units up the chain pass it (职称确认审核), or return it for correction
 * or reject it. Withdrawn while unreviewed, resubmitted after a return; every change is in the flow log. The last
 * unit's pass makes the title historical certificate data of type 确认, waiting in that unit's 历史证书生成.
 */
@Stateless
public class OutOfProvinceTitleConfirmations {

    public static final String ENTITY = OutOfProvinceTitleConfirmation.TYPE;
    private static final String WHAT = "外省职称确认申请";

    @EJB
    private PersonalRequests requests;

    @EJB
    private ConfirmedTitles confirmedTitles;

    @EJB
    private SocialInsuranceRecords insurance;

    // ---- the applicant ----

    @RolesAllowed(Role.Names.APPLICANT)
    public List<OutOfProvinceTitleView> mine(int first, int pageSize) {
        return requests.mine(OutOfProvinceTitleConfirmation.class, first, pageSize).stream().map(this::view).toList();
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public long countMine() {
        return requests.countMine(OutOfProvinceTitleConfirmation.class);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public OutOfProvinceTitleView get(Long id) {
        return view(own(id));
    }

    /** 保存: creates the draft ({@code id == null}) or changes a draft or a returned request. */
    @RolesAllowed(Role.Names.APPLICANT)
    public OutOfProvinceTitleView save(Long id, OutOfProvinceTitleInput input) {
        OutOfProvinceTitleDetails details = new OutOfProvinceTitleDetails(input.province(), input.issuingAuthority(),
                requests.series(input.seriesId()), input.level(), input.specialty(), input.qualificationName(),
                input.obtainedOn(), input.certificateNo(), input.documentNumber());
        OutOfProvinceTitleConfirmation request;
        if (id == null) {
            request = new OutOfProvinceTitleConfirmation(requests.applicant(), Times.now());
            request.describe(details, Times.now().toLocalDate());
            requests.created(request, ENTITY, request::getId);
        } else {
            request = own(id);
            request.describe(details, Times.now().toLocalDate());
        }
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public OutOfProvinceTitleView attach(Long id, InputStream content, String fileName) {
        OutOfProvinceTitleConfirmation request = own(id);
        requests.attach(request, content, fileName);
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public OutOfProvinceTitleView detach(Long id, Long attachmentId) {
        OutOfProvinceTitleConfirmation request = own(id);
        request.detach(attachmentId);
        return view(request);
    }

    /** 【提交】 / 重新提交: to the employer unit, then up its chain. */
    @RolesAllowed(Role.Names.APPLICANT)
    public OutOfProvinceTitleView submit(Long id) {
        OutOfProvinceTitleConfirmation request = own(id);
        requests.submit(request, ENTITY, id, requests.employerChain(requests.applicant()));
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public OutOfProvinceTitleView withdraw(Long id) {
        OutOfProvinceTitleConfirmation request = own(id);
        requests.withdraw(request, ENTITY, id);
        return view(request);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public void discard(Long id) {
        requests.discard(own(id), ENTITY, id);
    }

    @RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<AuditRecord> flowLog(Long id, int first, int pageSize) {
        requests.readable(OutOfProvinceTitleConfirmation.class, id);
        return requests.flowLog(ENTITY, id, first, pageSize);
    }

    @RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countFlowLog(Long id) {
        requests.readable(OutOfProvinceTitleConfirmation.class, id);
        return requests.countFlowLog(ENTITY, id);
    }

    // ---- the reviewing units (职称确认审核 screens come with the review issue) ----

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<OutOfProvinceTitleView> pending(Long unitId, int first, int pageSize) {
        return requests.pending(OutOfProvinceTitleConfirmation.class, unitId, first, pageSize).stream().map(this::view)
                .toList();
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countPending(Long unitId) {
        return requests.countPending(OutOfProvinceTitleConfirmation.class, unitId);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public OutOfProvinceTitleView review(Long id) {
        return view(reviewed(id));
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public OutOfProvinceTitleView pass(Long id, String opinion) {
        OutOfProvinceTitleConfirmation request = reviewed(id);
        requests.pass(request, ENTITY, id, WHAT, opinion);
        if (request.isPassed()) {
            Long employer = request.employerUnitId();
            boolean insured = insurance.isInsuredAt(employer, request.getApplicantIdNumber());
            confirmedTitles.record(request, request.confirmedTitle(!insured));
        }
        return view(request);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public OutOfProvinceTitleView returnWith(Long id, String reason) {
        OutOfProvinceTitleConfirmation request = reviewed(id);
        requests.returnWith(request, ENTITY, id, WHAT, reason);
        return view(request);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public OutOfProvinceTitleView reject(Long id, String reason) {
        OutOfProvinceTitleConfirmation request = reviewed(id);
        requests.reject(request, ENTITY, id, WHAT, reason);
        return view(request);
    }

    private OutOfProvinceTitleConfirmation own(Long id) {
        return requests.own(OutOfProvinceTitleConfirmation.class, id);
    }

    private OutOfProvinceTitleConfirmation reviewed(Long id) {
        return requests.reviewable(OutOfProvinceTitleConfirmation.class, id);
    }

    private OutOfProvinceTitleView view(OutOfProvinceTitleConfirmation r) {
        return new OutOfProvinceTitleView(requests.state(r, r.getId()), r.getProvince(), r.getIssuingAuthority(),
                r.getSeries() == null ? null : r.getSeries().getId(),
                r.getSeries() == null ? null : r.getSeries().getName(), r.getLevel(), r.getSpecialty(),
                r.getQualificationName(), r.getObtainedOn(), r.getCertificateNo(), r.getDocumentNumber());
    }
}
