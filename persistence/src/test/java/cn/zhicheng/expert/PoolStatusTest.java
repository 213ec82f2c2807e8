package cn.zhicheng.expert;

import org.junit.jupiter.api.Test;

import static cn.zhicheng.expert.PoolStatus.Action.APPROVE;
import static cn.zhicheng.expert.PoolStatus.Action.DELETE;
import static cn.zhicheng.expert.PoolStatus.Action.EDIT;
import static cn.zhicheng.expert.PoolStatus.Action.EXPERT_SUBMIT;
import static cn.zhicheng.expert.PoolStatus.Action.RETURN;
import static cn.zhicheng.expert.PoolStatus.Action.SUBMIT;
import static cn.zhicheng.expert.PoolStatus.DRAFT;
import static cn.zhicheng.expert.PoolStatus.IN_POOL;
import static cn.zhicheng.expert.PoolStatus.PENDING;
import static cn.zhicheng.expert.PoolStatus.RETURNED;
import static cn.zhicheng.expert.PoolStatus.TO_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

class PoolStatusTest {

    @Test
    void everyTransitionOfTheStateMachine() {
        assertThat(DRAFT.after(SUBMIT)).isEqualTo(PENDING);
        assertThat(RETURNED.after(SUBMIT)).isEqualTo(PENDING);
        assertThat(TO_COMPLETE.after(EXPERT_SUBMIT)).isEqualTo(PENDING);
        assertThat(RETURNED.after(EXPERT_SUBMIT)).isEqualTo(PENDING);
        assertThat(PENDING.after(APPROVE)).isEqualTo(IN_POOL);
        assertThat(PENDING.after(RETURN)).isEqualTo(RETURNED);
        assertThat(DRAFT.after(EDIT)).isEqualTo(DRAFT);
        assertThat(RETURNED.after(EDIT)).isEqualTo(RETURNED);
        assertThat(TO_COMPLETE.after(EDIT)).isEqualTo(TO_COMPLETE);
        assertThat(DRAFT.after(DELETE)).isEqualTo(DRAFT);
    }

    @Test
    void everythingElseIsRefused() {
        int allowed = 0;
        for (PoolStatus status : PoolStatus.values()) {
            for (PoolStatus.Action action : PoolStatus.Action.values()) {
                if (status.allows(action)) {
                    allowed++;
                }
            }
        }
        assertThat(allowed).as("exactly the ten transitions above").isEqualTo(10);
        assertThat(IN_POOL.allows(EDIT)).isFalse();
        assertThat(PENDING.allows(SUBMIT)).isFalse();
        assertThat(TO_COMPLETE.allows(SUBMIT)).as("only the expert submits 待完善").isFalse();
        assertThat(DRAFT.allows(EXPERT_SUBMIT)).isFalse();
        assertThat(RETURNED.allows(DELETE)).isFalse();
        assertThat(IN_POOL.allows(RETURN)).isFalse();
        assertThat(PoolStatus.editable()).containsExactlyInAnyOrder(DRAFT, TO_COMPLETE, RETURNED);
    }
}
