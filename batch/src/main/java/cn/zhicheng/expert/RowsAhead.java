package cn.zhicheng.expert;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Parses an {@link XlsxRows} on a thread of its own, at most {@code capacity} rows ahead of the chunk step: while the
 * step's thread waits for the database to take a chunk, the next rows are already being read. The rows come out in
 * sheet order, so the reader's checkpoint (the last row handed out) means what it meant without the thread. Errors
 * of the parsing thread come out of {@link #next()} in their place. Without a thread factory the rows are parsed on
 * the caller's thread.
 */
final class RowsAhead implements AutoCloseable {

    private static final SheetRow END = new SheetRow(-1, List.of());

    private final XlsxRows rows;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closing;
    private boolean ended;

    /** @param threads where the parsing thread comes from; null to parse on the caller's thread */
    RowsAhead(XlsxRows rows, ThreadFactory threads, int capacity) {
        this.rows = rows;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = threads == null ? null : threads.newThread(this::parse);
        if (thread != null) {
            thread.start();
        }
    }

    private void parse() {
        try {
            for (SheetRow row = rows.next(); row != null && !closing; row = rows.next()) {
                queue.put(row);
            }
            queue.put(END);
        } catch (IOException | RuntimeException e) {
            offer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Exception e) {
        try {
            queue.put(e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next row present in the sheet, or null at the end. */
    SheetRow next() throws IOException {
        if (ended) {
            return null;
        }
        if (thread == null) {
            SheetRow row = rows.next();
            ended = row == null;
            return row;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the sheet", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw new IOException("unreadable sheet", e);
        }
        return (SheetRow) item;
    }

    /** The sheet's last row as its dimension states it, when it does. */
    OptionalLong lastRowHint() {
        return rows.lastRowHint();
    }

    /** Stops the parsing thread, then closes the file. */
    @Override
    public void close() throws IOException {
        closing = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        rows.close();
    }
}
