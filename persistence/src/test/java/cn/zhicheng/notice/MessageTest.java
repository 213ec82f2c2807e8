package cn.zhicheng.notice;

import cn.zhicheng.shared.Times;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class MessageTest {

    @Test
    void aMessageIsUnreadUntilConfirmedAndKeepsTheFirstConfirmation() {
        Message message = new Message(7L, null, "系统", "注册审核通过", "您的单位已通过授权审核。", Times.now());
        assertThat(message.isRead()).isFalse();
        OffsetDateTime first = Times.now();
        message.markRead(first);
        message.markRead(first.plusHours(1));
        assertThat(message.isRead()).isTrue();
        assertThat(message.getReadAt()).isEqualTo(first);
    }

    @Test
    void titleAndTextAreRequiredAndBounded() {
        assertRejected(() -> new Message(7L, null, "系统", " ", "正文", Times.now()), "message.title.required");
        assertRejected(() -> new Message(7L, null, "系统", "标题", null, Times.now()), "message.body.required");
        assertRejected(() -> new Message(7L, null, "系统", "标".repeat(101), "正文", Times.now()),
                "message.title.tooLong");
        assertRejected(() -> new Message(7L, null, "系统", "标题", "文".repeat(2001), Times.now()),
                "message.body.tooLong");
    }
}
