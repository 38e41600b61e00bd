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
 * order, with at most a fixed number of items in flight: memory stays bounded however long the
 * input, and output order equals input order. Events (a file finished, an error to report) take
 * their place in the same order. With one thread, work runs on the caller, with no pool at all.
 */
final class OrderedRunner implements AutoCloseable {

    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Item<?>> inFlight = new ArrayDeque<>();

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
        if (pool == null) {
            drain();
            then.accept(call(work));
            return;
        }
        while (inFlight.size() >= window) {
            completeHead();
        }
        inFlight.add(new Item<>(pool.submit(work), then));
    }

    /** Runs {@code action} on this thread once everything submitted before it is handed over. */
    void event(Runnable action) {
        if (inFlight.isEmpty()) {
            action.run();
        } else {
            inFlight.add(new Item<Void>(CompletableFuture.completedFuture(null), ignored -> action.run()));
        }
    }

    /** Hands over every result still in flight. */
    void drain() {
        while (!inFlight.isEmpty()) {
            completeHead();
        }
    }

    private void completeHead() {
        inFlight.poll().complete();
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

    private record Item<T>(Future<T> future, Consumer<T> then) {
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
