package cn.zhicheng.application;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.org.Role;
import cn.zhicheng.review.PersonalRequestStatus;
import cn.zhicheng.review.PersonalRequests;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;

/**
 * 专技人才统计 individual entry (SPEC §3.8.9, §3.15.4): 【新增】, fill in, 【确定】 submits to the employer unit, which
 * passes it up its unit chain or returns or rejects it (专技人才审核). One open entry (draft, under review or returned)
 * per person at a time. Withdrawn while unreviewed, resubmitted after a return; every change is in the flow log.
 */
@Stateless
public class TalentStatisticsEntries {

    public static final String ENTITY = "TALENT_STATISTICS_ENTRY";
    private static final String WHAT = "专技人才统计信息";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private PersonalRequests requests;

    // ---- the applicant ----

    @RolesAllowed(Role.Names.APPLICANT)
    public List<TalentEntryView> mine(int first, int pageSize) {
        return requests.mine(TalentStatisticsEntry.class, first, pageSize).stream().map(this::view).toList();
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public long countMine() {
        return requests.countMine(TalentStatisticsEntry.class);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public TalentEntryView get(Long id) {
        return view(own(id));
    }

    /** 保存: creates the draft ({@code id == null}) or changes a draft or a returned entry. */
    @RolesAllowed(Role.Names.APPLICANT)
    public TalentEntryView save(Long id, TalentInput input) {
        TalentDetails details = new TalentDetails(requests.series(input.seriesId()), input.category(), input.sex(),
                input.ethnicity(), input.politicalStatus(), input.foreignOrHkMacaoTaiwan(), input.education(),
                input.birthDate());
        TalentStatisticsEntry entry;
        if (id == null) {
            requireNoOpenEntry();
            entry = new TalentStatisticsEntry(requests.applicant(), Times.now());
            entry.describe(details);
            requests.created(entry, ENTITY, entry::getId);
        } else {
            entry = own(id);
            entry.describe(details);
        }
        return view(entry);
    }

    private void requireNoOpenEntry() {
        long open = em.createQuery("select count(e) from TalentStatisticsEntry e where e.applicantAccountId = :owner"
                        + " and e.status in :open", Long.class)
                .setParameter("owner", requests.applicant().getId())
                .setParameter("open", EnumSet.of(PersonalRequestStatus.DRAFT, PersonalRequestStatus.SUBMITTED,
                        PersonalRequestStatus.RETURNED))
                .getSingleResult();
        if (open > 0) {
            throw new BusinessException("talentEntry.alreadyOpen");
        }
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public TalentEntryView attach(Long id, InputStream content, String fileName) {
        TalentStatisticsEntry entry = own(id);
        requests.attach(entry, content, fileName);
        return view(entry);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public TalentEntryView detach(Long id, Long attachmentId) {
        TalentStatisticsEntry entry = own(id);
        entry.detach(attachmentId);
        return view(entry);
    }

    /** 【确定】 / 重新提交: to the employer unit, then up its chain. */
    @RolesAllowed(Role.Names.APPLICANT)
    public TalentEntryView submit(Long id) {
        TalentStatisticsEntry entry = own(id);
        requests.submit(entry, ENTITY, id, requests.employerChain(requests.applicant()));
        return view(entry);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public TalentEntryView withdraw(Long id) {
        TalentStatisticsEntry entry = own(id);
        requests.withdraw(entry, ENTITY, id);
        return view(entry);
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public void discard(Long id) {
        requests.discard(own(id), ENTITY, id);
    }

    @RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<AuditRecord> flowLog(Long id, int first, int pageSize) {
        requests.readable(TalentStatisticsEntry.class, id);
        return requests.flowLog(ENTITY, id, first, pageSize);
    }

    @RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countFlowLog(Long id) {
        requests.readable(TalentStatisticsEntry.class, id);
        return requests.countFlowLog(ENTITY, id);
    }

    // ---- the reviewing units (专技人才审核 screens come with the review issue) ----

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<TalentEntryView> pending(Long unitId, int first, int pageSize) {
        return requests.pending(TalentStatisticsEntry.class, unitId, first, pageSize).stream().map(this::view)
                .toList();
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countPending(Long unitId) {
        return requests.countPending(TalentStatisticsEntry.class, unitId);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public TalentEntryView review(Long id) {
        return view(reviewed(id));
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public TalentEntryView pass(Long id, String opinion) {
        TalentStatisticsEntry entry = reviewed(id);
        requests.pass(entry, ENTITY, id, WHAT, opinion);
        return view(entry);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public TalentEntryView returnWith(Long id, String reason) {
        TalentStatisticsEntry entry = reviewed(id);
        requests.returnWith(entry, ENTITY, id, WHAT, reason);
        return view(entry);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public TalentEntryView reject(Long id, String reason) {
        TalentStatisticsEntry entry = reviewed(id);
        requests.reject(entry, ENTITY, id, WHAT, reason);
        return view(entry);
    }

    private TalentStatisticsEntry own(Long id) {
        return requests.own(TalentStatisticsEntry.class, id);
    }

    private TalentStatisticsEntry reviewed(Long id) {
        return requests.reviewable(TalentStatisticsEntry.class, id);
    }

    private TalentEntryView view(TalentStatisticsEntry e) {
        return new TalentEntryView(requests.state(e, e.getId()), e.getSeries() == null ? null : e.getSeries().getId(),
                e.getSeries() == null ? null : e.getSeries().getName(), e.getCategory(), e.getSex(), e.getEthnicity(),
                e.getPoliticalStatus(), e.isForeignOrHkMacaoTaiwan(), e.getEducation(), e.getBirthDate());
    }
}
