package cn.zhicheng.committee;

import java.io.Serial;
import java.io.Serializable;

/** A committee created with its committee-side account (SX administrator, HB code account) and that account's login. */
public record CreatedCommittee(Long committeeId, String accountLogin) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
