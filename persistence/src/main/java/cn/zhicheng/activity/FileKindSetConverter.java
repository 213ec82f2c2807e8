package cn.zhicheng.activity;

import cn.zhicheng.attachment.FileKind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** The file types a required material accepts, stored as comma-separated names. */
@Converter
public class FileKindSetConverter extends EnumSetConverter<FileKind> implements AttributeConverter<Set<FileKind>, String> {

    public FileKindSetConverter() {
        super(FileKind.class);
    }
}
