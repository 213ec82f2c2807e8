package cn.zhicheng.committee;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;

/**
 * The other two starting actors of committee filing (setting {@code committee.setupModel}); the entity and the filing
 * services are the same:
 * <ul>
 *     <li>SX {@code DEPT_CREATES_COMMITTEE_ADMIN_FILES} (SPEC §3.5.3): the 主管部门 (or 人社部门) creates the committee
 *     and its 评委会管理员 account (initial password {@code password.initial}, changed at the first sign-in); the
 *     administrator completes step 1, uploads the document and submits through {@link CommitteeFilings}.</li>
 *     <li>HB {@code REFORM_OFFICE_CREATES} (SPEC §3.5.4): the 职改办 (the root 人社部门) creates the committee with all
 *     its data, authorised at once (no filing review), and its code account: login = 评委会代码, password 888888
 *     (重置评委会密码 sets it again).</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class CommitteeSetups {

    /** SPEC §3.5.4: the code account's password. */
    static final String CODE_ACCOUNT_PASSWORD = "888888";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog auditLog;

    @EJB
    private RegionDirectory regions;

    @Inject
    private PasswordHasher hasher;

    /** SX: a new committee (未备案, step 1 to be completed by its administrator) and its administrator account. */
    public CreatedCommittee createWithAdmin(String name, Long seriesId, String adminName, String adminIdNumber,
                                            String adminLogin) {
        requireModel(CommitteeSetupModel.DEPT_CREATES_COMMITTEE_ADMIN_FILES);
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        if (own.getType() != UnitType.COMPETENT_DEPARTMENT && own.getType() != UnitType.HRSS) {
            throw new AccessDeniedException("security.permission.missing");
        }
        OffsetDateTime now = Times.now();
        Committee committee = new Committee(name, own, series(seriesId), false, now);
        em.persist(committee);
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "CREATED", null, committee.getStatus().name(), null);
        Account admin = newAccount(Account.chosenLogin(adminLogin), adminName, IdNumber.of(adminIdNumber),
                settings.get(SettingKeys.PASSWORD_INITIAL), now);
        link(admin, committee, own, now);
        return new CreatedCommittee(committee.getId(), admin.getLoginName());
    }

    /** HB: a committee created by the 职改办 with all its data, authorised at once, and its code account. */
    public CreatedCommittee createAuthorised(CommitteeForm form, String code) {
        requireModel(CommitteeSetupModel.REFORM_OFFICE_CREATES);
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        if (own.getType() != UnitType.HRSS || own.getParent() != null) {
            throw new AccessDeniedException("security.permission.missing");
        }
        OffsetDateTime now = Times.now();
        Committee committee = Committee.draft(form.profile(), own, series(form.seriesId()),
                unit(form.authorisingUnitId()), unit(form.filingUnitId()), now);
        if (form.profile().regionCodes() != null) {
            form.profile().regionCodes().forEach(regions::require);
        }
        committee.assignCode(code);
        if (!em.createQuery("select c.id from Committee c where c.code = :code", Long.class)
                .setParameter("code", committee.getCode()).getResultList().isEmpty()) {
            throw new BusinessException("committee.code.taken", committee.getCode());
        }
        em.persist(committee);
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "CREATED", null, committee.getStatus().name(), null);
        String from = committee.getStatus().name();
        committee.authoriseAtCreation(now);
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "AUTHORISED", from, committee.getStatus().name(),
                "备案有效期" + committee.getValidFrom() + "至" + committee.getValidUntil());
        String displayName = committee.getName().length() > Account.DISPLAY_NAME_MAX
                ? committee.getName().substring(0, Account.DISPLAY_NAME_MAX) : committee.getName();
        Account account = newAccount(Account.normalizeLogin(committee.getCode()), displayName, null,
                CODE_ACCOUNT_PASSWORD, now);
        link(account, committee, own, now);
        return new CreatedCommittee(committee.getId(), account.getLoginName());
    }

    /** HB 编辑评委会: the creating 职改办 corrects an authorised committee's data (audited, no review). */
    public void updateAuthorised(Long committeeId, CommitteeForm form) {
        requireModel(CommitteeSetupModel.REFORM_OFFICE_CREATES);
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !committee.getFormationUnit().equals(own)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        if (form.profile().regionCodes() != null) {
            form.profile().regionCodes().forEach(regions::require);
        }
        committee.reviseAuthorised(form.profile(), series(form.seriesId()), unit(form.authorisingUnitId()),
                unit(form.filingUnitId()));
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "EDITED", committee.getStatus().name(),
                committee.getStatus().name(), null);
    }

    /** HB 重置评委会密码: the code account's password is 888888 again (changed at the next sign-in). */
    public void resetCodePassword(Long committeeId) {
        requireModel(CommitteeSetupModel.REFORM_OFFICE_CREATES);
        Unit own = permissions.require(Permission.COMMITTEE_FILING);
        CommitteeAccount link = em.createQuery("select ca from CommitteeAccount ca where ca.committee.id = :id "
                        + "and ca.committee.formationUnit = :own and ca.role = :role", CommitteeAccount.class)
                .setParameter("id", committeeId).setParameter("own", own).setParameter("role", Role.COMMITTEE_ADMIN)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("security.unit.outOfScope"));
        link.getAccount().resetPassword(hasher.hash(CODE_ACCOUNT_PASSWORD), Times.now());
        auditLog.record("ACCOUNT", link.getAccount().getId(), "PASSWORD_RESET", null, null,
                "评委会：" + link.getCommittee().getName());
    }

    /** A committee-side account created for its owner (the password is changed at the first sign-in). */
    private Account newAccount(String login, String displayName, IdNumber idNumber, String password,
                               OffsetDateTime now) {
        if (accounts.findByLogin(login).isPresent()) {
            throw new BusinessException("account.login.taken", login);
        }
        Account account = Account.createdByOther(login, displayName, idNumber, null, hasher.hash(password), now);
        em.persist(account);
        auditLog.record("ACCOUNT", account.getId(), "CREATED", null, account.getStatus().name(), null);
        return account;
    }

    private void link(Account account, Committee committee, Unit formationUnit, OffsetDateTime now) {
        account.grant(Role.COMMITTEE_ADMIN, formationUnit);
        em.persist(new CommitteeAccount(account, committee, Role.COMMITTEE_ADMIN, now));
        auditLog.record(CommitteeViews.ENTITY, committee.getId(), "ACCOUNT_CREATED", committee.getStatus().name(),
                committee.getStatus().name(), "评委会管理员账号：" + account.getLoginName());
    }

    private void requireModel(CommitteeSetupModel model) {
        if (settings.get(SettingKeys.COMMITTEE_SETUP_MODEL) != model) {
            throw new BusinessException("committee.setupModel.other");
        }
    }

    private TitleSeries series(Long seriesId) {
        TitleSeries series = seriesId == null ? null : em.find(TitleSeries.class, seriesId);
        if (series == null) {
            throw new BusinessException("committee.series.required");
        }
        return series;
    }

    private Unit unit(Long unitId) {
        return unitId == null ? null : em.find(Unit.class, unitId);
    }
}
