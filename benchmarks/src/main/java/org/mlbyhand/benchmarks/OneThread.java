package org.mlbyhand.benchmarks;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs a call on one thread, whatever the library would otherwise do: the call runs as a task of a
 * fork-join pool of one thread. A parallel stream (Smile's trees and forests) and a fork-join task
 * (core's {@code Matrix.multiply}) started from a pool's worker fork their subtasks into that same pool,
 * so every piece of the call runs on its single worker. (Setting the common pool's parallelism to 1 would
 * not do: the calling thread helps the common pool, so that makes two.)
 *
 * <p>One pool per benchmark trial, shut down at its end; the hand-off to the worker costs microseconds,
 * far below the calls it runs here.
 */
final class OneThread implements AutoCloseable {
    private final ForkJoinPool pool = new ForkJoinPool(1);

    /** Returns {@code call.get()}, computed on this pool's one thread; rethrows what the call throws. */
    <T> T call(Supplier<T> call) {
        try {
            return pool.submit(call::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the one-thread call", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
