package cn.zhicheng.notice;

import cn.zhicheng.org.Callers;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Sends and reads messages. Workflow services send system messages in their own transaction (a returned
 * registration and its message commit together); a recipient reads and confirms only their own messages.
 */
@Stateless
@PermitAll
public class Messages {

    /** Sender name of system messages, shown as is in both languages. */
    public static final String SYSTEM_SENDER = "职称评审信息系统";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    /** A message from the system to one account. */
    public Message sendFromSystem(Long recipientId, String title, String body) {
        Message message = new Message(recipientId, null, SYSTEM_SENDER, title, body, Times.now());
        em.persist(message);
        return message;
    }

    /** A message from a unit (its name is kept as sent) to one account. */
    public Message sendFromUnit(Long recipientId, Long senderUnitId, String senderUnitName, String title,
                                String body) {
        Message message = new Message(recipientId, senderUnitId, senderUnitName, title, body, Times.now());
        em.persist(message);
        return message;
    }

    /** One page of the caller's received messages, newest first. */
    public List<Message> received(int first, int pageSize) {
        return em.createNamedQuery(Message.FIND_RECEIVED, Message.class)
                .setParameter("recipientId", callers.current().getId())
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long countReceived() {
        return em.createNamedQuery(Message.COUNT_RECEIVED, Long.class)
                .setParameter("recipientId", callers.current().getId()).getSingleResult();
    }

    public long countUnread() {
        return callers.findCurrent().map(account -> em.createNamedQuery(Message.COUNT_UNREAD, Long.class)
                .setParameter("recipientId", account.getId()).getSingleResult()).orElse(0L);
    }

    /** Opens one of the caller's messages; another person's message is refused as if it did not exist for them. */
    public Message open(Long messageId) {
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null || !message.getRecipientId().equals(callers.current().getId())) {
            throw new AccessDeniedException("message.notYours");
        }
        return message;
    }

    /** 确认已读 */
    public Message markRead(Long messageId) {
        Message message = open(messageId);
        message.markRead(Times.now());
        return message;
    }
}
