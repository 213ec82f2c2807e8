/**
 * The multi-post review engine every review flow uses (who acts next on an item in a unit, next level or out of the
 * unit) and the service behind the 多岗审核配置 screen (SPEC §3.3); the steps shared by the applicant's own requests
 * that units review ({@link cn.zhicheng.review.PersonalRequests}: owner-only loading, transitions with their flow log,
 * the reviewer-side pending list and decisions); the committee's 资格审核 of applications
 * ({@link cn.zhicheng.review.QualificationReviews}, SPEC §3.9.5); the read-only application queries of SPEC §3.15.1–3.15.3
 * ({@link cn.zhicheng.review.ApplicationQueries}: 花名表, 申报材料综合查询, 评审人员统计, the export's chunks).
 */
package cn.zhicheng.review;
