package cn.zhicheng.activity;

import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.Specialty;
import cn.zhicheng.config.OutOfRegionCommittees;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Unit;
import cn.zhicheng.region.Region;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The committee finder for applicants (SPEC §3.8.3, issue 5 deliverable 4): committees with a published activity
 * accepting first submissions now (申报开始时间 ≤ now ≤ 个人初次提交截止时间) for the evaluation method, series, level and
 * (unfrozen) specialty asked, whose 单位性质 restriction admits the applicant's unit. Committees whose 评审区域 does not
 * cover the unit's region are listed as needing 委托评审, or hidden under {@code entrust.outOfRegion = HIDE}.
 */
@Stateless
@PermitAll
public class CommitteeFinder {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private RegionDirectory regions;

    @EJB
    private ProvinceSettings settings;

    public List<CommitteeOffer> find(FinderQuery query) {
        Unit unit = query.unitId() == null ? null : em.find(Unit.class, query.unitId());
        if (unit == null) {
            throw new BusinessException("activity.finder.unitRequired");
        }
        OffsetDateTime now = Times.now();
        StringBuilder jpql = new StringBuilder("select distinct a from Activity a join a.committee c")
                .append(query.level() == null ? "" : " join a.levels l")
                .append(" where a.status = :published and a.schedule.applyStart <= :now")
                .append(" and a.schedule.firstSubmitDeadline >= :now");
        if (query.seriesId() != null) {
            jpql.append(" and c.series.id = :seriesId");
        }
        if (query.level() != null) {
            jpql.append(" and l = :level");
        }
        if (query.evaluationMethod() != null) {
            jpql.append(" and a.evaluationMethod = :method");
        }
        var select = em.createQuery(jpql.append(" order by a.publishedAt desc, a.id").toString(), Activity.class)
                .setParameter("published", ActivityStatus.PUBLISHED).setParameter("now", now);
        if (query.seriesId() != null) {
            select.setParameter("seriesId", query.seriesId());
        }
        if (query.level() != null) {
            select.setParameter("level", query.level());
        }
        if (query.evaluationMethod() != null) {
            select.setParameter("method", query.evaluationMethod());
        }
        Set<String> unitRegions = regionAndAncestors(unit.getRegionCode());
        boolean hideOutOfRegion = settings.get(SettingKeys.ENTRUST_OUT_OF_REGION) == OutOfRegionCommittees.HIDE;
        List<CommitteeOffer> offers = new ArrayList<>();
        for (Activity activity : select.getResultList()) {
            Committee c = activity.getCommittee();
            if (!c.getApplicantNatures().isEmpty() && !c.getApplicantNatures().contains(unit.getNature())) {
                continue;
            }
            if (!offersSpecialty(activity, query.specialty())) {
                continue;
            }
            boolean inRegion = !Collections.disjoint(c.getRegionCodes(), unitRegions);
            if (!inRegion && hideOutOfRegion) {
                continue;
            }
            offers.add(new CommitteeOffer(c.getId(), c.getName(), activity.getId(), activity.getName(),
                    activity.getApplyScope(), ActivityViews.files(em, activity.getPolicyFileIds()),
                    activity.getSchedule().getApplyStart(), activity.getSchedule().getFirstSubmitDeadline(),
                    c.getContactPhone(), !inRegion));
        }
        return offers;
    }

    /** No specialty asked, or the activity opens the whole series, or it opens an unfrozen node of that name. */
    private boolean offersSpecialty(Activity activity, String specialty) {
        if (specialty == null || specialty.isBlank() || activity.getSpecialtyIds().isEmpty()) {
            return true;
        }
        return em.createQuery("select s from Specialty s where s.id in :ids", Specialty.class)
                .setParameter("ids", activity.getSpecialtyIds()).getResultStream()
                .anyMatch(s -> s.getName().equals(specialty.strip()) && !s.isFrozen());
    }

    private Set<String> regionAndAncestors(String code) {
        Set<String> codes = new HashSet<>();
        if (code != null) {
            codes.add(code);
            regions.chain(code).stream().map(Region::getCode).forEach(codes::add);
        }
        return codes;
    }
}
