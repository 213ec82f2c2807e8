package cn.zhicheng.review;

import java.io.Serializable;
import java.util.List;

/** One review level as the configuration screen shows it: its number and its staff. */
public record LevelView(int number, List<StaffView> staff) implements Serializable {

    /** The staff ids, for pre-selecting them in the edit dialog. */
    public List<Long> staffIds() {
        return staff.stream().map(StaffView::id).toList();
    }
}
