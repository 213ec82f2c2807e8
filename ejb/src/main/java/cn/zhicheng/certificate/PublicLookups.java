package cn.zhicheng.certificate;

import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limit of the public verification page (issue 9): at most {@value #LOOKUPS} lookups per client address in
 * a sliding window of {@value #WINDOW_SECONDS} s, so serial numbers cannot be enumerated (together with the name
 * that must match). Kept in memory: a restart or a second server instance only loosens the window.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicLookups {

    static final int LOOKUPS = 10;
    static final int WINDOW_SECONDS = 60;
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    /** Counts one lookup of the client, or refuses it with {@code certificate.verify.tooMany}. */
    public void acquire(String client, long nowMillis) {
        String key = client == null ? "?" : client;
        if (recent.size() > MAX_CLIENTS) {
            evictIdle(nowMillis);
        }
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            long windowStart = nowMillis - WINDOW_SECONDS * 1000L;
            while (!times.isEmpty() && times.peekFirst() < windowStart) {
                times.pollFirst();
            }
            if (times.size() >= LOOKUPS) {
                throw new BusinessException("certificate.verify.tooMany", WINDOW_SECONDS);
            }
            times.addLast(nowMillis);
        }
    }

    private void evictIdle(long nowMillis) {
        long windowStart = nowMillis - WINDOW_SECONDS * 1000L;
        for (Iterator<Map.Entry<String, Deque<Long>>> it = recent.entrySet().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || times.peekLast() < windowStart) {
                    it.remove();
                }
            }
        }
    }

    /** Forgets every client (tests that share one address). */
    public void reset() {
        recent.clear();
    }
}
