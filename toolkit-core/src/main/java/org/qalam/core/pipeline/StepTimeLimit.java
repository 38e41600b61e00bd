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
import org.qalam.core.model.Document;
import org.qalam.core.spi.ExtractionContext;

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

    /**
     * Runs the step within the limit.
     *
     * @throws TimeoutException when it runs past the limit (the worker is abandoned)
     * @throws RuntimeException or {@link Error} as the step threw them
     */
    Document run(Step step, Document document, ExtractionContext context)
            throws TimeoutException {
        Future<Document> result = workers.submit(() -> step.run(document, context));
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            abandoned.computeIfAbsent(step.name(), name -> new AtomicInteger()).incrementAndGet();
            throw e;
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while step '" + step.name() + "' ran", e);
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

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "qalam-step-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
