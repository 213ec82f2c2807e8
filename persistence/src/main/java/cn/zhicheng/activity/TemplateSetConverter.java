package cn.zhicheng.activity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** 模板类别 of a requirement row, stored as comma-separated names. */
@Converter
public class TemplateSetConverter extends EnumSetConverter<AchievementTemplate>
        implements AttributeConverter<Set<AchievementTemplate>, String> {

    public TemplateSetConverter() {
        super(AchievementTemplate.class);
    }
}
