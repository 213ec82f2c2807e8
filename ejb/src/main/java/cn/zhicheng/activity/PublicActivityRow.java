package cn.zhicheng.activity;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A published activity on the public home page (SPEC §3.14.5): committee, scope, deadlines, policy files. */
public record PublicActivityRow(Long id, String name, String committeeName, String seriesName,
                                Set<TitleLevel> levels, List<String> regionNames, String applyScope, int year,
                                ActivityCategory category, OffsetDateTime applyStart,
                                OffsetDateTime firstSubmitDeadline, OffsetDateTime committeeDeadline,
                                ActivityProgress progress, String contactPhone, String documentNumber,
                                List<FileRef> policyFiles, OffsetDateTime publishedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
