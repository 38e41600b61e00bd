package org.qalam.core.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qalam.core.model.Document;
import org.qalam.core.spi.ExtractionContext;

/**
 * The steps of one document, run one after the other by one thread at a time; a watcher may
 * abandon the running step, after which that thread's later results are ignored and another
 * thread goes on with the next step.
 */
final class DocumentRun {

    private final List<Step> steps;
    private final ExtractionContext context;
    private final StepTimeLimit limit;
    private final String id;
    private Document current;
    private final List<StepFailure> failures = new ArrayList<>();
    private final Set<String> lost = new HashSet<>();
    private int index;
    private long started;
    private int generation;

    DocumentRun(List<Step> steps, Document document, ExtractionContext context,
                StepTimeLimit limit) {
        this.steps = steps;
        this.id = document.id();
        this.current = document;
        this.context = context;
        this.limit = limit;
    }

    /** The document's id. */
    String id() {
        return id;
    }

    synchronized Document document() {
        return current;
    }

    synchronized List<StepFailure> failures() {
        return failures;
    }

    synchronized int generation() {
        return generation;
    }

    /** Marks {@code from} as started now, before a thread is asked to run it. */
    synchronized void prepare(int from) {
        index = from;
        started = System.nanoTime();
    }

    /** Whether {@code from} is past the last step. */
    boolean isPastEnd(int from) {
        return from >= steps.size();
    }

    /** The name of step {@code i}. */
    String stepName(int i) {
        return steps.get(i).name();
    }

    /** Nanoseconds until the running step is past {@code limitNanos}. */
    synchronized long remaining(long limitNanos) {
        return started + limitNanos - System.nanoTime();
    }

    /**
     * Abandons the running step if it is past the limit: records it as timed out and returns its
     * index, or -1 when it is not late (another step started meanwhile) or all are done.
     */
    synchronized int abandonIfLate(long limitNanos) {
        if (index >= steps.size() || System.nanoTime() - started < limitNanos) {
            return -1;
        }
        Step step = steps.get(index);
        generation++;
        failures.add(new StepFailure(step.name(), StepFailure.TIMED_OUT, "ran past "
                + limitNanos / 1_000_000 + " ms on document '" + id
                + "'; its result is dropped"));
        lost.addAll(step.supplies());
        return index;
    }

    /** Runs the steps from {@code from} on the calling thread, as generation {@code gen}. */
    void runFrom(int from, int gen) {
        for (int i = from; i < steps.size(); i++) {
            Step step = steps.get(i);
            Document before;
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                index = i;
                started = System.nanoTime();
                Set<String> missing = missing(step);
                if (!missing.isEmpty()) {
                    failures.add(new StepFailure(step.name(), StepFailure.SKIPPED, "needs "
                            + missing + ", which a failed step did not supply"));
                    lost.addAll(step.supplies());
                    continue;
                }
                before = current;
            }
            Document after = null;
            Throwable error = null;
            try {
                if (limit != null && limit.isDisabled(step)) {
                    throw new IllegalStateException("step '" + step.name()
                            + "' is disabled after " + StepTimeLimit.MAX_ABANDONED
                            + " time-outs");
                }
                after = step.run(before, context);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                error = e;
            }
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                if (error == null) {
                    current = after;
                } else {
                    failures.add(StepFailure.of(step.name(), error));
                    lost.addAll(step.supplies());
                }
            }
        }
        synchronized (this) {
            if (gen == generation) {
                index = steps.size();
            }
        }
    }

    private Set<String> missing(Step step) {
        if (lost.isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new TreeSet<>(step.provider().requires());
        missing.retainAll(lost);
        return missing;
    }
}
