package org.mlbyhand.core.property;

/**
 * A counterexample found by {@link Property#search}: the input that first failed, the smallest failing
 * input the shrinker reached from it, and how it failed.
 *
 * @param seed     the seed of the search, which reproduces it exactly
 * @param trial    which trial (1-based) first failed
 * @param original the first failing input
 * @param shrunk   the smallest failing input found (equal to {@code original} when nothing smaller failed)
 * @param failure  what the test threw on {@code shrunk}
 * @param shrinkSteps how many times a smaller failing input replaced the current one
 * @param complete    false when shrinking was stopped (time up, or the test stopped the search) before
 *                    it ran out of candidates
 * @param <T> the input type
 */
public record Falsified<T>(long seed, int trial, T original, T shrunk, Throwable failure, int shrinkSteps,
                           boolean complete) {
}
