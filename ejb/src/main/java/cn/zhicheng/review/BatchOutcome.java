package cn.zhicheng.review;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The result of a batch decision (SPEC §3.9.4, §4.3): how many rows were decided and why the others were not. */
public record BatchOutcome(int decided, List<Refusal> refused) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One row not decided: the applicant's name and the refusal's message key with its arguments. */
    public record Refusal(Long applicationId, String applicantName, String key, List<Object> args)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
