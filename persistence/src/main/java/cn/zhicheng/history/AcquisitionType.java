package cn.zhicheng.history;

/**
 * 职称证书取得方式 (SPEC §3.13.1). 职称评审 certificates are collected by the evaluating unit and reviewed up to the
 * issuer; 初定, 确认 and 委托评审 are uploaded by the issuing authority itself and reviewed there only. Labels:
 * {@code AcquisitionType.NAME}.
 */
public enum AcquisitionType {
    REVIEW,
    INITIAL,
    CONFIRMATION,
    ENTRUSTED;

    /** Whether the uploading unit is itself the issuer (初定, 确认, 委托评审): its own review only. */
    public boolean isIssuedByUploader() {
        return this != REVIEW;
    }
}
