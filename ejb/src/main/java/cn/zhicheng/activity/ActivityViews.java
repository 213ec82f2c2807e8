package cn.zhicheng.activity;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.Specialty;
import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.org.Unit;
import cn.zhicheng.region.RegionDirectory;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps activities to their views; shared by the configuration, review and public services. */
final class ActivityViews {

    /** The audit entity type of activities: their 流转日志. */
    static final String ENTITY = "ACTIVITY";

    private ActivityViews() {
    }

    static ActivityBasics basics(Activity a) {
        return new ActivityBasics(a.getName(), a.getApplyScope(), a.getYear(), a.getCategory(),
                a.getEvaluationMethod(), a.isBreakMeeting(), a.getWrittenExam(), a.getDefense(),
                a.isSpecialtyGroups(), a.getSpecialtyGroupMode(), a.getReviewMode(), a.getSchedule(),
                a.isHealthPage(), a.isPrimaryTeacherPage(), a.isVocationalTeacherPage(), a.getDocumentNumber(),
                a.isPublicPlan());
    }

    static ActivityRow row(EntityManager em, Activity a) {
        Unit waiting = a.getPosition() == null ? null : em.find(Unit.class, a.getPosition().getUnitId());
        return new ActivityRow(a.getId(), a.getName(), a.getCommittee().getName(),
                a.getCommittee().getSeries().getName(), a.getYear(), a.getCategory(),
                a.getSchedule().getApplyStart(), a.getSchedule().getFirstSubmitDeadline(), a.getStatus(),
                waiting == null ? null : waiting.getName(), a.getPosition() == null ? 0 : a.getPosition().getLevel(),
                a.getLastOpinion(), a.getStatus().isEditable(), a.isComplete(), a.getSubmittedAt());
    }

    static ActivityDetails details(EntityManager em, RegionDirectory regions, Activity a) {
        Committee c = a.getCommittee();
        Unit waiting = a.getPosition() == null ? null : em.find(Unit.class, a.getPosition().getUnitId());
        return new ActivityDetails(a.getId(), c.getId(), c.getName(), c.getSeries().getName(),
                c.getAuthorisingUnit() == null ? null : c.getAuthorisingUnit().getName(), c.getContactPhone(),
                regionNames(regions, c.getRegionCodes()), basics(a), a.getLevels(),
                specialties(em, a.getSpecialtyIds()), a.getAchievements(), a.getExceptionConditions(),
                a.getWorkExperienceText(), a.getAcademicText(), a.getMaterials(), a.getScoringItems(), a.scores(),
                files(em, a.getPolicyFileIds()), a.getPlanDocumentId() == null ? null
                : files(em, List.of(a.getPlanDocumentId())).stream().findFirst().orElse(null), a.getSavedSteps(),
                a.getStatus(), waiting == null ? null : waiting.getName(),
                a.getPosition() == null ? 0 : a.getPosition().getLevel(), a.getLastOpinion(), a.getSubmittedAt(),
                a.getPublishedAt(), a.getStatus().isEditable(), a.isComplete());
    }

    static List<String> regionNames(RegionDirectory regions, Set<String> codes) {
        Map<String, String> names = regions.fullNames(codes);
        return codes.stream().map(code -> names.getOrDefault(code, code)).toList();
    }

    static List<SpecialtyNode> specialties(EntityManager em, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Specialty s where s.id in :ids order by s.id", Specialty.class)
                .setParameter("ids", ids).getResultStream()
                .map(s -> new SpecialtyNode(s.getId(), s.getParentId(), s.getName(), s.isFrozen(), 0)).toList();
    }

    static List<FileRef> files(EntityManager em, List<Long> ids) {
        return ids.stream().map(id -> em.find(Attachment.class, id))
                .filter(java.util.Objects::nonNull)
                .map(f -> new FileRef(f.getId(), f.getOriginalName())).toList();
    }

    static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
