package cn.zhicheng.org;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/**
 * The lookups the unit services share (subordinate management, registration, own unit): uniqueness checks with
 * messages naming the conflict, a unit's super administrator, and the details view of a unit.
 */
final class UnitRecords {

    static final String UNIT = "UNIT";
    static final String ACCOUNT = "ACCOUNT";

    private UnitRecords() {
    }

    /** 统一社会信用代码 is unique among units: the message names the unit that already holds it. */
    static void requireCreditCodeFree(EntityManager em, CreditCode code, Long selfId) {
        em.createQuery("select u from Unit u where u.creditCode = :code", Unit.class)
                .setParameter("code", code).getResultStream()
                .filter(other -> !other.getId().equals(selfId))
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException("unit.creditCode.taken", code.value(), other.getName());
                });
    }

    /** One account per person: the message names the account that already holds the ID number. */
    static void requireIdNumberFree(EntityManager em, IdNumber idNumber, Long selfAccountId) {
        findByIdNumber(em, idNumber).filter(other -> !other.getId().equals(selfAccountId)).ifPresent(other -> {
            throw new BusinessException("account.idNumber.takenBy", idNumber.masked(), other.getDisplayName(),
                    other.getLoginName());
        });
    }

    static Optional<Account> findByIdNumber(EntityManager em, IdNumber idNumber) {
        return em.createQuery("select a from Account a where a.idNumber = :idNumber", Account.class)
                .setParameter("idNumber", idNumber).getResultStream().findFirst();
    }

    static void requireLoginFree(EntityManager em, String loginName) {
        boolean taken = !em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", loginName).getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("account.login.taken", loginName);
        }
    }

    /** The unit's first super administrator (the 经办人 its parent added, or its registrant). */
    static Optional<Account> superAdmin(EntityManager em, Unit unit) {
        return em.createQuery("select m.account from Membership m where m.unit = :unit and m.role = :role "
                        + "order by m.id", Account.class)
                .setParameter("unit", unit).setParameter("role", Role.UNIT_ADMIN)
                .setMaxResults(1).getResultStream().findFirst();
    }

    static Unit getUnit(EntityManager em, Long unitId) {
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null) {
            throw new BusinessException("unit.notFound");
        }
        return unit;
    }

    static UnitDetails details(EntityManager em, RegionDirectory regions, Unit unit) {
        Account admin = superAdmin(em, unit).orElse(null);
        Attachment licence = unit.getLicenceAttachmentId() == null ? null
                : em.find(Attachment.class, unit.getLicenceAttachmentId());
        Unit parent = unit.getParent();
        Unit requested = unit.getRequestedParent();
        return new UnitDetails(unit.getId(), unit.getName(),
                unit.getCreditCode() == null ? null : unit.getCreditCode().value(), unit.getType(),
                unit.getHrssLevel(), unit.getStatus(), unit.getNature(), unit.getRegionCode(),
                unit.getRegionCode() == null ? null : regions.fullName(unit.getRegionCode()),
                unit.getContactPerson(), unit.getPhone(), unit.getAddress(),
                unit.getLegalPersonName(),
                unit.getLegalPersonIdNumber() == null ? null : unit.getLegalPersonIdNumber().value(),
                unit.getLegalPersonPhone(), unit.getLicenceAttachmentId(),
                licence == null ? null : licence.getOriginalName(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(),
                requested == null ? null : requested.getId(), requested == null ? null : requested.getName(),
                unit.getReturnReason(), unit.getSubmittedAt(),
                admin == null ? null : admin.getId(), admin == null ? null : admin.getLoginName(),
                admin == null ? null : admin.getDisplayName(),
                admin == null || admin.getIdNumber() == null ? null : admin.getIdNumber().value(),
                admin == null ? null : admin.getPhone());
    }
}
