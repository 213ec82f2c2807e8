/**
 * Certificates (SPEC §3.12, §3.8.7): electronic certificates with their serial numbers, verification codes and
 * issuance batches, the titles the system knows for a person (我的证书), and 证书核验 requests declaring a
 * historical certificate for review by the evaluation organisation's formation unit.
 */
package cn.zhicheng.certificate;
