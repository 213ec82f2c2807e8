package cn.zhicheng.certificate;

/**
 * What kind of body evaluated a declared certificate (评审组织, SPEC §3.8.7): a filed committee of this system, whose
 * 组建单位 reviews the verification, or a historical evaluation institution (§3.13.6), whose collecting unit reviews it.
 * Labels: {@code EvaluationOrganisationKind.NAME}.
 */
public enum EvaluationOrganisationKind {
    COMMITTEE,
    HISTORICAL_INSTITUTION
}
