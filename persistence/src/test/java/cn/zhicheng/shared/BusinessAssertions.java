package cn.zhicheng.shared;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Assertions for refused actions: the refusal is a {@link BusinessException} with a given message key. */
public final class BusinessAssertions {

    private BusinessAssertions() {
    }

    public static BusinessException assertRejected(ThrowingCallable action, String key) {
        BusinessException e = catchThrowableOfType(BusinessException.class, action);
        assertThat(e).as("expected BusinessException " + key).isNotNull();
        assertThat(e.getMessageKey()).isEqualTo(key);
        return e;
    }
}
