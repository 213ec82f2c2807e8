package cn.zhicheng.review;

import cn.zhicheng.org.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One 审核级别 of a {@link MultiPostConfig}: its number and the staff who act at it. Changed only through its config. */
@Entity
@Table(name = "review_level")
public class ReviewLevel {

    @Id
    @SequenceGenerator(name = "review_level_seq", sequenceName = "review_level_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_level_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "config_id")
    private MultiPostConfig config;

    @Column(name = "level_no", nullable = false)
    private int number;

    @ManyToMany
    @JoinTable(name = "review_level_staff", joinColumns = @JoinColumn(name = "review_level_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> staff = new HashSet<>();

    protected ReviewLevel() {
    }

    ReviewLevel(MultiPostConfig config, int number, Set<Account> staff) {
        this.config = config;
        this.number = number;
        this.staff.addAll(staff);
    }

    void replaceStaff(Set<Account> newStaff) {
        staff.clear();
        staff.addAll(newStaff);
    }

    void moveDown() {
        number--;
    }

    public boolean includes(Account account) {
        return staff.contains(account);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Set<Account> getStaff() {
        return Collections.unmodifiableSet(staff);
    }

    /** The staff in a stable order (by log-in name), for screens and audit lines. */
    public List<Account> staffInOrder() {
        return staff.stream().sorted(Comparator.comparing(Account::getLoginName)).toList();
    }
}
