package cn.zhicheng.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** All times are kept with the Asia/Shanghai zone and shown as yyyy-MM-dd HH:mm:ss (SPEC §4.1). */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }

    public static String display(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZONE).format(DISPLAY);
    }
}
