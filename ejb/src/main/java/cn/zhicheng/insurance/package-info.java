/** The database-backed implementation of the social-insurance adapter ({@code SocialInsuranceRecords}). */
package cn.zhicheng.insurance;
