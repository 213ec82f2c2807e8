package cn.zhicheng.catalog;

import cn.zhicheng.org.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Title catalog maintenance. The import job adds rows through {@link #addIfAbsent}. */
@Stateless
public class CatalogService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

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

    @PermitAll
    public long qualificationCount() {
        return em.createNamedQuery(TitleQualification.COUNT, Long.class).getSingleResult();
    }
}
