package cn.zhicheng.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;

/** One role an account holds, in a unit (unit staff) or without one (applicants, experts, system administrators). */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    protected Membership() {
    }

    Membership(Account account, Unit unit, Role role) {
        this.account = account;
        this.unit = unit;
        this.role = Objects.requireNonNull(role);
    }

    boolean matches(Role otherRole, Unit otherUnit) {
        return role == otherRole && Objects.equals(unit, otherUnit);
    }

    /** The applicant's employer changes: the same membership now names the new unit. */
    void moveTo(Unit newUnit) {
        this.unit = newUnit;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Unit getUnit() {
        return unit;
    }

    public Role getRole() {
        return role;
    }
}
