package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;

/**
 * Runs one task per tree, t = 0, …, T−1, on a pool of threads and returns the results in tree order:
 * <pre>{@code
 *   results[t] = task(t)        for every t, whatever thread ran it and whenever it finished
 * }</pre>
 * Each task must depend on t alone (its own seed, read-only shared inputs): then the results, and
 * anything computed from them in tree order, are bit-identical for any number of threads. With one
 * thread the tasks run in order on the caller's thread.
 */
final class ParallelTrees {
    /** nJobs meaning "every available processor" (scikit-learn's {@code n_jobs=-1}). */
    static final int ALL_PROCESSORS = -1;

    private ParallelTrees() {
    }

    /** Returns the number of threads nJobs asks for: nJobs itself, or the available processors for −1. */
    static int threads(int nJobs) {
        return nJobs == ALL_PROCESSORS ? Runtime.getRuntime().availableProcessors() : nJobs;
    }

    /**
     * Returns [task(0), …, task(count − 1)], computed on min(threads(nJobs), count) threads; an exception
     * thrown by a task is rethrown (the first in tree order).
     */
    static <T> List<T> map(int count, int nJobs, IntFunction<T> task) {
        int threads = Math.min(threads(nJobs), count);
        List<T> results = new ArrayList<>(count);
        if (threads <= 1) {
            for (int t = 0; t < count; t++) {
                results.add(task.apply(t));
            }
            return results;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<ForkJoinTask<T>> running = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                int index = t;
                running.add(pool.submit(() -> task.apply(index)));
            }
            for (ForkJoinTask<T> r : running) {
                results.add(r.join());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
