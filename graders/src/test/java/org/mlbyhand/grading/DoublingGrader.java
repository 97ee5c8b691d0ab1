package org.mlbyhand.grading;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;

/**
 * A tiny exercise for the engine's own tests, "return 2·x", whose classic bugs and checks the test
 * chooses: it tests how hints and patterns are picked, not doubling.
 */
class DoublingGrader extends Grader<UnaryOperator<double[]>> {
    static final CaseGen VECTORS = CaseGen.create().dim("n", 1, 6).vector("x", "n");
    private final List<Bug<UnaryOperator<double[]>>> bugs;
    private final Invariant invariant;

    /** Graded by agreement on random vectors. */
    DoublingGrader(List<Bug<UnaryOperator<double[]>>> bugs) {
        this(bugs, null);
    }

    /** Graded by {@code invariant} only, on x = [1, 2]. */
    DoublingGrader(List<Bug<UnaryOperator<double[]>>> bugs, Invariant invariant) {
        this.bugs = bugs;
        this.invariant = invariant;
    }

    static double[] times(double c, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = c * x[i];
        }
        return y;
    }

    @Override
    public Exercise exercise() {
        return new Exercise("test", "double", "Double a vector", 1, "none");
    }

    @Override
    public UnaryOperator<double[]> reference() {
        return x -> times(2, x);
    }

    @Override
    public List<Bug<UnaryOperator<double[]>>> bugs() {
        return bugs;
    }

    @Override
    public Object call(UnaryOperator<double[]> f, Case c) {
        return f.apply(c.vector("x"));
    }

    @Override
    public String output() {
        return "y";
    }

    @Override
    public void declare(Checks checks) {
        if (invariant == null) {
            checks.agrees("doubles random vectors", VECTORS, Tolerance.ROUNDOFF);
        } else {
            checks.holds("an invariant", Case.of("x", new double[] {1, 2}), invariant);
        }
    }
}
