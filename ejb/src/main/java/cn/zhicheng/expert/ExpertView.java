package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.Times;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 查看专家信息 (SPEC §3.6.2): 基本信息, 资历信息, the self-completed sections and the member's flow log.
 */
public record ExpertView(Long memberId, String committeeName, PoolStatus status, CommitteePost post,
                         String returnReason, String country, String name, IdDocumentType idType, String idNumber,
                         Sex sex, String birthMonth, int age, boolean retired, String workUnit, String competentUnit,
                         String adminPost, AdminPostLevel adminPostLevel, String phone1, String phone2,
                         String honours, String seriesName, String specialty, String currentTitle, boolean complete,
                         List<Entry> profile, List<LogLine> log) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One line of a self-completed section. */
    public record Entry(ProfileSection section, String periodFrom, String periodTo, String title, String organisation,
                        String detail) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        static Entry of(ProfileEntry e) {
            return new Entry(e.getSection(), e.getPeriodFrom(), e.getPeriodTo(), e.getTitle(), e.getOrganisation(),
                    e.getDetail());
        }
    }

    /** One line of the flow log. */
    public record LogLine(String at, String actor, String unit, String action, String from, String to,
                          String opinion) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        static LogLine of(AuditRecord r) {
            return new LogLine(Times.display(r.getOccurredAt()), r.getActorName(), r.getActorUnitName(),
                    r.getAction(), r.getFromStatus(), r.getToStatus(), r.getOpinion());
        }
    }

    static ExpertView of(PoolMember m, List<AuditRecord> history) {
        Expert e = m.getExpert();
        return new ExpertView(m.getId(), m.getCommittee().getName(), m.getStatus(), m.getPost(), m.getReturnReason(),
                e.getCountry(), e.getName(), e.getIdType(), e.getIdNumber().value(), e.getSex(),
                e.getBirthMonth() == null ? null : e.getBirthMonth().format(ExpertInput.BIRTH_MONTH),
                e.age(Times.now().toLocalDate()), e.isRetired(), e.getWorkUnit(), e.getCompetentUnit(),
                e.getAdminPost(), e.getAdminPostLevel(), e.getPhone1(), e.getPhone2(), e.getHonours(),
                e.getSeries() == null ? null : e.getSeries().getName(), e.getSpecialty(), e.getCurrentTitle(),
                e.isComplete(), e.getProfile().stream().map(Entry::of).toList(),
                history.stream().map(LogLine::of).toList());
    }
}
