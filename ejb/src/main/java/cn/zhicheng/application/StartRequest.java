package cn.zhicheng.application;

import cn.zhicheng.config.ApplicationRoute;

import java.io.Serial;
import java.io.Serializable;

/**
 * 立即申报 (SPEC §3.8.3): the employer, 评价方式, the catalog qualification (it fixes series and level), the specialty,
 * the 申报类别 and — for 申报评审 — the activity chosen in the committee finder.
 */
public record StartRequest(Long employerId, ApplicationKind kind, Long qualificationId, String specialty,
                           ApplicationRoute route, Long activityId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
