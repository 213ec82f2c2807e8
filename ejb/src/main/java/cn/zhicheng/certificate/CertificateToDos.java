package cn.zhicheng.certificate;

import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** 待办事项 "待发证人员" (SPEC §3.12, §3.14.4): persons waiting for a certificate of the caller's unit. */
@ApplicationScoped
public class CertificateToDos implements ToDoSource {

    static final String WAITING_KEY = "todo.certificatesWaiting";
    static final String ISSUE_PAGE = "/unit/certificates/issue.xhtml";

    @EJB
    private CertificateIssuance issuance;

    @Override
    public List<ToDo> toDosOfCaller() {
        long waiting = issuance.countWaitingOfCaller();
        return waiting > 0 ? List.of(new ToDo(WAITING_KEY, waiting, ISSUE_PAGE)) : List.of();
    }
}
