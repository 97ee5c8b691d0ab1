package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.ElasticNet;
import org.mlbyhand.core.linear.Lasso;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.LinearParameters;
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
 * Grades {@code LassoPath}: scikit-learn's Lasso objective 1/(2n)·‖y − X·w − b‖² + α‖w‖₁ for a list of
 * alphas, against core's {@link Lasso#path} run to a tight tolerance ({@value #REFERENCE_TOL}, at most
 * {@value #REFERENCE_MAX_ITER} sweeps), compared at {@link Tolerance#ITERATIVE}. The results are
 * stacked into a {@link Stacked} table: row i of w and entry i of b are the fit for alphas[i].
 *
 * <p>Both stopping rules leave an error far below 1e-6 only when coordinate descent converges at a
 * reasonable rate, so the random designs are kept well conditioned: n ≥ p + 2 and κ₂(Xc) ≤
 * {@value #MAX_CONDITION} for the centred X, which makes the lasso solution unique and each sweep
 * contract the error. Each random list of alphas holds one α ≥ α_max (where w = 0) and one below it.
 *
 * <p>A repeated alpha gets the same fit at each of its places (core's path sorts the indices, stably,
 * and refits the repeat from its own solution in one sweep); the visiting order and warm starts only
 * change the number of sweeps, so cold starts and other orders are solved too
 * ({@link LassoPathAlternatives}).
 *
 * <p>The reference-free check is the lasso's optimality (KKT) conditions at every returned (w, b):
 * the residual r = y − X·w − b sums to 0 (b is optimal) and each coefficient meets its condition
 * ({@link LassoConditions}) on the centred columns.
 */
public final class LassoPathGrader extends Grader<LassoPathGrader.Path> {
    /** The reference's stopping tolerance: duality gap ≤ tol·‖yc‖²/n after a change below tol·max|w|. */
    static final double REFERENCE_TOL = 1e-12;
    /** The reference's cap on sweeps per alpha. */
    static final int REFERENCE_MAX_ITER = 100_000;
    /** Largest κ₂ of a random centred design. */
    static final double MAX_CONDITION = 10;

    /** The exercise's signature: {@code LassoPath.path}. */
    @FunctionalInterface
    public interface Path {
        /** Returns one (w, b) per alpha, in the order of alphas; nothing is modified. */
        List<LinearParameters> apply(Matrix X, double[] y, double[] alphas);
    }

    /**
     * A path as one value for the comparison: row i of w is the coefficients for alphas[i], b[i] its
     * intercept. A missing result or coefficient shows as NaN.
     *
     * @param w k×p, one row per alpha
     * @param b length k
     */
    public record Stacked(Matrix w, double[] b) {
        static Stacked of(List<LinearParameters> path) {
            int p = 0;
            for (LinearParameters fit : path) {
                p = Math.max(p, fit == null || fit.w() == null ? 0 : fit.w().length);
            }
            Matrix w = Matrix.filled(path.size(), p, Double.NaN);
            double[] b = new double[path.size()];
            for (int i = 0; i < path.size(); i++) {
                LinearParameters fit = path.get(i);
                b[i] = fit == null ? Double.NaN : fit.b();
                for (int j = 0; fit != null && fit.w() != null && j < fit.w().length; j++) {
                    w.set(i, j, fit.w()[j]);
                }
            }
            return new Stacked(w, b);
        }
    }

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 3, 8).dim("p", 1, 3).dim("k", 5, 6)
            .matrix("X", "n", "p").vector("y", "n").vector("alphas", "k", rng -> rng.uniform(0, 1.5))
            .require("n ≥ p + 2", c -> c.dim("n") >= c.dim("p") + 2)
            .require("the centred X is well conditioned: κ₂(Xc) ≤ " + MAX_CONDITION,
                    c -> Svd.of(LinearFitSteps.centred(c.matrix("X"), true)).conditionNumber() <= MAX_CONDITION)
            .require("one alpha is at least α_max and one is below it", LassoPathGrader::straddlesAlphaMax);

    @Override
    public Exercise exercise() {
        return exercise(80, "lasso-path", "Lasso path, warm-started", 20);
    }

    @Override
    public Path reference() {
        return (X, y, alphas) -> new Lasso().withTol(REFERENCE_TOL).withMaxIter(REFERENCE_MAX_ITER)
                .path(X, y, alphas).stream().map(LinearModel::parameters).toList();
    }

    @Override
    public List<Bug<Path>> bugs() {
        return LassoPathBugs.ALL;
    }

    @Override
    public List<Alternative<Path>> alternatives() {
        return LassoPathAlternatives.ALL;
    }

    /** The path is the exercise (core's sweep is allowed): core's trainers that fit it are off limits. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Lasso.class), Forbidden.type(ElasticNet.class));
    }

    @Override
    public Object call(Path path, Case c) {
        List<LinearParameters> fits = path.apply(c.matrix("X"), c.vector("y"), c.vector("alphas"));
        return fits == null ? null : Stacked.of(fits);
    }

    @Override
    public void declare(Checks checks) {
        double[][] line = {{0}, {1}, {2}};
        checks.agrees("α = 0 fits the exact line y = 1 + 2x: X = [[0], [1], [2]], y = [1, 3, 5] gives w = 2, b = 1",
                        problem(line, new double[] {1, 3, 5}, 0), Tolerance.ITERATIVE)
                .agrees("the intercept is not penalized: X = [[0], [1], [2]], y = [11, 12, 13], α = 0.5 gives"
                                + " w = S(2, 1.5)/2 = 0.25, b = 12 − 0.25 = 11.75",
                        problem(line, new double[] {11, 12, 13}, 0.5), Tolerance.ITERATIVE)
                .agrees("results come in the order of the alphas: the same data with alphas = [0.5, 1, 0] gives"
                                + " w = [0.25, 0, 1]",
                        problem(line, new double[] {11, 12, 13}, 0.5, 1, 0), Tolerance.ITERATIVE)
                .agrees("a repeated alpha gets its fit at each of its places: alphas = [0.5, 0.5, 0] give"
                                + " w = [0.25, 0.25, 1]",
                        problem(line, new double[] {11, 12, 13}, 0.5, 0.5, 0), Tolerance.ITERATIVE)
                .agrees("a constant column centres to zeros and keeps w = 0: X = [[0, 5], [1, 5], [2, 5]],"
                                + " y = [11, 12, 13], α = 0.5 give w = [0.25, 0], b = 11.75",
                        problem(new double[][] {{0, 5}, {1, 5}, {2, 5}}, new double[] {11, 12, 13}, 0.5),
                        Tolerance.ITERATIVE)
                .agrees("two nearly collinear features need hundreds of sweeps: X = [[0, 0], [1, 1], [2, 2], [3, 4]],"
                                + " y = [0, 2, 4, 7], alphas = [0.1, 0.01] give w = [0.4, 1.4] and [0.94, 1.04]",
                        problem(new double[][] {{0, 0}, {1, 1}, {2, 2}, {3, 4}}, new double[] {0, 2, 4, 7}, 0.1,
                                0.01), Tolerance.ITERATIVE)
                .agrees("matches the reference on random well-conditioned problems, 5 or 6 alphas, one ≥ α_max",
                        PROBLEMS, Tolerance.ITERATIVE)
                .holds("every (w, b) meets the lasso's optimality (KKT) conditions", PROBLEMS,
                        LassoPathGrader::optimal)
                .rejects("rejects y of the wrong length: X is 3×1, y has length 2",
                        problem(line, new double[] {1, 2}, 0.5), ShapeMismatchException.class)
                .rejects("rejects an empty list of alphas",
                        problem(line, new double[] {1, 3, 5}), IllegalArgumentException.class)
                .rejects("rejects a negative alpha: alphas = [1, −1]",
                        problem(line, new double[] {1, 3, 5}, 1, -1), IllegalArgumentException.class)
                .rejects("rejects a NaN alpha: alphas = [NaN]",
                        problem(line, new double[] {1, 3, 5}, Double.NaN), IllegalArgumentException.class)
                .rejects("rejects an infinite alpha: alphas = [0.5, +∞]",
                        problem(line, new double[] {1, 3, 5}, 0.5, Double.POSITIVE_INFINITY),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in y: y = [1, NaN, 5]",
                        problem(line, new double[] {1, Double.NaN, 5}, 0.5), IllegalArgumentException.class);
    }

    /**
     * At every returned (w, b), with r = y − X·w − b: Σᵢ rᵢ = 0 (the derivative in b), and for each j
     * the lasso condition on the centred column xⱼ − x̄ⱼ (whose inner product with r is that with the
     * centred residual), within {@link Tolerance#ITERATIVE} of the size of the terms.
     */
    private static void optimal(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        double[] y = c.vector("y");
        double[] alphas = c.vector("alphas");
        Stacked fits = (Stacked) run.on(c);
        int n = X.rows();
        int p = X.cols();
        Expect.that(fits.w().rows() == alphas.length && fits.w().cols() == p, "expected one result per alpha ("
                + alphas.length + "), each w of length " + p + ", but got " + fits.w().shape() + ".");
        Matrix Xc = LinearFitSteps.centred(X, true);
        for (int i = 0; i < alphas.length; i++) {
            double[] w = fits.w().row(i);
            double b = fits.b()[i];
            double[] r = new double[n];
            double[] magnitude = new double[n];
            double sum = 0.0;
            double size = 0.0;
            for (int s = 0; s < n; s++) {
                r[s] = y[s] - b;
                magnitude[s] = Math.abs(y[s]) + Math.abs(b);
                for (int j = 0; j < p; j++) {
                    r[s] -= X.get(s, j) * w[j];
                    magnitude[s] += Math.abs(X.get(s, j) * w[j]);
                }
                sum += r[s];
                size += magnitude[s];
            }
            String context = String.format(Locale.ROOT, "for alphas[%d] = %s (w = %s, b = %s, r = y − X·w − b,"
                    + " xⱼ = column j of X minus its mean)", i,
                    MatrixFormat.number(alphas[i]), MatrixFormat.format(w), MatrixFormat.number(b));
            double allowed = Tolerance.ITERATIVE.relative() * size / n;
            Expect.that(Math.abs(sum / n) <= allowed, context + ", b is not optimal: the mean residual must be 0"
                    + " (the derivative of the objective in b), but it is " + MatrixFormat.number(sum / n)
                    + " (allowed " + MatrixFormat.number(allowed) + ").");
            for (int j = 0; j < p; j++) {
                LassoConditions.expectOptimal(j, Xc.column(j), r, magnitude, w[j], alphas[i], Tolerance.ITERATIVE,
                        context);
            }
        }
    }


    private static boolean straddlesAlphaMax(Case c) {
        double alphaMax = new Lasso().alphaMax(c.matrix("X"), c.vector("y"));
        double[] alphas = c.vector("alphas");
        return Arrays.stream(alphas).anyMatch(a -> a >= alphaMax) && Arrays.stream(alphas).anyMatch(a -> a < alphaMax);
    }

    private static Case problem(double[][] X, double[] y, double... alphas) {
        return Case.of("X", Matrix.of(X), "y", y, "alphas", alphas);
    }
}
