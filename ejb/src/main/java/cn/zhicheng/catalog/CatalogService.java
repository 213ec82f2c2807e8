package cn.zhicheng.catalog;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The title catalog (职称目录, SPEC §3.16): maintenance by the province administrator — the super administrator of
 * the root unit (the 人社厅, holding {@link Permission#TITLE_CATALOG}) or the system administrator — and the active
 * choices every later form offers (series → level → qualification name). Retired entries leave the choices but stay
 * loadable by id, so old records still show them. Renames keep the entry's id; each one is kept as a
 * {@link TitleRename} (the name valid at any moment) and audited. The import job adds rows through
 * {@link #addIfAbsent}.
 */
@Stateless
@PermitAll
public class CatalogService {

    static final String SERIES = "TITLE_SERIES";
    static final String QUALIFICATION = "TITLE_QUALIFICATION";
    private static final String ACTIVE = "ACTIVE";
    private static final String RETIRED = "RETIRED";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    /**
     * Adds a qualification (and its series when new) unless it is already in the catalog; returns true when added.
     * Importing the same file twice therefore changes nothing.
     */
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    public boolean addIfAbsent(String seriesName, TitleLevel level, String qualificationName) {
        TitleSeries series = em.createNamedQuery(TitleSeries.FIND_BY_NAME, TitleSeries.class)
                .setParameter("name", seriesName.strip())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    TitleSeries created = new TitleSeries(seriesName);
                    em.persist(created);
                    return created;
                });
        boolean present = em.createNamedQuery(TitleQualification.FIND, TitleQualification.class)
                .setParameter("series", series)
                .setParameter("level", level)
                .setParameter("name", qualificationName.strip())
                .getResultStream().findFirst().isPresent();
        if (present) {
            return false;
        }
        em.persist(new TitleQualification(series, level, qualificationName));
        return true;
    }

    public long qualificationCount() {
        return em.createNamedQuery(TitleQualification.COUNT, Long.class).getSingleResult();
    }

    // ---- choices for forms (any signed-in user) ----

    /** The series offered for new records, in catalog order. */
    public List<CatalogChoice> activeSeries() {
        return em.createNamedQuery(TitleSeries.FIND_ACTIVE, TitleSeries.class).getResultStream()
                .map(s -> new CatalogChoice(s.getId(), s.getName(), false)).toList();
    }

    /** The active series of one 申报类别 (HB series category); all active series when the category is blank. */
    public List<CatalogChoice> activeSeriesIn(String category) {
        if (category == null || category.isBlank()) {
            return activeSeries();
        }
        return activeSeries().stream().filter(c -> category.equals(em.find(TitleSeries.class, c.id()).getCategory()))
                .toList();
    }

    /** The levels of a series that have at least one active qualification name, highest first. */
    public List<TitleLevel> activeLevelsOf(Long seriesId) {
        if (seriesId == null) {
            return List.of();
        }
        return em.createNamedQuery(TitleQualification.FIND_ACTIVE_LEVELS, TitleLevel.class)
                .setParameter("seriesId", seriesId)
                .getResultStream().sorted().toList();
    }

    /** The active qualification names of a series at a level. */
    public List<CatalogChoice> activeQualifications(Long seriesId, TitleLevel level) {
        if (seriesId == null || level == null) {
            return List.of();
        }
        return em.createNamedQuery(TitleQualification.FIND_ACTIVE, TitleQualification.class)
                .setParameter("seriesId", seriesId)
                .setParameter("level", level)
                .getResultStream().map(q -> new CatalogChoice(q.getId(), q.getName(), false)).toList();
    }

    /**
     * The series categories in the catalog (申报类别, HB: the list filter's options and the suggestions of the series
     * dialog), in name order.
     */
    public List<String> seriesCategories() {
        return em.createNamedQuery(TitleSeries.FIND_CATEGORIES, String.class).getResultList();
    }

    /** A series by id, retired or not (old records show what they hold). */
    public Optional<CatalogChoice> series(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(TitleSeries.class, id))
                .map(s -> new CatalogChoice(s.getId(), s.getName(), s.isRetired()));
    }

    /** A qualification name by id, retired or not. */
    public Optional<QualificationRow> qualification(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(TitleQualification.class, id))
                .map(QualificationRow::of);
    }

    /** The name a series had at a moment (SPEC §3.16: history shows the name valid at the time). */
    public Optional<String> seriesNameAt(Long id, OffsetDateTime moment) {
        return Optional.ofNullable(id == null ? null : em.find(TitleSeries.class, id))
                .map(s -> TitleRename.nameAt(s.getName(), renames(TitleRename.EntryType.SERIES, id), moment));
    }

    /** The name a qualification had at a moment. */
    public Optional<String> qualificationNameAt(Long id, OffsetDateTime moment) {
        return Optional.ofNullable(id == null ? null : em.find(TitleQualification.class, id))
                .map(q -> TitleRename.nameAt(q.getName(), renames(TitleRename.EntryType.QUALIFICATION, id), moment));
    }

    /** An entry's renames, oldest first. */
    public List<TitleRename> renames(TitleRename.EntryType type, Long id) {
        return em.createNamedQuery(TitleRename.FIND_FOR_ENTRY, TitleRename.class)
                .setParameter("entryType", type)
                .setParameter("entryId", id)
                .getResultList();
    }

    /** 更名记录 of a series or qualification name, newest first (the catalog page's history dialog). */
    public List<RenameRow> renameHistory(TitleRename.EntryType type, Long id) {
        List<RenameRow> rows = new java.util.ArrayList<>(renames(type, id).stream()
                .map(r -> new RenameRow(r.getOldName(), r.getNewName(), r.getRenamedAt())).toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    // ---- maintenance (province administrator) ----

    /** True when the caller maintains the catalog (for the menu and buttons; the methods check again). */
    public boolean callerMaintains() {
        return callers.findCurrent().map(CatalogService::maintains).orElse(false);
    }

    private static boolean maintains(Account account) {
        if (account.roles().contains(Role.SYSTEM_ADMIN)) {
            return true;
        }
        return account.permissions().contains(Permission.TITLE_CATALOG)
                && account.staffUnit().map(u -> u.getParent() == null).orElse(false);
    }

    /** Refuses (HTTP 403 on screens) a caller who does not maintain the catalog. */
    public void requireMaintainer() {
        Account account = callers.findCurrent()
                .orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
        if (!maintains(account)) {
            throw new AccessDeniedException("catalog.rootOnly");
        }
    }

    /** One page of the series whose name contains the filter (all when blank), in catalog order, with counts. */
    public List<SeriesRow> listSeries(String nameFilter, int first, int pageSize) {
        requireMaintainer();
        List<TitleSeries> page = seriesQuery(nameFilter, "select s from TitleSeries s", " order by s.id",
                TitleSeries.class).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return rows(page);
    }

    /** One series as the list shows it (retired too). */
    public SeriesRow seriesRow(Long seriesId) {
        requireMaintainer();
        return rows(List.of(loadSeries(seriesId))).get(0);
    }

    private List<SeriesRow> rows(List<TitleSeries> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        em.createNamedQuery(TitleQualification.COUNT_BY_SERIES, Object[].class)
                .setParameter("seriesIds", page.stream().map(TitleSeries::getId).toList())
                .getResultStream()
                .forEach(r -> counts.put((Long) r[0], new long[]{((Number) r[1]).longValue(),
                        r[2] == null ? 0 : ((Number) r[2]).longValue()}));
        return page.stream().map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[2]);
            return new SeriesRow(s.getId(), s.getName(), s.getCategory(), s.isRetired(), c[0], c[1]);
        }).toList();
    }

    public long countSeries(String nameFilter) {
        requireMaintainer();
        return seriesQuery(nameFilter, "select count(s) from TitleSeries s", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> seriesQuery(String nameFilter, String select, String order, Class<T> type) {
        boolean filtered = nameFilter != null && !nameFilter.isBlank();
        TypedQuery<T> query = em.createQuery(select + (filtered ? " where lower(s.name) like :pattern" : "") + order,
                type);
        if (filtered) {
            query.setParameter("pattern", "%" + nameFilter.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }

    /** Every qualification name of a series (retired ones too), grouped by level, highest level first. */
    public List<LevelGroup> qualificationsOf(Long seriesId) {
        requireMaintainer();
        loadSeries(seriesId);
        Map<TitleLevel, List<QualificationRow>> byLevel = new EnumMap<>(TitleLevel.class);
        em.createNamedQuery(TitleQualification.FIND_OF_SERIES, TitleQualification.class)
                .setParameter("seriesId", seriesId)
                .getResultStream()
                .map(QualificationRow::of)
                .forEach(row -> byLevel.computeIfAbsent(row.level(), l -> new java.util.ArrayList<>()).add(row));
        return byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new LevelGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** 新增系列 without a category. */
    public Long addSeries(String name) {
        return addSeries(name, null);
    }

    /** 新增系列 in a category (申报类别; blank: none). */
    public Long addSeries(String name, String category) {
        requireMaintainer();
        TitleSeries series = new TitleSeries(name, category);
        requireUniqueSeries(series.getName());
        em.persist(series);
        em.flush();
        auditLog.record(SERIES, series.getId(), "CREATE", null, ACTIVE,
                series.getName() + (series.getCategory() == null ? "" : " / " + series.getCategory()));
        return series.getId();
    }

    /**
     * The series dialog's 保存 on an existing series, in one transaction: 更名 when the name differs, a new category
     * (申报类别) when that differs, each audited; refuses when nothing changed.
     */
    public void editSeries(Long seriesId, String newName, String newCategory) {
        requireMaintainer();
        TitleSeries series = loadSeries(seriesId);
        String stripped = newName == null ? null : newName.strip();
        boolean renaming = stripped == null || !stripped.equals(series.getName());
        boolean recategorizing = series.categoryDiffers(newCategory);
        if (!renaming && !recategorizing) {
            throw new BusinessException("catalog.series.unchanged", series.getName());
        }
        if (renaming) {
            renameSeries(seriesId, newName);
        }
        if (recategorizing) {
            categorizeSeries(series, newCategory);
        }
    }

    /** Puts a series in a category (申报类别; blank: none), audited like a rename: "old → new" (— for none). */
    public void categorizeSeries(Long seriesId, String category) {
        requireMaintainer();
        categorizeSeries(loadSeries(seriesId), category);
    }

    private void categorizeSeries(TitleSeries series, String category) {
        String previous = series.categorize(category);
        auditLog.record(SERIES, series.getId(), "CATEGORIZE", null, null, series.getName() + "："
                + (previous == null ? "—" : previous) + " → "
                + (series.getCategory() == null ? "—" : series.getCategory()));
    }

    /** 新增资格名称 in a series at a level; the series must be in use and the name new at that level. */
    public Long addQualification(Long seriesId, TitleLevel level, String name) {
        requireMaintainer();
        if (seriesId == null) {
            throw new BusinessException("catalog.series.choose");
        }
        if (level == null) {
            throw new BusinessException("catalog.level.required");
        }
        TitleSeries series = loadSeries(seriesId);
        if (series.isRetired()) {
            throw new BusinessException("catalog.series.retired", series.getName());
        }
        TitleQualification qualification = new TitleQualification(series, level, name);
        requireUniqueQualification(series, level, qualification.getName());
        em.persist(qualification);
        em.flush();
        auditLog.record(QUALIFICATION, qualification.getId(), "CREATE", null, ACTIVE,
                series.getName() + " / " + level.catalogName() + " / " + qualification.getName());
        return qualification.getId();
    }

    /** 更名 of a series: same id, new name; the old name stays in the rename history. */
    public void renameSeries(Long seriesId, String newName) {
        requireMaintainer();
        TitleSeries series = loadSeries(seriesId);
        String stripped = newName == null ? null : newName.strip();
        if (stripped != null && !stripped.equals(series.getName())) {
            requireUniqueSeries(stripped);
        }
        TitleRename rename = series.rename(newName, Times.now());
        em.persist(rename);
        auditLog.record(SERIES, series.getId(), "RENAME", null, null,
                rename.getOldName() + " → " + rename.getNewName());
    }

    /** 更名 of a qualification name: same id, series and level. */
    public void renameQualification(Long qualificationId, String newName) {
        requireMaintainer();
        TitleQualification qualification = loadQualification(qualificationId);
        String stripped = newName == null ? null : newName.strip();
        if (stripped != null && !stripped.equals(qualification.getName())) {
            requireUniqueQualification(qualification.getSeries(), qualification.getLevel(), stripped);
        }
        TitleRename rename = qualification.rename(newName, Times.now());
        em.persist(rename);
        auditLog.record(QUALIFICATION, qualification.getId(), "RENAME", null, null,
                rename.getOldName() + " → " + rename.getNewName());
    }

    /** 停用 a series: it and its names leave the choices; records holding them keep them. */
    public void retireSeries(Long seriesId) {
        requireMaintainer();
        TitleSeries series = loadSeries(seriesId);
        series.retire();
        auditLog.record(SERIES, series.getId(), "RETIRE", ACTIVE, RETIRED, series.getName());
    }

    /** 启用 a series again. */
    public void reinstateSeries(Long seriesId) {
        requireMaintainer();
        TitleSeries series = loadSeries(seriesId);
        series.reinstate();
        auditLog.record(SERIES, series.getId(), "REINSTATE", RETIRED, ACTIVE, series.getName());
    }

    /** 停用 a qualification name. */
    public void retireQualification(Long qualificationId) {
        requireMaintainer();
        TitleQualification qualification = loadQualification(qualificationId);
        qualification.retire();
        auditLog.record(QUALIFICATION, qualification.getId(), "RETIRE", ACTIVE, RETIRED, qualification.getName());
    }

    /** 启用 a qualification name again (its series must be in use). */
    public void reinstateQualification(Long qualificationId) {
        requireMaintainer();
        TitleQualification qualification = loadQualification(qualificationId);
        qualification.reinstate();
        auditLog.record(QUALIFICATION, qualification.getId(), "REINSTATE", RETIRED, ACTIVE,
                qualification.getName());
    }

    private TitleSeries loadSeries(Long id) {
        TitleSeries series = id == null ? null : em.find(TitleSeries.class, id);
        if (series == null) {
            throw new BusinessException("catalog.entry.notFound");
        }
        return series;
    }

    private TitleQualification loadQualification(Long id) {
        TitleQualification qualification = id == null ? null : em.find(TitleQualification.class, id);
        if (qualification == null) {
            throw new BusinessException("catalog.entry.notFound");
        }
        return qualification;
    }

    private void requireUniqueSeries(String name) {
        boolean taken = em.createNamedQuery(TitleSeries.FIND_BY_NAME, TitleSeries.class)
                .setParameter("name", name).getResultStream().findFirst().isPresent();
        if (taken) {
            throw new BusinessException("catalog.series.duplicate", name);
        }
    }

    private void requireUniqueQualification(TitleSeries series, TitleLevel level, String name) {
        boolean taken = em.createNamedQuery(TitleQualification.FIND, TitleQualification.class)
                .setParameter("series", series)
                .setParameter("level", level)
                .setParameter("name", name)
                .getResultStream().findFirst().isPresent();
        if (taken) {
            throw new BusinessException("catalog.qualification.duplicate", name, level.catalogName());
        }
    }
}
