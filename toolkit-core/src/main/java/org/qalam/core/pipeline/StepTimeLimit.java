package org.qalam.core.pipeline;

import java.time.Duration;
import java.util.List;
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
 * finish on its own. A list of documents is handed over at once, so that the cost of waking a
 * worker is paid once per list rather than once per document.
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
     * Runs every step of every run, in order, on workers: one handoff for the whole list unless a
     * step is late, in which case that worker is abandoned and a new one goes on with the next
     * step.
     */
    void drive(List<DocumentRun> runs) {
        long limitNanos = limit.toNanos();
        int document = 0;
        int from = 0;
        while (document < runs.size()) {
            Batch batch = new Batch(runs, document, from);
            Future<?> worker = workers.submit(batch);
            int late = -1;
            int lateDocument = -1;
            while (late < 0) {
                try {
                    worker.get(Math.max(0, batch.current().remaining(limitNanos)),
                            TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException e) {
                    lateDocument = batch.index();
                    late = runs.get(lateDocument).abandonIfLate(limitNanos);
                } catch (InterruptedException e) {
                    worker.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while analyzing "
                            + batch.current().id(), e);
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
            DocumentRun lateRun = runs.get(lateDocument);
            abandoned.computeIfAbsent(lateRun.stepName(late), name -> new AtomicInteger())
                    .incrementAndGet();
            document = lateDocument;
            from = late + 1;
            if (lateRun.isPastEnd(from)) {
                document++;
                from = 0;
            }
        }
    }

    /**
     * What one worker runs: the runs from a first one (starting at a given step) to the last,
     * publishing which run it is on, and stopping when its run was abandoned.
     */
    private static final class Batch implements Runnable {
        private final List<DocumentRun> runs;
        private final int first;
        private final int from;
        private final int firstGeneration;
        private volatile int index;

        /** Prepares the first run on the calling thread, so that its clock starts now. */
        Batch(List<DocumentRun> runs, int first, int from) {
            this.runs = runs;
            this.first = first;
            this.from = from;
            this.index = first;
            DocumentRun run = runs.get(first);
            this.firstGeneration = run.generation();
            run.prepare(from);
        }

        /** Index of the run the worker is on. */
        int index() {
            return index;
        }

        DocumentRun current() {
            return runs.get(index);
        }

        @Override
        public void run() {
            for (int i = first; i < runs.size(); i++) {
                DocumentRun run = runs.get(i);
                int generation = firstGeneration;
                int start = from;
                if (i > first) {
                    generation = run.generation();
                    start = 0;
                    run.prepare(start);
                    index = i;
                }
                run.runFrom(start, generation);
                if (run.generation() != generation) {
                    return;
                }
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
