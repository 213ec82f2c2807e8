package cn.zhicheng.expert;

import cn.zhicheng.org.IdNumber;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An expert (专家 / 评委) as a person: one record per ID number, whichever committees' pools they belong to
 * (issue 4: one person, one account). The profile fields are added by the expert capability.
 */
@Entity
@Table(name = "expert")
@NamedQuery(name = Expert.FIND_BY_ID_NUMBER, query = "select e from Expert e where e.idNumber = :idNumber")
public class Expert {

    public static final String FIND_BY_ID_NUMBER = "Expert.findByIdNumber";
    public static final int NAME_MAX = 10;

    @Id
    @SequenceGenerator(name = "expert_seq", sequenceName = "expert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "id_number", nullable = false, length = 18)
    private IdNumber idNumber;

    /** The expert's log-in account, once created. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Expert() {
    }

    public Expert(String name, IdNumber idNumber, OffsetDateTime now) {
        rename(name);
        this.idNumber = Objects.requireNonNull(idNumber);
        this.createdAt = now;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("expert.name.required");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new BusinessException("expert.name.tooLong", NAME_MAX);
        }
        this.name = newName.strip();
    }

    public void linkAccount(Long newAccountId) {
        this.accountId = Objects.requireNonNull(newAccountId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IdNumber getIdNumber() {
        return idNumber;
    }

    public Long getAccountId() {
        return accountId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Expert other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Expert.class.hashCode();
    }
}
