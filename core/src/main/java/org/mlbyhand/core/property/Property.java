package org.mlbyhand.core.property;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.mlbyhand.core.random.Rng;

/**
 * Property-based testing: run a test on many seeded random inputs, and when one fails, shrink it to
 * a small failing input a person can read.
 *
 * <p>A test passes on an input when it returns normally and fails when it throws anything. Shrinking
 * is greedy: take the first candidate from {@link Gen#shrink} that fails <em>the same way</em> (an
 * exception of the same class, with a cause of the same class when it wraps one, so that a wrapped
 * {@code NullPointerException} does not turn into a wrapped index error), make it current, and repeat until no candidate fails or
 * {@value #MAX_SHRINK_EVALUATIONS} candidates have been tried, or the caller's time is up. The same
 * seed gives the same inputs, the same counterexample, on every run and every JDK. A test ends the
 * search early by throwing {@link StopSearch}.
 */
public final class Property {
    /** Upper bound on candidates evaluated while shrinking one counterexample. */
    public static final int MAX_SHRINK_EVALUATIONS = 2000;

    private Property() {
    }

    /**
     * Runs {@code test} on {@code trials} inputs drawn from {@code gen} with the given seed.
     *
     * @throws AssertionError on the first failure, naming the seed, the shrunk input and the original
     *                        input, with the failure on the shrunk input as its cause
     */
    public static <T> void forAll(Gen<T> gen, long seed, int trials, Consumer<T> test) {
        Optional<Falsified<T>> found = search(gen, seed, trials, test);
        if (found.isPresent()) {
            Falsified<T> f = found.get();
            throw new AssertionError("property falsified (seed " + f.seed() + ", trial " + f.trial() + " of "
                    + trials + ", " + f.shrinkSteps() + " shrink steps)\n  shrunk input:   " + f.shrunk()
                    + "\n  original input: " + f.original() + "\n  failure: " + f.failure(), f.failure());
        }
    }

    /** Like {@link #forAll}, but returns the counterexample instead of throwing; empty when all trials pass. */
    public static <T> Optional<Falsified<T>> search(Gen<T> gen, long seed, int trials, Consumer<T> test) {
        return search(gen, seed, trials, test, () -> false);
    }

    /**
     * Like {@link #search(Gen, long, int, Consumer)}, but shrinking stops as soon as {@code timeIsUp}
     * says so (the counterexample is then marked incomplete).
     *
     * @throws StopSearch when the test throws one during the search (not during shrinking)
     */
    public static <T> Optional<Falsified<T>> search(Gen<T> gen, long seed, int trials, Consumer<T> test,
                                                    BooleanSupplier timeIsUp) {
        Rng rng = new Rng(seed);
        for (int trial = 1; trial <= trials; trial++) {
            T input = gen.generate(rng);
            Throwable failure = failureOf(test, input);
            if (failure instanceof StopSearch) {
                throw (StopSearch) failure;
            }
            if (failure != null) {
                return Optional.of(shrink(gen, seed, trial, input, failure, test, timeIsUp));
            }
        }
        return Optional.empty();
    }

    private static <T> Falsified<T> shrink(Gen<T> gen, long seed, int trial, T original, Throwable failure,
                                           Consumer<T> test, BooleanSupplier timeIsUp) {
        T current = original;
        Throwable currentFailure = failure;
        int steps = 0;
        int evaluations = 0;
        boolean improved = true;
        boolean complete = true;
        search:
        while (improved && evaluations < MAX_SHRINK_EVALUATIONS) {
            improved = false;
            Iterator<T> candidates = gen.shrink(current).iterator();
            while (candidates.hasNext() && evaluations < MAX_SHRINK_EVALUATIONS) {
                if (timeIsUp.getAsBoolean()) {
                    complete = false;
                    break search;
                }
                T candidate = candidates.next();
                evaluations++;
                Throwable f = failureOf(test, candidate);
                if (f instanceof StopSearch) {
                    complete = false;
                    break search;
                }
                if (f != null && sameWay(f, currentFailure)) {
                    current = candidate;
                    currentFailure = f;
                    steps++;
                    improved = true;
                    break;
                }
            }
        }
        return new Falsified<>(seed, trial, original, current, currentFailure, steps, complete);
    }

    /** Same {@link FailureKind}, or else same class and same class of cause (or both without one). */
    private static boolean sameWay(Throwable a, Throwable b) {
        if (a instanceof FailureKind && b instanceof FailureKind) {
            return a.getClass() == b.getClass()
                    && ((FailureKind) a).failureKind().equals(((FailureKind) b).failureKind());
        }
        return a.getClass() == b.getClass()
                && (a.getCause() == null ? b.getCause() == null
                        : b.getCause() != null && a.getCause().getClass() == b.getCause().getClass());
    }

    private static <T> Throwable failureOf(Consumer<T> test, T input) {
        try {
            test.accept(input);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }
}
