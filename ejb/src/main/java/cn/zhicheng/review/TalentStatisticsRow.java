package cn.zhicheng.review;

import java.io.Serializable;

/**
 * One row of the 专技人才统计 table (SPEC §3.15.4): a series (or the 合计 row, {@code seriesName == null}) with the
 * counts of its approved entries per column group — 专业技术人员类别 (合计; 正高级, 副高级, 中级, 初级; 只具有职业资格证书人员;
 * 其他人员), 基本情况 (女, 少数民族, 中共党员, 港澳台及外籍人士), 学历 and 年龄 (age today: 35岁及以下, 36–45岁, 46–54岁,
 * 55岁及以上; the age columns the manuals' text mentions, §4.10 item 15).
 */
public record TalentStatisticsRow(String seriesName, long total, long seniorFull, long seniorDeputy,
                                  long intermediate, long junior, long qualificationOnly, long other, long female,
                                  long minority, long partyMember, long foreignOrHmt, long doctorate, long master,
                                  long bachelor, long juniorCollege, long secondaryVocational, long highSchoolOrBelow,
                                  long ageUpTo35, long age36To45, long age46To54, long age55AndOver)
        implements Serializable {

    public boolean isSumRow() {
        return seriesName == null;
    }
}
