package cn.zhicheng.web.shell;

import cn.zhicheng.region.Region;
import cn.zhicheng.region.RegionDirectory;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The state of one 职称业务归属地 cascade (province → city → county, with the 省本级 / 市本级 entries) for the
 * {@code zc:regionCascade} tag: the three selections and their choices. {@link #getCode()} is the deepest selection.
 */
public class RegionCascade implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One choice of a level. */
    public record Option(String code, String name) implements Serializable {
        static Option of(Region region) {
            return new Option(region.getCode(), region.getName());
        }
    }

    private final RegionDirectory directory;
    private String province;
    private String city;
    private String county;
    private List<Option> provinces;
    private List<Option> cities = List.of();
    private List<Option> counties = List.of();

    /** A cascade showing {@code code} (may be {@code null}); the province defaults to {@code defaultProvince}. */
    public RegionCascade(RegionDirectory directory, String code, String defaultProvince) {
        this.directory = directory;
        this.provinces = options(null);
        List<Region> chain = directory.chain(code);
        province = chain.size() > 0 ? chain.get(0).getCode() : defaultProvince;
        city = chain.size() > 1 ? chain.get(1).getCode() : null;
        county = chain.size() > 2 ? chain.get(2).getCode() : null;
        cities = province == null ? List.of() : options(province);
        counties = city == null ? List.of() : options(city);
    }

    private List<Option> options(String parent) {
        return directory.children(parent).stream().map(Option::of).toList();
    }

    public void provinceChanged() {
        city = null;
        county = null;
        cities = province == null ? List.of() : options(province);
        counties = List.of();
    }

    public void cityChanged() {
        county = null;
        counties = city == null ? List.of() : options(city);
    }

    /** The deepest chosen entry: county, else city (e.g. 四川省省本级), else province; {@code null} if none. */
    public String getCode() {
        return county != null ? county : city != null ? city : province;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public List<Option> getProvinces() {
        return provinces;
    }

    public List<Option> getCities() {
        return cities;
    }

    public List<Option> getCounties() {
        return counties;
    }
}
