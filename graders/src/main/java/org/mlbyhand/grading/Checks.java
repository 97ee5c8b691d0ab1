package org.mlbyhand.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Gen;
import org.mlbyhand.core.random.Rng;

/**
 * Where a grader declares its checks, in order. Three kinds, as every exercise needs:
 * <ul>
 *   <li>{@code agrees}: the learner's result equals the reference's within a {@link Tolerance}, or
 *       under another {@link Equivalence} (up to signs, up to a renaming of labels);</li>
 *   <li>{@code holds}: an {@link Invariant} that needs no reference;</li>
 *   <li>{@code rejects}: bad input (shape mismatch, singular, NaN) throws the expected exception.</li>
 * </ul>
 */
public final class Checks {
    /** Random inputs drawn per check with a generator. */
    public static final int TRIALS = 100;

    private final List<Check> checks = new ArrayList<>();

    /** The learner's result agrees with the reference within {@code tolerance} on {@value #TRIALS} random inputs. */
    public Checks agrees(String name, Gen<Case> inputs, Tolerance tolerance) {
        return agrees(name, inputs, Equivalence.within(tolerance));
    }

    /** The learner's result agrees with the reference within {@code tolerance} on one hand-picked input. */
    public Checks agrees(String name, Case input, Tolerance tolerance) {
        return agrees(name, input, Equivalence.within(tolerance));
    }

    /** The learner's result is equivalent to the reference's on {@value #TRIALS} random inputs. */
    public Checks agrees(String name, Gen<Case> inputs, Equivalence equivalence) {
        return add(new Check(name, inputs, TRIALS, Check.Kind.AGREES, equivalence, null, null, null));
    }

    /** The learner's result is equivalent to the reference's on one hand-picked input. */
    public Checks agrees(String name, Case input, Equivalence equivalence) {
        return add(new Check(name, fixed(input), 1, Check.Kind.AGREES, equivalence, null, null, null));
    }

    /** The invariant holds on {@value #TRIALS} random inputs. */
    public Checks holds(String name, Gen<Case> inputs, Invariant invariant) {
        return add(new Check(name, inputs, TRIALS, Check.Kind.HOLDS, null, invariant, null, null));
    }

    /** The invariant holds on one hand-picked input. */
    public Checks holds(String name, Case input, Invariant invariant) {
        return add(new Check(name, fixed(input), 1, Check.Kind.HOLDS, null, invariant, null, null));
    }

    /** On this input, the learner's code throws {@code expected} (or a subclass). */
    public Checks rejects(String name, Case input, Class<? extends Throwable> expected) {
        return add(new Check(name, fixed(input), 1, Check.Kind.REJECTS, null, null, expected, null));
    }

    /**
     * Gives the check declared just before this call its own time budget, instead of the grader's
     * {@link Budget#perCheck()} (a check that trains a model, say).
     */
    public Checks taking(Duration time) {
        if (checks.isEmpty()) {
            throw new IllegalStateException("taking(...) applies to the check declared before it; there is none");
        }
        checks.set(checks.size() - 1, checks.get(checks.size() - 1).taking(time));
        return this;
    }

    /** Returns the declared checks, in order. */
    public List<Check> all() {
        return List.copyOf(checks);
    }

    private Checks add(Check check) {
        checks.add(check);
        return this;
    }

    private static Gen<Case> fixed(Case input) {
        return (Rng rng) -> input.copy();
    }
}
