package cn.zhicheng.committee;

import cn.zhicheng.org.Account;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.ListChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
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

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A committee-side account's committee (SPEC §3.5.3, §3.5.4, §3.5.6): the SX 评委会管理员 created by the 主管部门, the
 * operators it creates, or the HB account whose login is the 评委会代码. One committee per account.
 */
@Entity
@Table(name = "committee_account")
@EntityListeners(ListChanges.class)
@NamedQuery(name = CommitteeAccount.FIND_BY_ACCOUNT,
        query = "select ca from CommitteeAccount ca join fetch ca.committee where ca.account = :account")
public class CommitteeAccount {

    public static final String FIND_BY_ACCOUNT = "CommitteeAccount.findByAccount";

    @Id
    @SequenceGenerator(name = "committee_account_seq", sequenceName = "committee_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_account_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CommitteeAccount() {
    }

    public CommitteeAccount(Account account, Committee committee, Role role, OffsetDateTime now) {
        if (!Objects.requireNonNull(role).isCommitteeRole()) {
            throw new IllegalArgumentException("not a committee role: " + role);
        }
        this.account = Objects.requireNonNull(account);
        this.committee = Objects.requireNonNull(committee);
        this.role = role;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Role getRole() {
        return role;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
