package cn.zhicheng.review;

import cn.zhicheng.shared.ListChanges;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A short-lived memo of what the big lists compute once per filter (SPEC §4.7): the ordered ids of a filter (a page is
 * then a slice and 50 look-ups by key, its count the length, however deep the page), the tab counts, the counters
 * line and the filter options. An entry holds only while {@link ListChanges#generation()} has not moved since its
 * query ran — any write of an application, unit, qualification or activity, once its transaction ends, makes every
 * entry stale — and for at most {@link #TTL_SECONDS} seconds; a transaction that wrote such data reads past the memo.
 * Concurrent misses of one key compute it once. Bounded by weight (ids held), least recently used first out. Keys
 * carry the caller's scope.
 */
final class ListMemo {

    /**
     * How long an entry may live at most (JVM property {@code zc.listMemoSeconds}, default 120; 0 turns the memo
     * off): the bound on staleness for writes this server cannot see (another server of a cluster, SQL run by hand).
     */
    static final long TTL_SECONDS = Long.getLong("zc.listMemoSeconds", 120);
    private static final long MAX_WEIGHT = 2_000_000;
    private static final long WAIT_SECONDS = 30;

    private static final ListMemo INSTANCE = new ListMemo();

    private record Entry(long generation, long bornNanos, Object value, int weight) {
    }

    private record Flight(long generation, CompletableFuture<Object> result) {
    }

    private final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Object, Flight> flights = new ConcurrentHashMap<>();
    private long weight;

    private ListMemo() {
    }

    static ListMemo instance() {
        return INSTANCE;
    }

    /**
     * The value of {@code key}: the memo's while it holds, else computed (by this caller, or by a concurrent caller
     * of the same key and generation) and kept. {@code compute} runs in the caller's transaction.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute, ToIntFunction<T> weigher) {
        if (TTL_SECONDS <= 0 || ListChanges.writtenInThisTransaction()) {
            return compute.get();
        }
        long generation = ListChanges.generation();
        Entry entry = lookUp(key, generation);
        if (entry != null) {
            return (T) entry.value();
        }
        Flight mine = new Flight(generation, new CompletableFuture<>());
        Flight running = flights.putIfAbsent(key, mine);
        if (running != null) {
            if (running.generation() == generation) {
                try {
                    return (T) running.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // the other caller failed or is slow: compute here
                }
            }
            return compute.get();
        }
        try {
            // a flight of this key may have landed between the look-up above and the registration of this one
            Entry landed = lookUp(key, generation);
            if (landed != null) {
                mine.result().complete(landed.value());
                return (T) landed.value();
            }
            T value = compute.get();
            mine.result().complete(value);
            put(key, new Entry(generation, System.nanoTime(), value, Math.max(1, weigher.applyAsInt(value))));
            return value;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(key, mine);
        }
    }

    /** The value of {@code key} if the memo holds it (nothing is computed). */
    @SuppressWarnings("unchecked")
    <T> T peek(Object key) {
        if (TTL_SECONDS <= 0 || ListChanges.writtenInThisTransaction()) {
            return null;
        }
        Entry entry = lookUp(key, ListChanges.generation());
        return entry == null ? null : (T) entry.value();
    }

    /**
     * Keeps a value read by the caller's own query; {@code generation} is {@link ListChanges#generation()} as read
     * before that query ran (a later change makes the value stale at once, and it is not kept).
     */
    void keep(Object key, Object value, int weight, long generation) {
        if (TTL_SECONDS <= 0 || ListChanges.writtenInThisTransaction()) {
            return;
        }
        put(key, new Entry(generation, System.nanoTime(), value, Math.max(1, weight)));
    }

    /** Forgets everything (tests and benchmarks that change data behind the entities' back). */
    void clear() {
        synchronized (entries) {
            entries.clear();
            weight = 0;
        }
    }

    private Entry lookUp(Object key, long generation) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (entry.generation() != generation
                    || System.nanoTime() - entry.bornNanos() > TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
                entries.remove(key);
                weight -= entry.weight();
                return null;
            }
            return entry;
        }
    }

    private void put(Object key, Entry entry) {
        if (entry.weight() > MAX_WEIGHT / 4 || entry.generation() != ListChanges.generation()) {
            return;
        }
        synchronized (entries) {
            Entry former = entries.put(key, entry);
            weight += entry.weight() - (former == null ? 0 : former.weight());
            Iterator<Entry> eldest = entries.values().iterator();
            while (weight > MAX_WEIGHT && eldest.hasNext()) {
                weight -= eldest.next().weight();
                eldest.remove();
            }
        }
    }
}
