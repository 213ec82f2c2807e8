package cn.zhicheng.activity;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.notice.Notice;
import cn.zhicheng.notice.NoticeType;
import cn.zhicheng.region.Region;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public home page (SPEC §3.14.5, no log-in): published activities with their committee, scope, deadlines and
 * policy files, searchable by series, level and region (a region finds the committees whose 评审区域 covers it);
 * the notices by type; downloads of published policy files. Only published data leaves this service.
 */
@Stateless
@PermitAll
public class PublicSite {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private RegionDirectory regions;

    @Inject
    private AttachmentStore store;

    public List<PublicActivityRow> activities(PublicSearch search, int first, int pageSize) {
        Filter filter = filter(search);
        TypedQuery<Activity> query = em.createQuery("select distinct a from Activity a join a.committee c"
                + filter.joins + " where " + filter.where + " order by a.publishedAt desc, a.id desc", Activity.class);
        filter.bind(query);
        OffsetDateTime now = Times.now();
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(a -> row(a, now)).toList();
    }

    public long countActivities(PublicSearch search) {
        Filter filter = filter(search);
        TypedQuery<Long> query = em.createQuery("select count(distinct a) from Activity a join a.committee c"
                + filter.joins + " where " + filter.where, Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }

    /** One published activity; an unpublished or unknown id reads as not found. */
    public PublicActivityRow activity(Long activityId) {
        return row(published(activityId), Times.now());
    }

    /** 业绩成果, 破格条件 and 申报材料 of a published activity, for its public detail page. */
    public ActivityDetails activityDetails(Long activityId) {
        return ActivityViews.details(em, regions, published(activityId));
    }

    public List<NoticeRow> notices(NoticeType type, int first, int pageSize) {
        return em.createQuery("select n from Notice n where n.type = :type order by n.publishedAt desc, n.id desc",
                        Notice.class).setParameter("type", type)
                .setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(n -> new NoticeRow(n.getId(), n.getType(), n.getTitle(), n.getBody(), n.getPublisherName(),
                        n.getActivityId(), n.getPublishedAt())).toList();
    }

    public long countNotices(NoticeType type) {
        return em.createQuery("select count(n) from Notice n where n.type = :type", Long.class)
                .setParameter("type", type).getSingleResult();
    }

    /** The series a visitor may search by (the active ones). */
    public List<SeriesOption> series() {
        return em.createNamedQuery(TitleSeries.FIND_ACTIVE, TitleSeries.class).getResultStream()
                .map(s -> new SeriesOption(s.getId(), s.getName())).toList();
    }

    /** A policy file of a published activity: its metadata. */
    public FileRef policyFile(Long activityId, Long attachmentId) {
        Activity activity = published(activityId);
        if (!activity.getPolicyFileIds().contains(attachmentId)) {
            throw new BusinessException("attachment.notFound");
        }
        Attachment file = em.find(Attachment.class, attachmentId);
        return new FileRef(file.getId(), file.getOriginalName());
    }

    /** The bytes of a published policy file; the caller closes the stream. */
    public InputStream openPolicyFile(Long activityId, Long attachmentId) {
        policyFile(activityId, attachmentId);
        try {
            return store.open(em.find(Attachment.class, attachmentId).getSha256());
        } catch (IOException e) {
            throw new BusinessException("attachment.missingOnDisk");
        }
    }

    public String contentType(Long attachmentId) {
        Attachment file = em.find(Attachment.class, attachmentId);
        return file == null ? "application/octet-stream" : file.getContentType();
    }

    private Activity published(Long activityId) {
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null || activity.getStatus() != ActivityStatus.PUBLISHED) {
            throw new BusinessException("activity.notFound");
        }
        return activity;
    }

    private PublicActivityRow row(Activity a, OffsetDateTime now) {
        return new PublicActivityRow(a.getId(), a.getName(), a.getCommittee().getName(),
                a.getCommittee().getSeries().getName(), a.getLevels(),
                ActivityViews.regionNames(regions, a.getCommittee().getRegionCodes()), a.getApplyScope(), a.getYear(),
                a.getCategory(), a.getSchedule().getApplyStart(), a.getSchedule().getFirstSubmitDeadline(),
                a.getSchedule().getCommitteeDeadline(), a.progressAt(now), a.getCommittee().getContactPhone(),
                a.getDocumentNumber(), ActivityViews.files(em, a.getPolicyFileIds()), a.getPublishedAt());
    }

    /** A region matches the committees whose 评审区域 is that region or one containing it. */
    private Set<String> regionAndAncestors(String code) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        regions.chain(code).stream().map(Region::getCode).forEach(codes::add);
        return codes;
    }

    private Filter filter(PublicSearch search) {
        PublicSearch s = search == null ? PublicSearch.all() : search;
        StringBuilder joins = new StringBuilder();
        StringBuilder where = new StringBuilder("a.status = :published");
        if (s.seriesId() != null) {
            where.append(" and c.series.id = :seriesId");
        }
        if (s.level() != null) {
            joins.append(" join a.levels l");
            where.append(" and l = :level");
        }
        Set<String> codes = s.regionCode() == null || s.regionCode().isBlank() ? null
                : regionAndAncestors(s.regionCode());
        if (codes != null) {
            joins.append(" join c.regionCodes r");
            where.append(" and r in :codes");
        }
        return new Filter(joins.toString(), where.toString(), query -> {
            query.setParameter("published", ActivityStatus.PUBLISHED);
            if (s.seriesId() != null) {
                query.setParameter("seriesId", s.seriesId());
            }
            if (s.level() != null) {
                query.setParameter("level", s.level());
            }
            if (codes != null) {
                query.setParameter("codes", codes);
            }
        });
    }

    private record Filter(String joins, String where, java.util.function.Consumer<TypedQuery<?>> binder) {
        void bind(TypedQuery<?> query) {
            binder.accept(query);
        }
    }
}
