package cn.zhicheng.activity;

import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of 申报材料需求配置 (SPEC §3.7.8, §4.4): 序号, 名称, 是否必填, how many files an applicant may upload (上传数量)
 * and the accepted file types. Applicants cannot submit while a required item has no file.
 */
@Embeddable
public class RequiredMaterial implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 50;
    public static final int COUNT_MAX = 20;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "max_count", nullable = false)
    private int maxCount;

    @Convert(converter = FileKindSetConverter.class)
    @Column(name = "file_kinds", nullable = false, length = 100)
    private Set<FileKind> fileKinds = EnumSet.noneOf(FileKind.class);

    protected RequiredMaterial() {
    }

    public static RequiredMaterial of(int row, Integer position, String name, boolean required, Integer maxCount,
                                      Set<FileKind> fileKinds) {
        if (position == null || position < 1) {
            throw new BusinessException("activity.row.position", row);
        }
        if (name == null || name.isBlank()) {
            throw new BusinessException("activity.material.name.required", row);
        }
        if (name.strip().length() > NAME_MAX) {
            throw new BusinessException("activity.material.name.tooLong", row, NAME_MAX);
        }
        if (maxCount == null || maxCount < 1 || maxCount > COUNT_MAX) {
            throw new BusinessException("activity.material.count.range", row, COUNT_MAX);
        }
        if (fileKinds == null || fileKinds.isEmpty()) {
            throw new BusinessException("activity.material.kinds.required", row);
        }
        RequiredMaterial result = new RequiredMaterial();
        result.position = position;
        result.name = name.strip();
        result.required = required;
        result.maxCount = maxCount;
        result.fileKinds = EnumSet.copyOf(fileKinds);
        return result;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    public int getMaxCount() {
        return maxCount;
    }

    public Set<FileKind> getFileKinds() {
        return fileKinds.isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(fileKinds);
    }
}
