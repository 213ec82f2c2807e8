package cn.zhicheng.web.unit;

import cn.zhicheng.org.CreditCode;
import cn.zhicheng.org.HandlingPerson;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.LegalPerson;
import cn.zhicheng.org.UnitDetails;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitProfile;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.web.shell.RegionCascade;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The fields of a unit's basic information, legal person and 经办人 as the unit forms (wizard, edit, own info,
 * registration) bind them, and their conversion to the value objects that check them. Conversions throw the value
 * objects' BusinessExceptions, which the pages show.
 */
public class UnitForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The province the cascade opens on for a new unit. */
    public static final String HOME_PROVINCE = "510000";

    private String name;
    private String creditCode;
    private UnitNature nature;
    private RegionCascade region;
    private String contactPerson;
    private String phone;
    private String address;
    private String legalName;
    private String legalIdNumber;
    private String legalPhone;
    private String handlerLogin;
    private String handlerName;
    private String handlerIdNumber;
    private String handlerPhone;

    public UnitForm(RegionDirectory regions) {
        region = new RegionCascade(regions, null, HOME_PROVINCE);
    }

    /** A form filled with a unit's current data. */
    public UnitForm(RegionDirectory regions, UnitDetails unit) {
        name = unit.name();
        creditCode = unit.creditCode();
        nature = unit.nature();
        region = new RegionCascade(regions, unit.regionCode(), HOME_PROVINCE);
        contactPerson = unit.contactPerson();
        phone = unit.phone();
        address = unit.address();
        legalName = unit.legalPersonName();
        legalIdNumber = unit.legalPersonIdNumber();
        legalPhone = unit.legalPersonPhone();
        handlerLogin = unit.adminLogin();
        handlerName = unit.adminName();
        handlerIdNumber = unit.adminIdNumber();
        handlerPhone = unit.adminPhone();
    }

    public UnitProfile profile() {
        return new UnitProfile(name, CreditCode.of(creditCode), nature, region.getCode(), contactPerson, phone,
                address);
    }

    public LegalPerson legalPerson() {
        return new LegalPerson(legalName, IdNumber.of(legalIdNumber), legalPhone);
    }

    public HandlingPerson handler() {
        return new HandlingPerson(handlerLogin, handlerName, IdNumber.of(handlerIdNumber), handlerPhone);
    }

    public List<UnitNature> getNatures() {
        return List.of(UnitNature.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public UnitNature getNature() {
        return nature;
    }

    public void setNature(UnitNature nature) {
        this.nature = nature;
    }

    public RegionCascade getRegion() {
        return region;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getLegalIdNumber() {
        return legalIdNumber;
    }

    public void setLegalIdNumber(String legalIdNumber) {
        this.legalIdNumber = legalIdNumber;
    }

    public String getLegalPhone() {
        return legalPhone;
    }

    public void setLegalPhone(String legalPhone) {
        this.legalPhone = legalPhone;
    }

    public String getHandlerLogin() {
        return handlerLogin;
    }

    public void setHandlerLogin(String handlerLogin) {
        this.handlerLogin = handlerLogin;
    }

    public String getHandlerName() {
        return handlerName;
    }

    public void setHandlerName(String handlerName) {
        this.handlerName = handlerName;
    }

    public String getHandlerIdNumber() {
        return handlerIdNumber;
    }

    public void setHandlerIdNumber(String handlerIdNumber) {
        this.handlerIdNumber = handlerIdNumber;
    }

    public String getHandlerPhone() {
        return handlerPhone;
    }

    public void setHandlerPhone(String handlerPhone) {
        this.handlerPhone = handlerPhone;
    }
}
