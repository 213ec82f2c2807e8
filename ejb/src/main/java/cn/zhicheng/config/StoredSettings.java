package cn.zhicheng.config;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stored setting overrides, read once and kept in memory: every log-in and upload reads settings, and most keys
 * have no row, which the entity cache cannot remember. A change here is seen at once (the snapshot is dropped when
 * the changing transaction commits); other servers of a cluster see it within {@link #MAX_AGE_MILLIS}.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StoredSettings {

    static final long MAX_AGE_MILLIS = 30_000;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, String> values, long loadedAt) {
        boolean isFresh(long now) {
            return now - loadedAt < MAX_AGE_MILLIS;
        }
    }

    public Optional<String> value(String key) {
        Snapshot current = snapshot;
        long now = System.currentTimeMillis();
        if (current == null || !current.isFresh(now)) {
            current = reload(now);
        }
        return Optional.ofNullable(current.values().get(key));
    }

    /** Drops the snapshot once the caller's transaction has committed (or at once, outside a transaction). */
    public void changedInThisTransaction() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            snapshot = null;
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the new values are only visible to others after the commit
            }

            @Override
            public void afterCompletion(int status) {
                snapshot = null;
            }
        });
    }

    private synchronized Snapshot reload(long now) {
        Snapshot current = snapshot;
        if (current != null && current.isFresh(now)) {
            return current;
        }
        Map<String, String> values = em.createQuery("select s from Setting s", Setting.class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(Setting::getKey, Setting::getValue));
        Snapshot loaded = new Snapshot(values, now);
        snapshot = loaded;
        return loaded;
    }
}
