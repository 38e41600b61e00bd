package org.qalam.core.pipeline;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs steps on worker threads and gives up on a step that runs past the limit: the caller goes
 * on with the document as it was before that step, and the worker is interrupted and left to
 * finish on its own.
 *
 * <p>Why threads: Java cannot stop a loop from outside, so a step that never returns can only be
 * abandoned. A step that times out {@value #MAX_ABANDONED} times is disabled for the rest of the
 * pipeline's life, so a plugin that loops on every document cannot pile up threads.
 */
final class StepTimeLimit {

    /** Time-outs after which a step is not run any more. */
    static final int MAX_ABANDONED = 4;

    private final Duration limit;
    private final ExecutorService workers;
    private final ConcurrentHashMap<String, AtomicInteger> abandoned = new ConcurrentHashMap<>();

    StepTimeLimit(Duration limit) {
        this.limit = limit;
        this.workers = Executors.newCachedThreadPool(daemonThreads());
    }

    /** The limit per step and document. */
    Duration limit() {
        return limit;
    }

    /** Whether {@code step} timed out too often to be run again. */
    boolean isDisabled(Step step) {
        AtomicInteger count = abandoned.get(step.name());
        return count != null && count.get() >= MAX_ABANDONED;
    }

    /** Runs every step of {@code run} on workers, one handoff per document unless one is late. */
    void drive(DocumentRun run, String documentId) {
        long limitNanos = limit.toNanos();
        int from = 0;
        while (true) {
            int gen = run.generation();
            int start = from;
            run.prepare(start);
            Future<?> worker = workers.submit(() -> run.runFrom(start, gen));
            int late = -1;
            while (late < 0) {
                try {
                    worker.get(Math.max(0, run.remaining(limitNanos)), TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException e) {
                    late = run.abandonIfLate(limitNanos, documentId);
                } catch (InterruptedException e) {
                    worker.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while analyzing " + documentId, e);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
            worker.cancel(true);
            abandoned.computeIfAbsent(run.stepName(late), name -> new AtomicInteger())
                    .incrementAndGet();
            from = late + 1;
            if (run.isPastEnd(from)) {
                return;
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "qalam-step-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
