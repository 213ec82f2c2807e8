/** Social-insurance records as the title system sees them: a lookup through {@link SocialInsuranceRecords}. */
package cn.zhicheng.insurance;
