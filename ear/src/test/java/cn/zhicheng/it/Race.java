package cn.zhicheng.it;

import jakarta.enterprise.concurrent.ContextService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two or more actions of different users started at the same instant, each on its own thread in its own transaction
 * (for the optimistic-locking rule of SPEC §4.3). An in-container test signs in as a user and calls {@link #enter}:
 * the action is wrapped by the container's {@link ContextService}, which captures that caller's security identity;
 * the test signs in as the next user with {@link SignIn#alsoAs} (a log-out would strip the captured identity's groups)
 * and enters the next action; {@link #start} lets all threads wait at one gate and opens it. Add this class to the
 * deployment beside the test.
 */
public final class Race {

    /** How one entrant ended: the exception it was refused with, or none when its action went through. */
    public record Result(String entrant, Throwable failure) {

        public boolean won() {
            return failure == null;
        }

        /** The failure or the first of its causes of that type (proxies may wrap what the action threw), or null. */
        public <T extends Throwable> T failure(Class<T> type) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }
    }

    private final ContextService contexts;
    private final List<String> names = new ArrayList<>();
    private final List<Callable<Void>> actions = new ArrayList<>();

    public Race(ContextService contexts) {
        this.contexts = contexts;
    }

    /** An action run as the caller signed in now. */
    @SuppressWarnings("unchecked")
    public Race enter(String entrant, Runnable action) {
        Callable<Void> callable = () -> {
            action.run();
            return null;
        };
        names.add(entrant);
        actions.add(contexts.createContextualProxy(callable, Callable.class));
        return this;
    }

    /** Starts every action at once and waits for all; the results in the order the actions were entered. */
    public List<Result> start() throws InterruptedException {
        int n = actions.size();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            List<Future<Throwable>> running = new ArrayList<>();
            for (Callable<Void> action : actions) {
                running.add(threads.submit(() -> {
                    ready.countDown();
                    gate.await();
                    try {
                        action.call();
                        return null;
                    } catch (Throwable e) {
                        return e;
                    }
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the racing threads did not start");
            }
            gate.countDown();
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                try {
                    results.add(new Result(names.get(i), running.get(i).get(60, TimeUnit.SECONDS)));
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("entrant " + names.get(i) + " did not finish", e);
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
