package org.qalam.cli.analyze;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work on a pool of threads and hands the results to the calling thread in submission
 * order, with at most a fixed number of items, and of input bytes, in flight: memory stays
 * bounded however long the input (and however large its documents), and output order equals
 * input order. Events (a file finished, an error to report) take
 * their place in the same order. With one thread, work runs on the caller, with no pool at all.
 */
final class OrderedRunner implements AutoCloseable {

    /** Input bytes in flight beyond which a new document waits (unless it is alone). */
    static final long MAX_BYTES_IN_FLIGHT = 64L << 20;

    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Item<?>> inFlight = new ArrayDeque<>();
    private long bytesInFlight;

    OrderedRunner(int threads) {
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "qalam-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.window = Math.max(8, threads * 4);
    }

    /** Runs {@code work}; {@code then} receives its result on this thread, in order. */
    <T> void submit(Callable<T> work, Consumer<T> then) {
        submit(work, 0, then);
    }

    /**
     * Runs {@code work} over {@code bytes} of input; {@code then} receives its result on this
     * thread, in order.
     */
    <T> void submit(Callable<T> work, long bytes, Consumer<T> then) {
        if (pool == null) {
            then.accept(call(work));
            return;
        }
        while (inFlight.size() >= window
                || !inFlight.isEmpty() && bytesInFlight + bytes > MAX_BYTES_IN_FLIGHT) {
            completeHead();
        }
        bytesInFlight += bytes;
        inFlight.add(new Item<>(pool.submit(work), bytes, then));
    }

    /** Runs {@code action} on this thread once everything submitted before it is handed over. */
    void event(Runnable action) {
        if (inFlight.isEmpty()) {
            action.run();
        } else {
            inFlight.add(new Item<Void>(CompletableFuture.completedFuture(null), 0,
                    ignored -> action.run()));
        }
    }

    /** Hands over every result still in flight. */
    void drain() {
        while (!inFlight.isEmpty()) {
            completeHead();
        }
    }

    private void completeHead() {
        Item<?> head = inFlight.poll();
        bytesInFlight -= head.bytes();
        head.complete();
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private record Item<T>(Future<T> future, long bytes, Consumer<T> then) {
        void complete() {
            T result;
            try {
                result = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            then.accept(result);
        }
    }
}
