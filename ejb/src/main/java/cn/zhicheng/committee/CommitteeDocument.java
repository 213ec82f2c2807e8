package cn.zhicheng.committee;

import java.io.Serial;
import java.io.Serializable;

/** The 核准备案请示 of a committee as handed to a reader who may see the filing. */
public record CommitteeDocument(String downloadName, String contentType, byte[] content) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
