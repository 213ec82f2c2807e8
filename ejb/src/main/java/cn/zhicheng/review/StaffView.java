package cn.zhicheng.review;

import cn.zhicheng.org.Account;

import java.io.Serializable;

/** A staff account as a choice or entry of the configuration screen. */
public record StaffView(Long id, String loginName, String displayName) implements Serializable {

    static StaffView of(Account account) {
        return new StaffView(account.getId(), account.getLoginName(), account.getDisplayName());
    }
}
