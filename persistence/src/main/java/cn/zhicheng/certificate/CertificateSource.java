package cn.zhicheng.certificate;

/**
 * Where a certificate's facts come from: a 职称初定 application that passed its chain (初定发证, SPEC §3.12.1), or a
 * historical record approved in the historical-data chain (历史证书生成, §3.13). The later 评审发证 and 委托发证 flows
 * add their sources here. Labels: {@code CertificateSource.NAME}.
 */
public enum CertificateSource {
    INITIAL_APPLICATION, HISTORY_RECORD
}
