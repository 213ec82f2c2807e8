package cn.zhicheng.review;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 多岗审核配置 screen's use cases (SPEC §3.3): the caller's own unit only, for its super administrator
 * ({@link Permission#MULTI_POST_CONFIG}). Every change is written to the flow log of the configuration.
 */
@Stateless
@PermitAll
public class MultiPostConfigService {

    static final String ENTITY = "MULTI_POST_CONFIG";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private MultiPostReview engine;

    @EJB
    private AuditLog auditLog;

    /** The item types the caller's unit reviews, hence may configure. */
    public List<ReviewItemType> itemTypesOfCaller() {
        return ReviewItemType.reviewedBy(ownUnit().getType());
    }

    public ConfigView view(ReviewItemType type) {
        Unit unit = ownUnitFor(type);
        Optional<MultiPostConfig> config = engine.findConfig(unit.getId(), type);
        List<LevelView> levels = config.map(c -> c.getLevels().stream()
                .map(l -> new LevelView(l.getNumber(), l.staffInOrder().stream().map(StaffView::of).toList()))
                .toList()).orElse(List.of());
        return new ConfigView(type, config.map(MultiPostConfig::getId).orElse(null), levels,
                config.map(MultiPostConfig::nextNumber).orElse(1));
    }

    /** Who may be chosen for a level: active staff of the caller's unit holding the type's permission. */
    public List<StaffView> eligibleStaff(ReviewItemType type) {
        return engine.eligibleStaff(ownUnitFor(type), type).stream().map(StaffView::of).toList();
    }

    /** 新增 a level (the next number) with its staff. */
    public void addLevel(ReviewItemType type, int number, Set<Long> accountIds) {
        Unit unit = ownUnitFor(type);
        Set<Account> staff = staffOf(unit, accountIds);
        MultiPostConfig config = engine.findConfig(unit.getId(), type).orElseGet(() -> {
            MultiPostConfig created = new MultiPostConfig(unit, type, Times.now());
            em.persist(created);
            return created;
        });
        ReviewLevel level = config.addLevel(number, staff);
        audit(config, "REVIEW_LEVEL_ADDED", null, level);
    }

    /** 编辑 the staff of a level. */
    public void changeLevel(ReviewItemType type, int number, Set<Long> accountIds) {
        Unit unit = ownUnitFor(type);
        Set<Account> staff = staffOf(unit, accountIds);
        MultiPostConfig config = getConfig(unit, type, number);
        String before = describe(config.getLevel(number));
        ReviewLevel level = config.changeStaff(number, staff);
        audit(config, "REVIEW_LEVEL_CHANGED", before, level);
    }

    /** 删除 a level; the levels above it move down by one. */
    public void deleteLevel(ReviewItemType type, int number) {
        Unit unit = ownUnitFor(type);
        MultiPostConfig config = getConfig(unit, type, number);
        ReviewLevel removed = config.removeLevel(number);
        auditLog.record(ENTITY, config.getId(), "REVIEW_LEVEL_DELETED", levelName(number), null,
                typeName(type) + "，" + describe(removed) + (config.getLevels().size() >= number
                        ? "；其后各级依次前移一级" : ""));
    }

    public List<AuditRecord> changeLog(ReviewItemType type, int first, int pageSize) {
        return engine.findConfig(ownUnitFor(type).getId(), type)
                .map(c -> auditLog.latest(ENTITY, c.getId(), first, pageSize)).orElse(List.of());
    }

    public long changeLogSize(ReviewItemType type) {
        return engine.findConfig(ownUnitFor(type).getId(), type)
                .map(c -> auditLog.count(ENTITY, c.getId())).orElse(0L);
    }

    private Unit ownUnit() {
        return permissions.require(Permission.MULTI_POST_CONFIG);
    }

    private Unit ownUnitFor(ReviewItemType type) {
        Unit unit = ownUnit();
        if (type == null || !type.isReviewedBy(unit.getType())) {
            throw new BusinessException("multiPost.type.notForUnit");
        }
        return unit;
    }

    private MultiPostConfig getConfig(Unit unit, ReviewItemType type, int number) {
        return engine.findConfig(unit.getId(), type)
                .orElseThrow(() -> new BusinessException("multiPost.level.notFound", number));
    }

    /** The chosen accounts; naming an account of another unit (or none at all) is refused as out of scope. */
    private Set<Account> staffOf(Unit unit, Set<Long> accountIds) {
        Set<Account> staff = new HashSet<>();
        for (Long id : accountIds == null ? Set.<Long>of() : accountIds) {
            Account account = id == null ? null : em.find(Account.class, id);
            if (account == null || !account.staffUnit().map(unit::equals).orElse(false)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            staff.add(account);
        }
        return staff;
    }

    private void audit(MultiPostConfig config, String action, String before, ReviewLevel level) {
        em.flush();
        auditLog.record(ENTITY, config.getId(), action, null, levelName(level.getNumber()),
                typeName(config.getItemType()) + "，" + (before == null ? "" : "原" + before + "，现")
                        + describe(level));
    }

    private static String describe(ReviewLevel level) {
        return "审核人员：" + level.staffInOrder().stream()
                .map(a -> a.getDisplayName() + "(" + a.getLoginName() + ")")
                .collect(Collectors.joining("、"));
    }

    private static String levelName(int number) {
        return "第" + number + "级";
    }

    /** The flow log is stored text: the item type in the words of the screens. */
    private static String typeName(ReviewItemType type) {
        return switch (type) {
            case COMMITTEE_FILING -> "评委会备案";
            case ACTIVITY_PUBLICATION -> "评审活动发布";
            case APPLICATION -> "申报材料审核";
            case HISTORY_DATA -> "历史职称数据审核";
        };
    }
}
