package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A role a unit's super administrator defines (角色管理, SPEC §3.2.2): a named set of permissions from the fixed
 * catalogue, assigned to the unit's staff. Only permissions the unit's type may grant are accepted.
 */
@Entity
@Table(name = "unit_role")
@NamedQuery(name = UnitRole.FIND_BY_UNIT, query = "select r from UnitRole r where r.unit = :unit order by r.name")
@NamedQuery(name = UnitRole.COUNT_HOLDERS,
        query = "select count(a) from Account a join a.staffRoles r where r = :role")
public class UnitRole {

    public static final String FIND_BY_UNIT = "UnitRole.findByUnit";
    public static final String COUNT_HOLDERS = "UnitRole.countHolders";
    public static final int NAME_MAX = 30;
    public static final int DESCRIPTION_MAX = 200;

    @Id
    @SequenceGenerator(name = "unit_role_seq", sequenceName = "unit_role_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_role_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_role_permission", joinColumns = @JoinColumn(name = "unit_role_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false, length = 48)
    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected UnitRole() {
    }

    public UnitRole(Unit unit, String name, String description, Set<Permission> permissions, OffsetDateTime now) {
        this.unit = Objects.requireNonNull(unit);
        this.createdAt = now;
        change(name, description, permissions);
    }

    /** Renames the role and replaces its permissions; the unit's type bounds what may be granted. */
    public void change(String newName, String newDescription, Set<Permission> newPermissions) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("role.name.required");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new BusinessException("role.name.tooLong", NAME_MAX);
        }
        if (newDescription != null && newDescription.strip().length() > DESCRIPTION_MAX) {
            throw new BusinessException("role.description.tooLong", DESCRIPTION_MAX);
        }
        if (newPermissions == null || newPermissions.isEmpty()) {
            throw new BusinessException("role.permissions.required");
        }
        Set<Permission> grantable = Permission.grantableIn(unit.getType());
        for (Permission permission : newPermissions) {
            if (!grantable.contains(permission)) {
                throw new BusinessException("role.permission.notGrantable", permission.name());
            }
        }
        this.name = newName.strip();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        this.permissions.clear();
        this.permissions.addAll(newPermissions);
    }

    /** A role still held by staff cannot be deleted: they would silently lose its functions. */
    public void checkDeletable(long holders) {
        if (holders > 0) {
            throw new BusinessException("role.inUse", name, holders);
        }
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Set<Permission> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UnitRole other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return UnitRole.class.hashCode();
    }
}
