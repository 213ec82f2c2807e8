package cn.zhicheng.certificate;

/**
 * An issuance batch (SPEC §3.12.1 发放中 → 已发放): open while the issuer completes it (persons, 批准时间, 文号, the
 * stamped 汇总表), generating while the {@code certificateGeneration} job runs, issued when every certificate is.
 * Labels: {@code CertificateBatchStatus.NAME}.
 */
public enum CertificateBatchStatus {
    OPEN, GENERATING, ISSUED
}
