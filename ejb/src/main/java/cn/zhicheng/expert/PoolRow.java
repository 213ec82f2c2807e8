package cn.zhicheng.expert;

import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.Times;

import java.io.Serial;
import java.io.Serializable;

/** One pool member as the lists show it (SPEC §3.6.4 columns). Unit screens show the full ID number (§4.5). */
public record PoolRow(Long memberId, Long expertId, String name, Sex sex, int age, String idNumber, String phone,
                      String currentTitle, String workUnit, String adminPost, CommitteePost post, PoolStatus status,
                      String returnReason, boolean complete) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static PoolRow of(PoolMember m) {
        Expert e = m.getExpert();
        return new PoolRow(m.getId(), e.getId(), e.getName(), e.getSex(), e.age(Times.now().toLocalDate()),
                e.getIdNumber().value(), e.getPhone1(), e.getCurrentTitle(), e.getWorkUnit(), e.getAdminPost(),
                m.getPost(), m.getStatus(), m.getReturnReason(), e.isComplete());
    }
}
