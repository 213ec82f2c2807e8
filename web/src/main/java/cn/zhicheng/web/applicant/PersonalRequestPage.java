package cn.zhicheng.web.applicant;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.review.RequestState;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.inject.Inject;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What the pages of the applicant's own requests share (证书核验, 专技人才统计, 外省职称确认): the list of the caller's
 * requests, the editor of one (保存, attachments, 提交, 撤回, 删除) and its flow log. {@code ?id=} opens one request;
 * another person's id answers 403 (the service refuses it). Subclasses bind the form fields and call their service.
 *
 * @param <V> the view record of the request kind
 */
public abstract class PersonalRequestPage<V> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private UiMessages messages;

    private Long requestedId;
    private PagedModel<V> list;
    private boolean editorOpen;
    private V current;
    private FlowLogModel flowLog;

    // ---- the kind's service ----

    protected abstract List<V> mine(int first, int pageSize);

    protected abstract long countMine();

    protected abstract RequestState stateOf(V view);

    protected abstract V find(Long id);

    /** 保存 of the form: creates ({@code id == null}) or changes the request. */
    protected abstract V saveForm(Long id);

    /** Copies a request into the form fields; {@code null} empties them for a new request. */
    protected abstract void fillForm(V view);

    protected abstract V submitRequest(Long id);

    protected abstract V withdrawRequest(Long id);

    protected abstract void discardRequest(Long id);

    protected abstract V attach(Long id, InputStream content, String fileName);

    protected abstract V detach(Long id, Long attachmentId);

    protected abstract List<AuditRecord> flowLogPage(Long id, int first, int pageSize);

    protected abstract long flowLogSize(Long id);

    // ---- actions ----

    public void load() {
        list = new PagedModel<>(this::mine, this::countMine, view -> stateOf(view).id());
        if (requestedId != null) {
            show(find(requestedId));
        }
    }

    /** 【新增】 */
    public void startNew() {
        editorOpen = true;
        current = null;
        flowLog = null;
        fillForm(null);
    }

    /** 查看 / 修改 of a row. */
    public void open(V row) {
        run(() -> show(find(stateOf(row).id())), null);
    }

    public void close() {
        editorOpen = false;
        current = null;
        flowLog = null;
    }

    public void save() {
        run(() -> show(saveForm(getId())), "personal.saved");
    }

    public void submit() {
        run(() -> show(submitRequest(getId())), "personal.submitted");
    }

    public void withdraw() {
        run(() -> show(withdrawRequest(getId())), "personal.withdrawn");
    }

    public void discard() {
        run(() -> {
            discardRequest(getId());
            close();
        }, "personal.discarded");
    }

    public void upload(FileUploadEvent event) {
        if (getId() == null) {
            messages.error("personal.attachments.saveFirst");
            return;
        }
        try (InputStream content = event.getFile().getInputStream()) {
            run(() -> show(attach(getId(), content, event.getFile().getFileName())), "personal.attachments.uploaded");
        } catch (IOException e) {
            messages.error("personal.attachments.failed");
        }
    }

    public void removeAttachment(Long attachmentId) {
        run(() -> show(detach(getId(), attachmentId)), "personal.attachments.removed");
    }

    /** Runs an action: a refusal shows its message (an access denial still answers 403). */
    protected void run(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        if (doneKey != null) {
            messages.info(doneKey);
        }
    }

    protected void show(V view) {
        current = view;
        editorOpen = true;
        fillForm(view);
        Long id = stateOf(view).id();
        flowLog = new FlowLogModel((first, size) -> flowLogPage(id, first, size), () -> flowLogSize(id));
    }

    protected UiMessages messages() {
        return messages;
    }

    // ---- state for the page ----

    public Long getId() {
        return current == null ? null : stateOf(current).id();
    }

    public V getCurrent() {
        return current;
    }

    public RequestState getState() {
        return current == null ? null : stateOf(current);
    }

    /** The form accepts input: a new request, a draft or a returned one. */
    public boolean isEditable() {
        return current == null || stateOf(current).editable();
    }

    public boolean isEditorOpen() {
        return editorOpen;
    }

    public PagedModel<V> getList() {
        return list;
    }

    public FlowLogModel getFlowLog() {
        return flowLog;
    }

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }
}
