package cn.zhicheng.activity;

import cn.zhicheng.notice.NoticeType;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A notice on the public home page (SPEC §3.14.5), with the activity it announces, if any. */
public record NoticeRow(Long id, NoticeType type, String title, String body, String publisherName, Long activityId,
                        OffsetDateTime publishedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
