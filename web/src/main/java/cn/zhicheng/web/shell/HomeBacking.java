package cn.zhicheng.web.shell;

import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.HomeFacts;
import cn.zhicheng.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The facts every role's home page shows about the signed-in user and their unit. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    private AccountService accounts;

    private HomeFacts facts;

    @PostConstruct
    void load() {
        facts = accounts.homeFactsOfCaller();
    }

    public HomeFacts getFacts() {
        return facts;
    }

    public String getLastLogin() {
        return Times.display(facts.lastLoginAt());
    }
}
