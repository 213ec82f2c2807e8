package cn.zhicheng.org;

import cn.zhicheng.config.ApplicationChain;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routing of applications through units (SPEC §3.4, §3.9.1): which 主管部门 an employer's applications go through and
 * the units of the chain up to the committee. Read-only; the review flows and the 主管部门配置 screen use it.
 * <p>
 * 主管部门 of an employer: the assignment of the nearest unit on the way up (the unit itself first); without any, the
 * nearest unit of type 主管部门 on the way up (the unit itself included); else none.
 */
@Stateless
@PermitAll
public class ReviewRouting {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public Optional<CompetentDepartment> competentDepartmentFor(Unit employer) {
        return Optional.ofNullable(competentDepartmentsFor(List.of(employer)).get(employer.getId()));
    }

    /**
     * The 主管部门 of several units with two queries in all (for list screens): units without one are left out of the
     * map.
     */
    public Map<Long, CompetentDepartment> competentDepartmentsFor(Collection<Unit> units) {
        Map<Long, List<Long>> chains = new LinkedHashMap<>();
        List<Long> allIds = new ArrayList<>();
        for (Unit unit : units) {
            List<Long> upwards = selfAndAncestorIds(unit);
            chains.put(unit.getId(), upwards);
            allIds.addAll(upwards);
        }
        if (allIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CompetentDepartmentAssignment> assignments = new HashMap<>();
        em.createNamedQuery(CompetentDepartmentAssignment.FIND_BY_EMPLOYERS, CompetentDepartmentAssignment.class)
                .setParameter("employerIds", allIds)
                .getResultList()
                .forEach(a -> assignments.put(a.getEmployer().getId(), a));
        Map<Long, Unit> departments = new HashMap<>();
        em.createQuery("select u from Unit u where u.id in :ids and u.type = :type", Unit.class)
                .setParameter("ids", allIds)
                .setParameter("type", UnitType.COMPETENT_DEPARTMENT)
                .getResultList()
                .forEach(u -> departments.put(u.getId(), u));

        Map<Long, CompetentDepartment> result = new HashMap<>();
        chains.forEach((unitId, upwards) -> resolve(unitId, upwards, assignments, departments)
                .ifPresent(found -> result.put(unitId, found)));
        return result;
    }

    private static Optional<CompetentDepartment> resolve(Long unitId, List<Long> upwards,
                                                         Map<Long, CompetentDepartmentAssignment> assignments,
                                                         Map<Long, Unit> departments) {
        for (Long id : upwards) {
            CompetentDepartmentAssignment assignment = assignments.get(id);
            if (assignment != null) {
                return Optional.of(CompetentDepartment.of(assignment.getDepartment(),
                        id.equals(unitId) ? CompetentDepartment.Source.DIRECT : CompetentDepartment.Source.INHERITED,
                        assignment.getEmployer()));
            }
        }
        return upwards.stream().filter(departments::containsKey).findFirst()
                .map(id -> CompetentDepartment.of(departments.get(id), CompetentDepartment.Source.TREE, null));
    }

    /**
     * The units an application of the employer passes through before the committee (SPEC §3.9.1).
     * <ul>
     *     <li>{@code UNIT_TREE_THEN_COMMITTEE}: the employer; each parent up the tree while it is an employer-type unit
     *     (e.g. a hospital above its branch); the 主管部门 (reached up the tree, or set by 主管部门配置 elsewhere — an
     *     assignment overrides the 主管部门 above the unit, which is then skipped); then the nearest 人社部门 above the
     *     主管部门 (without any 主管部门: the nearest 人社部门 above the employer).</li>
     *     <li>{@code COMPETENT_DEPT_THEN_COMMITTEE}: the 主管部门 only, preceded by the employer when
     *     {@code employerReviewsFirst} (SPEC leaves the SX employer step to configuration).</li>
     * </ul>
     * {@code employerReviewsFirst} is ignored for the unit-tree chain, which always starts at the employer.
     */
    public List<ChainNode> unitChainFor(Unit employer, ApplicationChain chain, boolean employerReviewsFirst) {
        Optional<Unit> department = competentDepartmentFor(employer)
                .map(found -> em.find(Unit.class, found.departmentId()));
        List<ChainNode> nodes = new ArrayList<>();
        if (chain == ApplicationChain.COMPETENT_DEPT_THEN_COMMITTEE) {
            if (employerReviewsFirst && !department.map(employer::equals).orElse(false)) {
                nodes.add(ChainNode.of(employer, ChainNode.Kind.EMPLOYER));
            }
            department.ifPresent(d -> nodes.add(ChainNode.of(d, ChainNode.Kind.COMPETENT_DEPARTMENT)));
            return nodes;
        }
        nodes.add(ChainNode.of(employer, ChainNode.Kind.EMPLOYER));
        boolean departmentReached = department.map(employer::equals).orElse(false);
        for (Unit parent = employer.getParent(); parent != null && !departmentReached; parent = parent.getParent()) {
            if (department.map(parent::equals).orElse(false)) {
                departmentReached = true;
                nodes.add(ChainNode.of(parent, ChainNode.Kind.COMPETENT_DEPARTMENT));
            } else if (CompetentDepartmentAssignment.EMPLOYER_TYPES.contains(parent.getType())) {
                nodes.add(ChainNode.of(parent, ChainNode.Kind.PARENT_UNIT));
            } else {
                break;
            }
        }
        if (!departmentReached && department.isPresent()) {
            nodes.add(ChainNode.of(department.get(), ChainNode.Kind.COMPETENT_DEPARTMENT));
        }
        nearestHrssAbove(department.orElse(employer))
                .ifPresent(hrss -> nodes.add(ChainNode.of(hrss, ChainNode.Kind.HRSS)));
        return nodes;
    }

    private static Optional<Unit> nearestHrssAbove(Unit unit) {
        for (Unit parent = unit.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getType() == UnitType.HRSS) {
                return Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    /** The unit's id and its ancestors' ids, nearest first, read from the materialized path. */
    static List<Long> selfAndAncestorIds(Unit unit) {
        List<Long> ids = new ArrayList<>(Arrays.stream(unit.getPath().split("/"))
                .filter(part -> !part.isEmpty()).map(Long::valueOf).toList());
        Collections.reverse(ids);
        return ids;
    }
}
