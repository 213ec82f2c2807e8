package cn.zhicheng.web.shell;

import cn.zhicheng.notice.Message;
import cn.zhicheng.notice.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * 已接收消息 (SPEC §3.14.3), the same list for unit staff ({@code /unit/messages.xhtml}) and applicants
 * ({@code /applicant/messages.xhtml}, 我的消息): the caller's messages paged by the database, newest first; one opens in
 * a dialog with its content and sender, and 【确认已读】 marks it read. The service refuses another person's message.
 */
@Named
@ViewScoped
public class ReceivedMessagesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String DIALOG = "messageDialog";

    @EJB
    private Messages messages;

    @Inject
    private UiMessages ui;

    private LazyDataModel<Row> rows;
    private Detail opened;
    private long unread;

    @PostConstruct
    void load() {
        rows = new RowModel(messages);
        unread = messages.countUnread();
    }

    /** Opens one message in the dialog; it stays unread until confirmed. */
    public void open(Long messageId) {
        opened = Detail.of(messages.open(messageId));
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** 【确认已读】 */
    public void confirmRead() {
        opened = Detail.of(messages.markRead(opened.id()));
        unread = messages.countUnread();
        ui.info("messages.confirmed", opened.title());
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public Detail getOpened() {
        return opened;
    }

    public long getUnread() {
        return unread;
    }

    /** One line of the list. */
    public record Row(Long id, String title, String senderName, OffsetDateTime sentAt, boolean read)
            implements Serializable {

        static Row of(Message message) {
            return new Row(message.getId(), message.getTitle(), message.getSenderName(), message.getSentAt(),
                    message.isRead());
        }
    }

    /** The opened message. */
    public record Detail(Long id, String title, String senderName, OffsetDateTime sentAt, String body,
                         OffsetDateTime readAt) implements Serializable {

        static Detail of(Message message) {
            return new Detail(message.getId(), message.getTitle(), message.getSenderName(), message.getSentAt(),
                    message.getBody(), message.getReadAt());
        }

        public boolean read() {
            return readAt != null;
        }
    }

    /** The caller's messages, one database page at a time. */
    static final class RowModel extends LazyDataModel<Row> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Messages service;

        RowModel(Messages service) {
            this.service = service;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(service.countReceived());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                              Map<String, FilterMeta> filterBy) {
            return service.received(first, pageSize).stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
