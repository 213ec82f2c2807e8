package cn.zhicheng.expert;

import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;

import java.time.YearMonth;

/**
 * Checked 新增专家信息 values ({@link ExpertInput#validate()}); the series is still a name, resolved against the
 * catalog by the service. {@code post} is the 评委会职务 in the committee the expert is added to.
 */
public record ExpertDetails(String country, String name, IdDocumentType idType, IdNumber idNumber, Sex sex,
                            YearMonth birthMonth, boolean retired, String workUnit, String competentUnit,
                            String adminPost, AdminPostLevel adminPostLevel, String phone1, String phone2,
                            String honours, String seriesName, String specialty, String currentTitle,
                            CommitteePost post) {
}
