package cn.zhicheng.web.shell;

import cn.zhicheng.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.OffsetDateTime;

/** Display formats every page shares (SPEC §4.1: yyyy-MM-dd HH:mm:ss in China time). */
@Named
@ApplicationScoped
public class Formats {

    public String dateTime(OffsetDateTime time) {
        return Times.display(time);
    }
}
