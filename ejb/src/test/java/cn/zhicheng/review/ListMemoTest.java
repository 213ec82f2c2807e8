package cn.zhicheng.review;

import cn.zhicheng.shared.ListChanges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListMemoTest {

    private final ListMemo memo = ListMemo.instance();

    @BeforeEach
    void empty() {
        memo.clear();
    }

    @Test
    void aValueIsComputedOnceWhileNothingChanges() {
        AtomicInteger computed = new AtomicInteger();
        Object key = List.of("test", 1);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new long[]{3, 2, 1}, memo.get(key, () -> {
                computed.incrementAndGet();
                return new long[]{3, 2, 1};
            }, ids -> ids.length));
        }
        assertEquals(1, computed.get());
        assertArrayEquals(new long[]{3, 2, 1}, memo.peek(key));
        assertNull(memo.peek(List.of("test", 2)), "another key");
    }

    @Test
    void anyChangeOfListedDataMakesEveryValueStale() {
        AtomicInteger computed = new AtomicInteger();
        Object key = List.of("test", "stale");
        memo.get(key, computed::incrementAndGet, n -> 1);
        ListChanges.changed();
        assertNull(memo.peek(key));
        assertEquals(2, memo.get(key, computed::incrementAndGet, n -> 1));
    }

    @Test
    void aFailureIsNotKept() {
        Object key = List.of("test", "failure");
        assertThrows(IllegalStateException.class, () -> memo.get(key, () -> {
            throw new IllegalStateException("database down");
        }, n -> 1));
        assertEquals("ok", memo.get(key, () -> "ok", n -> 1));
    }

    @Test
    void concurrentMissesOfOneKeyComputeOnce() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Object key = List.of("test", "concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> memo.get(key, () -> {
                    computed.incrementAndGet();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 42;
                }, n -> 1)));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Integer> result : results) {
                assertEquals(42, result.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get());
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheWeightBound() {
        for (int i = 0; i < 6; i++) {
            memo.get(List.of("test", "weight", i), () -> new long[400_000], ids -> ids.length);
        }
        assertNull(memo.peek(List.of("test", "weight", 0)), "2,000,000 ids at most");
        assertEquals(400_000, ((long[]) memo.peek(List.of("test", "weight", 5))).length);
    }
}
