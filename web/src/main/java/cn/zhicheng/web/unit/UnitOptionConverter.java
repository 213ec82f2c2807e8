package cn.zhicheng.web.unit;

import cn.zhicheng.org.UnitOption;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Unit picker choices as "id:name" in the page. The id is only a choice: every service that receives it checks that
 * the caller may use that unit.
 */
@FacesConverter(value = "unitOption", managed = true)
public class UnitOptionConverter implements Converter<UnitOption> {

    @Override
    public UnitOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("[0-9]{1,18}:.*")) {
            return null;
        }
        int colon = value.indexOf(':');
        return new UnitOption(Long.valueOf(value.substring(0, colon)), value.substring(colon + 1));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitOption option) {
        return option == null ? "" : option.id() + ":" + option.name();
    }
}
