package cn.zhicheng.review;

import java.io.Serializable;

/**
 * What the reviewer's detail page adds to a request's view: the full ID number (shown only here, to staff holding the
 * review permission) and whether the caller's unit decides it now (通过 / 退回 / 不通过 rendered from this flag; the
 * entity checks the same rule).
 */
public record ReviewerView(String idNumber, boolean decidable) implements Serializable {
}
