package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.core.linear.ElasticNet;
import org.mlbyhand.core.linear.Lasso;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code LassoSweep}: one cyclic coordinate-descent sweep on 1/(2n)·‖y − X·w‖² + α‖w‖₁, against
 * core's {@link CoordinateDescent#coordinateSweep}(X, y, w, α, 1). A sweep is a fixed sequence of p
 * dot products and updates, so any correct order of the arithmetic agrees to {@link Tolerance#ROUNDOFF}
 * (relative to the largest new coefficient). The random w starts away from 0 and α ∈ [0, 1] is of the
 * size of (1/n)·|xⱼᵀy| for Gaussian data, so some coefficients are zeroed and others are not.
 *
 * <p>The reference-free check: a sweep never increases the objective, and the last coefficient it
 * updated is optimal given the others (its KKT condition, {@link LassoConditions}).
 */
public final class LassoSweepGrader extends Grader<LassoSweepGrader.Sweep> {

    /** The exercise's signature: {@code LassoSweep.sweep}. */
    @FunctionalInterface
    public interface Sweep {
        /** Returns w after one sweep; X, y and w are not modified. */
        double[] apply(Matrix X, double[] y, double[] w, double alpha);
    }

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 6).dim("p", 1, 4)
            .matrix("X", "n", "p").vector("y", "n").vector("w", "p").scalar("alpha", 0, 1);

    @Override
    public Exercise exercise() {
        return exercise(70, "cd-sweep", "Lasso coordinate sweep", 20);
    }

    @Override
    public Sweep reference() {
        return (X, y, w, alpha) -> CoordinateDescent.coordinateSweep(X, y, w, alpha, 1.0);
    }

    @Override
    public List<Bug<Sweep>> bugs() {
        return LassoSweepBugs.ALL;
    }

    @Override
    public List<Alternative<Sweep>> alternatives() {
        return LassoSweepAlternatives.ALL;
    }

    /** The sweep is the exercise (core's softThreshold is allowed); so are the lasso trainers built on it. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(CoordinateDescent.class, "coordinateSweep"), Forbidden.type(Lasso.class),
                Forbidden.type(ElasticNet.class));
    }

    @Override
    public Object call(Sweep sweep, Case c) {
        return sweep.apply(c.matrix("X"), c.vector("y"), c.vector("w"), c.scalar("alpha"));
    }

    @Override
    public String output() {
        return "w";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("one feature from w = 0: X = [[1], [2]], y = [2, 3], α = 0.5 gives w = S(8, 2·0.5)/5 = 1.4",
                        problem(new double[][] {{1}, {2}}, new double[] {2, 3}, new double[] {0}, 0.5),
                        Tolerance.ROUNDOFF)
                .agrees("one feature from w = 1 gives the same 1.4: the update does not depend on the old wⱼ",
                        problem(new double[][] {{1}, {2}}, new double[] {2, 3}, new double[] {1}, 0.5),
                        Tolerance.ROUNDOFF)
                .agrees("α = 0 leaves each coordinate's one-dimensional least-squares fit: the same data give"
                                + " w = 8/5",
                        problem(new double[][] {{1}, {2}}, new double[] {2, 3}, new double[] {0}, 0),
                        Tolerance.ROUNDOFF)
                .agrees("two features, w₁ sees the new w₀: X = [[1, 1], [0, 1]], y = [1, 2], α = 0.25 gives"
                                + " w = [0.5, 1]",
                        problem(new double[][] {{1, 1}, {0, 1}}, new double[] {1, 2}, new double[] {0, 0}, 0.25),
                        Tolerance.ROUNDOFF)
                .agrees("a zero column is skipped and keeps its w: X = [[0, 1], [0, 2]], y = [1, 1], w = [2, 0],"
                                + " α = 0.1 gives [2, 0.56]",
                        problem(new double[][] {{0, 1}, {0, 2}}, new double[] {1, 1}, new double[] {2, 0}, 0.1),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random problems", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("the sweep does not increase the objective, and the last coefficient it updates is optimal"
                        + " given the others", PROBLEMS, LassoSweepGrader::descends)
                .rejects("rejects y of the wrong length: X is 2×1, y has length 3",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2, 3}, new double[] {0}, 0.5),
                        ShapeMismatchException.class)
                .rejects("rejects w of the wrong length: X is 2×1, w has length 2",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0, 0}, 0.5),
                        ShapeMismatchException.class)
                .rejects("rejects a negative penalty: α = −1",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0}, -1),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN penalty: α = NaN",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0}, Double.NaN),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite penalty: α = +∞",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {0},
                                Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X: X = [[1], [NaN]]",
                        problem(new double[][] {{1}, {Double.NaN}}, new double[] {1, 2}, new double[] {0}, 0.5),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in the starting w: w = [NaN]",
                        problem(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {Double.NaN}, 0.5),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no columns: X is 2×0, w = []",
                        Case.of("X", Matrix.zeros(2, 0), "y", new double[] {1, 2}, "w", new double[0], "alpha", 0.5),
                        IllegalArgumentException.class);
    }

    /**
     * P(w_new) ≤ P(w_old), each coordinate update being an exact minimisation, up to the rounding of P
     * on the scale of its terms; and the last coordinate with a non-zero column satisfies its KKT
     * condition at w_new, since nothing changed after it was minimised.
     */
    private static void descends(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        double[] y = c.vector("y");
        double[] w = c.vector("w");
        double alpha = c.scalar("alpha");
        double[] next = (double[]) run.on(c);
        Expect.that(next.length == w.length, "w must have one entry per column of X (" + w.length + ").");
        double before = objective(X, y, w, alpha);
        double after = objective(X, y, next, alpha);
        double allowed = Tolerance.ROUNDOFF.relative() * Math.max(size(X, y, w, alpha), size(X, y, next, alpha));
        Expect.that(after <= before + allowed, String.format(Locale.ROOT, "the objective"
                + " 1/(2n)·‖y − X·w‖² + α‖w‖₁ went up from %s to %s; every coordinate update minimises it in"
                + " one coefficient, so a sweep can only lower it\n  (w before = %s, after = %s)",
                MatrixFormat.number(before), MatrixFormat.number(after), MatrixFormat.format(w),
                MatrixFormat.format(next)));
        int last = X.cols() - 1;
        while (last >= 0 && isZero(X.column(last))) {
            last--;
        }
        if (last < 0) {
            return;
        }
        double[] r = y.clone();
        double[] magnitude = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            magnitude[i] = Math.abs(y[i]);
            for (int k = 0; k < next.length; k++) {
                r[i] -= X.get(i, k) * next[k];
                magnitude[i] += Math.abs(X.get(i, k) * next[k]);
            }
        }
        LassoConditions.expectOptimal(last, X.column(last), r, magnitude, next[last], alpha, Tolerance.ROUNDOFF,
                "after your sweep (r = y − X·w)");
    }

    /** P(w) = 1/(2n)·‖y − X·w‖² + α·‖w‖₁. */
    private static double objective(Matrix X, double[] y, double[] w, double alpha) {
        double[] Xw = X.multiply(w);
        double squares = 0.0;
        for (int i = 0; i < y.length; i++) {
            squares += (y[i] - Xw[i]) * (y[i] - Xw[i]);
        }
        return squares / (2.0 * y.length) + alpha * l1(w);
    }

    /** 1/(2n)·Σᵢ (|yᵢ| + Σₖ |xᵢₖ·wₖ|)² + α·‖w‖₁: the size of P's terms, the scale of its rounding. */
    private static double size(Matrix X, double[] y, double[] w, double alpha) {
        double squares = 0.0;
        for (int i = 0; i < y.length; i++) {
            double m = Math.abs(y[i]);
            for (int k = 0; k < w.length; k++) {
                m += Math.abs(X.get(i, k) * w[k]);
            }
            squares += m * m;
        }
        return squares / (2.0 * y.length) + alpha * l1(w);
    }

    private static double l1(double[] w) {
        double s = 0.0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return s;
    }

    private static boolean isZero(double[] x) {
        for (double v : x) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static Case problem(double[][] X, double[] y, double[] w, double alpha) {
        return Case.of("X", Matrix.of(X), "y", y, "w", w, "alpha", alpha);
    }
}
