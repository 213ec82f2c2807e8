package cn.zhicheng.config;

/** Which applicants sit the committee's written exam (SPEC §3.7.2 评委会组织笔试, §3.10.3). */
public enum WrittenExam {
    /** 全体参加笔试 */
    ALL,
    /** 不具备规定学历笔试: only applicants without the required education. */
    WITHOUT_REQUIRED_DEGREE,
    /** 部分参加笔试: the applicants listed in the score import. */
    PARTIAL,
    /** 不组织 */
    NONE
}
