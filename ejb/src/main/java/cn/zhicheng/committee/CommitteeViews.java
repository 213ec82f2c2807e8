package cn.zhicheng.committee;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.expert.PoolMember;
import cn.zhicheng.expert.PoolStatus;
import cn.zhicheng.org.Unit;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.Times;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Maps committees to their views; shared by the filing and the review services. */
final class CommitteeViews {

    /** The audit entity type of committee filings: the filing history of the detail page. */
    static final String ENTITY = "COMMITTEE";

    /** Pool members that count towards the SPEC §5 minimum: every status but 已退回. */
    static final EnumSet<PoolStatus> COUNTED = EnumSet.complementOf(EnumSet.of(PoolStatus.RETURNED));

    private CommitteeViews() {
    }

    static LocalDate today() {
        return Times.now().toLocalDate();
    }

    static long poolMembers(EntityManager em, Committee committee) {
        return em.createNamedQuery(PoolMember.COUNT_BY_COMMITTEE_AND_STATUS, Long.class)
                .setParameter("committee", committee).setParameter("statuses", COUNTED).getSingleResult();
    }

    /** Counted members whose expert's 信息是否完整 is false (SPEC §3.5.1 step 2: they block the filing). */
    static long incompleteMembers(EntityManager em, Committee committee) {
        return em.createNamedQuery(PoolMember.FIND_BY_COMMITTEE_AND_STATUS, PoolMember.class)
                .setParameter("committee", committee).setParameter("statuses", COUNTED)
                .setHint("eclipselink.batch", "m.expert.profile").getResultStream()
                .filter(member -> !member.getExpert().isComplete()).count();
    }

    static int requiredMembers(ProvinceSettings settings, Committee committee) {
        return committee.minimumMembers(settings.get(SettingKeys.COMMITTEE_MIN_MEMBERS_SERIES),
                settings.get(SettingKeys.COMMITTEE_MIN_MEMBERS_SPECIALTY));
    }

    static CommitteeRow row(EntityManager em, Committee c) {
        LocalDate today = today();
        Unit waiting = c.getWaitingUnitId() == null ? null : em.find(Unit.class, c.getWaitingUnitId());
        return new CommitteeRow(c.getId(), c.getName(), c.getSeries().getName(),
                c.getLevels().stream().sorted().toList(), c.getStatus(), waiting == null ? null : waiting.getName(),
                c.getLastOpinion(), c.getApprovedAt(), c.getValidFrom(), c.getValidUntil(), c.isExpiredOn(today),
                c.getFormationUnit().getName(), nameOf(c.getAuthorisingUnit()), nameOf(c.getFilingUnit()),
                c.getStatus().isEditable(), c.getStatus().canSubmit(), c.getCode());
    }

    static CommitteeDetails details(EntityManager em, RegionDirectory regions, ProvinceSettings settings,
                                    Committee c) {
        Unit waiting = c.getWaitingUnitId() == null ? null : em.find(Unit.class, c.getWaitingUnitId());
        Attachment document = c.getRequestDocumentId() == null ? null
                : em.find(Attachment.class, c.getRequestDocumentId());
        Map<String, String> names = regions.fullNames(c.getRegionCodes());
        List<String> regionNames = c.getRegionCodes().stream().map(code -> names.getOrDefault(code, code)).toList();
        return new CommitteeDetails(c.getId(), c.getName(), c.getAgency(), c.getOffice(), c.getReviewType(),
                c.getLevels(), c.getFormationUnit().getId(), c.getFormationUnit().getName(),
                idOf(c.getAuthorisingUnit()), nameOf(c.getAuthorisingUnit()), idOf(c.getFilingUnit()),
                nameOf(c.getFilingUnit()), c.getContactPerson(), c.getContactPhone(), c.getAddress(), c.isFunded(),
                c.isInternalReview(), c.getApplicantNatures(), c.getFormation(), c.getSeries().getId(),
                c.getSeries().getName(), c.getSpecialties(), c.getRegionCodes(), regionNames, c.getCode(),
                c.getRequestDocumentId(), document == null ? null : document.getOriginalName(), c.getStatus(),
                waiting == null ? null : waiting.getName(),
                c.getPosition() == null ? 0 : c.getPosition().getLevel(), c.getLastOpinion(), c.getSubmittedAt(),
                c.getApprovedAt(), c.getValidFrom(), c.getValidUntil(), c.isExpiredOn(today()),
                poolMembers(em, c), requiredMembers(settings, c), incompleteMembers(em, c));
    }

    private static String nameOf(Unit unit) {
        return unit == null ? null : unit.getName();
    }

    private static Long idOf(Unit unit) {
        return unit == null ? null : unit.getId();
    }

    static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
