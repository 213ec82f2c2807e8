package cn.zhicheng.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of the flow log (流转日志): who did what to which item, when, from which status to which, with what
 * opinion. Immutable: it has no setters, and a database trigger refuses updates and deletes.
 */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.FIND_FOR_ENTITY,
        query = "select r from AuditRecord r where r.entityType = :entityType and r.entityId = :entityId"
                + " order by r.occurredAt, r.id")
@NamedQuery(name = AuditRecord.FIND_LATEST_FOR_ENTITY,
        query = "select r from AuditRecord r where r.entityType = :entityType and r.entityId = :entityId"
                + " order by r.occurredAt desc, r.id desc")
@NamedQuery(name = AuditRecord.COUNT_FOR_ENTITY,
        query = "select count(r) from AuditRecord r where r.entityType = :entityType and r.entityId = :entityId")
public class AuditRecord {

    public static final String FIND_FOR_ENTITY = "AuditRecord.findForEntity";
    public static final String FIND_LATEST_FOR_ENTITY = "AuditRecord.findLatestForEntity";
    public static final String COUNT_FOR_ENTITY = "AuditRecord.countForEntity";

    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_login", nullable = false, length = 64, updatable = false)
    private String actorLogin;

    @Column(name = "actor_name", length = 50, updatable = false)
    private String actorName;

    @Column(name = "actor_unit_id", updatable = false)
    private Long actorUnitId;

    @Column(name = "actor_unit_name", length = 200, updatable = false)
    private String actorUnitName;

    @Column(name = "entity_type", nullable = false, length = 40, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "from_status", length = 40, updatable = false)
    private String fromStatus;

    @Column(name = "to_status", length = 40, updatable = false)
    private String toStatus;

    @Column(length = 1000, updatable = false)
    private String opinion;

    protected AuditRecord() {
    }

    public AuditRecord(OffsetDateTime occurredAt, Actor actor, String entityType, Long entityId, String action,
                       String fromStatus, String toStatus, String opinion) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorAccountId = actor.accountId();
        this.actorLogin = actor.login();
        this.actorName = actor.name();
        this.actorUnitId = actor.unitId();
        this.actorUnitName = actor.unitName();
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = Objects.requireNonNull(entityId);
        this.action = Objects.requireNonNull(action);
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.opinion = opinion;
    }

    /** Who acted: an account in a unit, or the system itself (jobs, start-up seeds). */
    public record Actor(Long accountId, String login, String name, Long unitId, String unitName) {
        public static final Actor SYSTEM = new Actor(null, "SYSTEM", "系统", null, null);

        public Actor {
            Objects.requireNonNull(login);
        }
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getActorUnitId() {
        return actorUnitId;
    }

    public String getActorUnitName() {
        return actorUnitName;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getOpinion() {
        return opinion;
    }
}
