package cn.zhicheng.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The change counter behind the memo of the big paged lists (资格审核, 花名表 and the committee's queries; SPEC §4.7):
 * an entity listener on the entities those lists filter and order by (application, unit for the path scopes, title
 * qualification and activity for their filters). Every insert, update or delete of one of them moves the counter on
 * <em>after</em> its transaction ends (committed or not), so a memo taken at generation g — read before its query
 * ran — is out of date as soon as any such change became visible. A transaction that wrote one of them is marked and
 * reads past the memo until it ends (it must see its own writes; its queries flush its pending changes first). Bulk
 * JPQL and native SQL writes through the entity manager count too ({@link ListBulkChanges}). One server: the counter
 * lives in this JVM; a write that bypasses the entity manager (plain JDBC) must call {@link #changed()} itself.
 */
public class ListChanges {

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final Object WRITTEN = ListChanges.class.getName() + ".written";
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static volatile TransactionSynchronizationRegistry found;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        changed();
    }

    /** The current generation; read it before the query whose result is memoized. */
    public static long generation() {
        return GENERATION.get();
    }

    /** Whether the caller's transaction wrote listed data (then it must not use, nor fill, a memo). */
    public static boolean writtenInThisTransaction() {
        TransactionSynchronizationRegistry registry = registry();
        return registry != null && registry.getTransactionKey() != null && registry.getResource(WRITTEN) != null;
    }

    /** Records a change of listed data: now, and again when the caller's transaction ends. */
    public static void changed() {
        GENERATION.incrementAndGet();
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null || registry.getResource(WRITTEN) != null) {
            return;
        }
        try {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the counter moves once the outcome is visible
                }

                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
            registry.putResource(WRITTEN, Boolean.TRUE);
        } catch (IllegalStateException e) {
            // the transaction is completing (a flush at commit on a transaction manager that refuses late
            // synchronizations): the increment above is all that can be done
            GENERATION.incrementAndGet();
        }
    }

    /** The server's registry while a transaction is under way, else null (also outside a server). */
    private static TransactionSynchronizationRegistry registry() {
        try {
            TransactionSynchronizationRegistry registry = found;
            if (registry == null) {
                registry = InitialContext.doLookup(REGISTRY);
                found = registry;
            }
            return registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION ? null : registry;
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }
}
