package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.graders.ps1.BinaryCrossEntropyGradientBugs.Gradient;
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
 * Grades {@code BinaryCrossEntropyGradient}: ((1/n)·Xᵀ(σ(z) − y), (1/n)·Σᵢ(σ(zᵢ) − yᵢ)) with z = X·w + b,
 * against core's {@link Losses#binaryCrossEntropyGradient}, and, with no reference, against central
 * finite differences of core's loss ({@link FiniteDifferences}).
 *
 * <p>Each part of the gradient is a sum of residuals of either sign, and a sum that cancels to nearly 0
 * keeps only the rounding of its terms, which depends on the order of the additions. Random cases are
 * drawn so that neither part cancels to below {@value #MIN_SUM_RATIO} of the sum of its terms' sizes,
 * which bounds the difference between two correct summation orders by about 6ε/{@value #MIN_SUM_RATIO}
 * ≈ 7e-13 relative.
 */
public final class BinaryCrossEntropyGradientGrader extends Grader<Gradient> {
    /** The smallest |Σ terms| / Σ |terms| a random case's dw (its largest entry) and db may have. */
    static final double MIN_SUM_RATIO = 1e-3;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 6).dim("p", 1, 4)
            .matrix("X", "n", "p").labels("y", "n", 2).vector("w", "p").scalar("b", -2, 2)
            .require("neither dw nor db cancels to nearly 0 (|Σ terms| ≥ " + MIN_SUM_RATIO + "·Σ |terms|)",
                    BinaryCrossEntropyGradientGrader::noCancellation);

    @Override
    public Exercise exercise() {
        return exercise(110, "bce-gradient", "Gradient of the cross-entropy", 15);
    }

    @Override
    public Gradient reference() {
        return Losses::binaryCrossEntropyGradient;
    }

    @Override
    public List<Bug<Gradient>> bugs() {
        return BinaryCrossEntropyGradientBugs.ALL;
    }

    @Override
    public List<Alternative<Gradient>> alternatives() {
        return BinaryCrossEntropyGradientAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Losses.class));
    }

    @Override
    public Object call(Gradient gradient, Case c) {
        return gradient.at(c.matrix("X"), c.labels("y"), c.vector("w"), c.scalar("b"));
    }

    @Override
    public String output() {
        return "gradient";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("w = 0, b = 0 make every σ(zᵢ) = 1/2: X = [[1], [2]], y = [1, 1] gives"
                                + " dw = [(−1/2·1 − 1/2·2)/2] = [−0.75], db = (−1/2 − 1/2)/2 = −0.5",
                        problem(m(new double[][] {{1}, {2}}), new int[] {1, 1}, new double[] {0}, 0.0),
                        Tolerance.ROUNDOFF)
                .agrees("the intercept is in every score: X = [[1]], y = [0], w = [0], b = 2 gives z = 2,"
                                + " dw = [σ(2)], db = σ(2) ≈ 0.8808",
                        problem(m(new double[][] {{1}}), new int[] {0}, new double[] {0}, 2.0), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random problems", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("matches central finite differences of bce(y, X·w + b)", PROBLEMS,
                        (c, run) -> FiniteDifferences.expectGradient("bce(y, X·w + b)", c.matrix("X"),
                                z -> Losses.binaryCrossEntropy(c.labels("y"), z), c.vector("w"), c.scalar("b"),
                                run.on(c)))
                .holds("the gradient is a mean: repeating every row twice leaves dw and db unchanged", PROBLEMS,
                        BinaryCrossEntropyGradientGrader::repeatedRows)
                .holds("the intercept is the weight of a column of ones: on [X 1] with w = [w, 0], that column's"
                        + " dw is db", PROBLEMS, BinaryCrossEntropyGradientGrader::onesColumn)
                .rejects("rejects y of the wrong length: X is 2×1, y = [0]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0}, new double[] {1}, 0.0),
                        ShapeMismatchException.class)
                .rejects("rejects w of the wrong length: X is 2×1, w = [1, 2]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0, 1}, new double[] {1, 2}, 0.0),
                        ShapeMismatchException.class)
                .rejects("rejects a label of −1: the labels are 0 and 1, not ±1: y = [−1, 1]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {-1, 1}, new double[] {1}, 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects a label that is not 0 or 1: y = [0, 2]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0, 2}, new double[] {1}, 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no rows: X is 0×1, y = []",
                        problem(Matrix.zeros(0, 1), new int[] {}, new double[] {1}, 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no columns: X is 2×0, w = []",
                        problem(Matrix.zeros(2, 0), new int[] {0, 1}, new double[] {}, 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X: X = [[1], [NaN]]",
                        problem(m(new double[][] {{1}, {Double.NaN}}), new int[] {0, 1}, new double[] {1}, 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite weight: w = [∞]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0, 1}, new double[] {Double.POSITIVE_INFINITY},
                                0.0), IllegalArgumentException.class)
                .rejects("rejects a NaN intercept: b = NaN",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0, 1}, new double[] {1}, Double.NaN),
                        IllegalArgumentException.class);
    }

    /**
     * ∇L on (X, y) repeated twice = ∇L on (X, y): a mean does not change when every row counts twice. The
     * sums have twice the terms, so their rounding differs, within the bound of the class comment.
     */
    private static void repeatedRows(Case c, Invariant.Run run) {
        Case twice = problem(RepeatedRows.twice(c.matrix("X")), RepeatedRows.twice(c.labels("y")), c.vector("w"),
                c.scalar("b"));
        Expect.close("the gradient of the rows repeated twice", run.on(c), run.on(twice), Tolerance.ROUNDOFF);
    }

    /**
     * ∂L/∂b = (1/n)·Σᵢ 1·(σ(zᵢ) − yᵢ) is the derivative for a feature that is 1 in every row: appended to X
     * with weight 0 (so z is unchanged), that column's dw must be db.
     */
    private static void onesColumn(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int p = X.cols();
        Object plain = run.on(c);
        Object widened = run.on(problem(LinearFitSteps.withOnesColumn(X, p), c.labels("y"), Arrays.copyOf(c.vector("w"), p + 1), c.scalar("b")));
        Expect.that(plain instanceof LinearGradient && widened instanceof LinearGradient,
                "your code must return a LinearGradient(dw, db).");
        double[] dw = ((LinearGradient) widened).dw();
        Expect.that(dw != null && dw.length == p + 1, "dw must have one entry per column of X.");
        Expect.close("dw of the column of ones, which must equal your db", ((LinearGradient) plain).db(), dw[p],
                Tolerance.ROUNDOFF);
    }

    /** |Σᵢ Xᵢⱼeᵢ| and |Σᵢ eᵢ| are not tiny next to Σᵢ|Xᵢⱼeᵢ| and Σᵢ|eᵢ|, where e = σ(z) − y. */
    private static boolean noCancellation(Case c) {
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        double[] z = FiniteDifferences.scores(X, c.vector("w"), c.scalar("b"));
        double[] e = new double[z.length];
        double sum = 0.0;
        double size = 0.0;
        for (int i = 0; i < z.length; i++) {
            e[i] = Activations.sigmoid(z[i]) - y[i];
            sum += e[i];
            size += Math.abs(e[i]);
        }
        double largestSum = 0.0;
        double largestSize = 0.0;
        for (int j = 0; j < X.cols(); j++) {
            double s = 0.0;
            double a = 0.0;
            for (int i = 0; i < z.length; i++) {
                s += X.get(i, j) * e[i];
                a += Math.abs(X.get(i, j) * e[i]);
            }
            largestSum = Math.max(largestSum, Math.abs(s));
            largestSize = Math.max(largestSize, a);
        }
        return Math.abs(sum) >= MIN_SUM_RATIO * size && largestSum >= MIN_SUM_RATIO * largestSize;
    }

    private static Case problem(Matrix X, int[] y, double[] w, double b) {
        return Case.of("X", X, "y", y, "w", w, "b", b);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
