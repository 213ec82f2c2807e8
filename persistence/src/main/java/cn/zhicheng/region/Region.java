package cn.zhicheng.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One entry of the 职称业务归属地 cascade: a GB/T 2260 division (province, city, county/district) or a 本级 entry
 * ("四川省省本级", "成都市市本级") that stands for the province or city administration itself. Reference data,
 * loaded by migration and never edited by the application.
 */
@Entity
@Cacheable
@Table(name = "region")
@NamedQuery(name = Region.FIND_CHILDREN,
        query = "select r from Region r where r.parentCode = :parentCode order by r.ownLevel desc, r.code")
@NamedQuery(name = Region.FIND_PROVINCES,
        query = "select r from Region r where r.parentCode is null order by r.code")
public class Region {

    public static final String FIND_CHILDREN = "Region.findChildren";
    public static final String FIND_PROVINCES = "Region.findProvinces";

    @Id
    @Column(length = 12)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "parent_code", length = 12)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegionLevel level;

    /** True for the 省本级 / 市本级 entries. */
    @Column(name = "own_level", nullable = false)
    private boolean ownLevel;

    protected Region() {
    }

    public Region(String code, String name, String parentCode, RegionLevel level, boolean ownLevel) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.level = level;
        this.ownLevel = ownLevel;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public boolean isOwnLevel() {
        return ownLevel;
    }
}
