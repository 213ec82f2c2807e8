package cn.zhicheng.region;

import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province/city/county cascade (职称业务归属地, SPEC §2.1) over the region reference table: the children of an
 * entry, the chain from the province down to an entry, and display names. Reference data: anybody may read it.
 */
@Stateless
@PermitAll
public class RegionDirectory {

    private static final String SEPARATOR = " / ";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public List<Region> provinces() {
        return em.createNamedQuery(Region.FIND_PROVINCES, Region.class).getResultList();
    }

    /** The entries below a code, 本级 first; the provinces for {@code null}. */
    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return provinces();
        }
        return em.createNamedQuery(Region.FIND_CHILDREN, Region.class).setParameter("parentCode", parentCode)
                .getResultList();
    }

    public Optional<Region> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    /** Refuses a code that is not in the cascade. */
    public Region require(String code) {
        return find(code).orElseThrow(() -> new BusinessException("region.unknown", code == null ? "" : code));
    }

    /** The chain from the province down to the entry itself; empty for an unknown code. */
    public List<Region> chain(String code) {
        List<Region> chain = new ArrayList<>();
        Optional<Region> current = find(code);
        while (current.isPresent()) {
            chain.add(current.get());
            current = find(current.get().getParentCode());
        }
        Collections.reverse(chain);
        return chain;
    }

    /** "四川省 / 成都市 / 武侯区"; a 本级 entry already names its province or city. The code itself if unknown. */
    public String fullName(String code) {
        List<Region> chain = chain(code);
        if (chain.isEmpty()) {
            return code;
        }
        List<String> names = new ArrayList<>();
        for (Region region : chain) {
            if (region.isOwnLevel() && !names.isEmpty()) {
                names.remove(names.size() - 1);
            }
            names.add(region.getName());
        }
        return String.join(SEPARATOR, names);
    }

    /** Full names of several codes at once, for a page of a list. */
    public Map<String, String> fullNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        codes.stream().filter(c -> c != null && !names.containsKey(c)).forEach(c -> names.put(c, fullName(c)));
        return names;
    }
}
