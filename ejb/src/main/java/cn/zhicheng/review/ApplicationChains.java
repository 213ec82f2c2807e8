package cn.zhicheng.review;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.config.ApplicationChain;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.ChainNode;
import cn.zhicheng.org.ReviewRouting;
import cn.zhicheng.org.Unit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The unit chain of an application (SPEC §3.9.1, setting {@code application.chain}): the employer (node 1), each
 * parent unit up to and including the 主管部门, and the 人社部门 above where the hierarchy continues; the committee
 * follows the last unit. A 职称初定 application stops at the 主管部门 (then 初定发证, no committee). In the SX chain
 * the 主管部门 reviews first; the employer before it only with {@code application.employerReviewsFirst}.
 */
@Stateless
@PermitAll
public class ApplicationChains {

    @EJB
    private ReviewRouting routing;

    @EJB
    private ProvinceSettings settings;

    /** The ids of the units in order, the employer first. */
    public List<Long> unitPath(Application application) {
        Unit employer = application.getEmployer();
        ApplicationChain chain = settings.get(SettingKeys.APPLICATION_CHAIN);
        boolean employerFirst = chain != ApplicationChain.COMPETENT_DEPT_THEN_COMMITTEE
                || settings.get(SettingKeys.APPLICATION_EMPLOYER_REVIEWS_FIRST);
        List<ChainNode> nodes = routing.unitChainFor(employer, chain, employerFirst);
        List<Long> path = new ArrayList<>();
        if (employerFirst || nodes.isEmpty()) {
            path.add(employer.getId());
        }
        boolean initial = application.getKind() == ApplicationKind.INITIAL;
        boolean departmentSeen = false;
        for (ChainNode node : nodes) {
            if (initial && node.kind() == ChainNode.Kind.HRSS && departmentSeen) {
                break;
            }
            departmentSeen |= node.kind() == ChainNode.Kind.COMPETENT_DEPARTMENT;
            path.add(node.unitId());
        }
        return List.copyOf(new LinkedHashSet<>(path));
    }
}
