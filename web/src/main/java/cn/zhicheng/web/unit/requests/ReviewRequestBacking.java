package cn.zhicheng.web.unit.requests;

import cn.zhicheng.application.OutOfProvinceTitleConfirmations;
import cn.zhicheng.application.TalentStatisticsEntries;
import cn.zhicheng.certificate.CertificateVerifications;
import cn.zhicheng.review.PersonalRequestReviews;
import cn.zhicheng.review.PersonalRequestToDos;
import cn.zhicheng.review.RequestKind;
import cn.zhicheng.review.RequestState;
import cn.zhicheng.review.ReviewerView;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /unit/requests/review.xhtml?kind=…&id=…} (【审核】 of SPEC §3.15.4, §3.15.5): the request's data on the left
 * with its files (opened inline) and the full ID number, the opinion box on the right with 通过 (to the next unit, or
 * 审核通过 after the last), 退回 (reason required) and 不通过 (confirmed; the record stays and cannot be deleted), and
 * the flow log. The buttons show while the caller's unit decides the request; the services check the same rule, and
 * a request that never reached the caller's scope answers 403.
 */
@Named
@ViewScoped
public class ReviewRequestBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalRequestReviews reviews;

    @EJB
    private CertificateVerifications verifications;

    @EJB
    private TalentStatisticsEntries talents;

    @EJB
    private OutOfProvinceTitleConfirmations confirmations;

    @Inject
    private UiMessages messages;

    private RequestKind kind;
    private Long id;
    private Object view;
    private RequestState state;
    private ReviewerView reviewer;
    private FlowLogModel flowLog;
    private String opinion;

    public void load() {
        if (kind == null || id == null) {
            throw new cn.zhicheng.shared.AccessDeniedException("personalRequest.notFound");
        }
        reviewer = reviews.reviewer(kind, id);
        view = switch (kind) {
            case CERTIFICATE_VERIFICATION -> verifications.review(id);
            case TALENT_STATISTICS -> talents.review(id);
            case OUT_OF_PROVINCE_TITLE -> confirmations.review(id);
        };
        state = switch (kind) {
            case CERTIFICATE_VERIFICATION -> ((cn.zhicheng.certificate.VerificationView) view).state();
            case TALENT_STATISTICS -> ((cn.zhicheng.application.TalentEntryView) view).state();
            case OUT_OF_PROVINCE_TITLE -> ((cn.zhicheng.application.OutOfProvinceTitleView) view).state();
        };
        RequestKind k = kind;
        Long requestId = id;
        flowLog = new FlowLogModel((first, size) -> flowLogPage(k, requestId, first, size),
                () -> flowLogSize(k, requestId));
    }

    private java.util.List<cn.zhicheng.audit.AuditRecord> flowLogPage(RequestKind k, Long requestId, int first,
                                                                       int size) {
        return switch (k) {
            case CERTIFICATE_VERIFICATION -> verifications.flowLog(requestId, first, size);
            case TALENT_STATISTICS -> talents.flowLog(requestId, first, size);
            case OUT_OF_PROVINCE_TITLE -> confirmations.flowLog(requestId, first, size);
        };
    }

    private long flowLogSize(RequestKind k, Long requestId) {
        return switch (k) {
            case CERTIFICATE_VERIFICATION -> verifications.countFlowLog(requestId);
            case TALENT_STATISTICS -> talents.countFlowLog(requestId);
            case OUT_OF_PROVINCE_TITLE -> confirmations.countFlowLog(requestId);
        };
    }

    /** 【通过】 */
    public void pass() {
        decide(() -> {
            switch (kind) {
                case CERTIFICATE_VERIFICATION -> verifications.pass(id, opinion);
                case TALENT_STATISTICS -> talents.pass(id, opinion);
                case OUT_OF_PROVINCE_TITLE -> confirmations.pass(id, opinion);
            }
        }, "requestReview.passed");
    }

    /** 【退回】 with the reason. */
    public void returnWith() {
        decide(() -> {
            switch (kind) {
                case CERTIFICATE_VERIFICATION -> verifications.returnWith(id, opinion);
                case TALENT_STATISTICS -> talents.returnWith(id, opinion);
                case OUT_OF_PROVINCE_TITLE -> confirmations.returnWith(id, opinion);
            }
        }, "requestReview.returned");
    }

    /** 【不通过】 after 【确认】. */
    public void reject() {
        decide(() -> {
            switch (kind) {
                case CERTIFICATE_VERIFICATION -> verifications.reject(id, opinion);
                case TALENT_STATISTICS -> talents.reject(id, opinion);
                case OUT_OF_PROVINCE_TITLE -> confirmations.reject(id, opinion);
            }
        }, "requestReview.rejected");
    }

    private void decide(Runnable decision, String doneKey) {
        if (messages.attempt(decision, doneKey)) {
            opinion = null;
            load();
        }
    }

    /** The list page of the kind, for 返回. */
    public String getListPage() {
        return PersonalRequestToDos.page(kind);
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Object getView() {
        return view;
    }

    public RequestState getState() {
        return state;
    }

    public ReviewerView getReviewer() {
        return reviewer;
    }

    public FlowLogModel getFlowLog() {
        return flowLog;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
