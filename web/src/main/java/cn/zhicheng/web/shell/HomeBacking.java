package cn.zhicheng.web.shell;

import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.HomeFacts;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The facts every role's home page shows about the signed-in user and their unit, and their unread messages. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    private AccountService accounts;

    @EJB
    private Messages messages;

    private HomeFacts facts;
    private long unreadMessages;

    @PostConstruct
    void load() {
        facts = accounts.homeFactsOfCaller();
        unreadMessages = messages.countUnread();
    }

    public long getUnreadMessages() {
        return unreadMessages;
    }

    public HomeFacts getFacts() {
        return facts;
    }

    public String getLastLogin() {
        return Times.display(facts.lastLoginAt());
    }
}
