package cn.zhicheng.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * All times are kept with the Asia/Shanghai zone and shown as yyyy-MM-dd HH:mm:ss (SPEC §4.1). Deadlines are
 * enforced against {@link #now()}; integration tests move the clock with {@link #shift} (and must {@link #reset} it)
 * instead of waiting for a deadline to pass.
 */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Clock SYSTEM = Clock.system(ZONE);
    private static volatile Clock clock = SYSTEM;

    private Times() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Test support: every later {@link #now()} is {@code offset} away from the real time. */
    public static void shift(Duration offset) {
        clock = Clock.offset(SYSTEM, offset);
    }

    /** Test support: back to the real time. */
    public static void reset() {
        clock = SYSTEM;
    }

    public static String display(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZONE).format(DISPLAY);
    }
}
