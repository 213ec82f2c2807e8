package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * 主管部门配置 (SPEC §3.4), until committees exist: a 人社部门 decides that the applications of an employer unit, and of
 * every unit below it that has no nearer assignment of its own, go through the given 主管部门. Set by an HRSS unit for
 * units of its region (its subtree); the department must lie in that region too.
 */
@Entity
@Table(name = "competent_department_assignment")
@NamedQuery(name = CompetentDepartmentAssignment.FIND_BY_EMPLOYER,
        query = "select a from CompetentDepartmentAssignment a where a.employer.id = :employerId")
@NamedQuery(name = CompetentDepartmentAssignment.FIND_BY_EMPLOYERS,
        query = "select a from CompetentDepartmentAssignment a join fetch a.department "
                + "where a.employer.id in :employerIds")
public class CompetentDepartmentAssignment {

    public static final String FIND_BY_EMPLOYER = "CompetentDepartmentAssignment.findByEmployer";
    public static final String FIND_BY_EMPLOYERS = "CompetentDepartmentAssignment.findByEmployers";

    /** The unit types whose applications are routed: the employers (申报单位, 自主评审单位, 中央在川单位). */
    public static final Set<UnitType> EMPLOYER_TYPES =
            EnumSet.of(UnitType.APPLYING_UNIT, UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT);

    @Id
    @SequenceGenerator(name = "competent_department_assignment_seq",
            sequenceName = "competent_department_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competent_department_assignment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_unit_id")
    private Unit employer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_unit_id")
    private Unit department;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by_unit_id")
    private Unit assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private OffsetDateTime assignedAt;

    @Version
    private long version;

    protected CompetentDepartmentAssignment() {
    }

    public CompetentDepartmentAssignment(Unit employer, Unit department, Unit hrss, OffsetDateTime now) {
        if (!EMPLOYER_TYPES.contains(employer.getType())) {
            throw new BusinessException("competent.employer.wrongType", employer.getName());
        }
        this.employer = employer;
        reassign(department, hrss, now);
    }

    /** Points the employer at another 主管部门 (or confirms the same one), recording who set it and when. */
    public void reassign(Unit newDepartment, Unit hrss, OffsetDateTime now) {
        Objects.requireNonNull(newDepartment);
        if (hrss.getType() != UnitType.HRSS) {
            throw new BusinessException("competent.setter.notHrss");
        }
        if (newDepartment.getType() != UnitType.COMPETENT_DEPARTMENT) {
            throw new BusinessException("competent.department.wrongType", newDepartment.getName());
        }
        if (!hrss.isSelfOrAncestorOf(employer) || !hrss.isSelfOrAncestorOf(newDepartment)) {
            throw new BusinessException("competent.outOfRegion");
        }
        this.department = newDepartment;
        this.assignedBy = hrss;
        this.assignedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Unit getEmployer() {
        return employer;
    }

    public Unit getDepartment() {
        return department;
    }

    public Unit getAssignedBy() {
        return assignedBy;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }
}
