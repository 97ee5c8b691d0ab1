package org.mlbyhand.graders.ps4;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.svm.HingeLoss;
import org.mlbyhand.core.svm.PegasosLinearSvc;
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
 * Grades {@code HingeSubgradient}: (−Σ_V sᵢxᵢ, −Σ_V sᵢ) over the strict violators V = {sᵢzᵢ &lt; 1},
 * against core's {@link HingeLoss#subgradient}. The random cases keep every sᵢzᵢ at least
 * {@value #KINK_GAP} away from the kink 1, where two correct ways of summing zᵢ could disagree on whether
 * the row counts; and each part's sum keeps {@value #MIN_SUM_RATIO} of the size of its terms, so that two
 * orders of summation agree to round-off. The kink itself is a hand-picked case: the stub fixes t = 0.
 *
 * <p>The reference-free check is the definition of a subgradient, L(θ') ≥ L(θ) + gᵀ(θ' − θ), with core's
 * loss, at θ' = θ ± eₖ along every coordinate (the intercept included) and at three random θ'; and the
 * intercept's derivative is the weight's of a column of ones.
 */
public final class HingeSubgradientGrader extends Grader<HingeSubgradientGrader.Subgradient> {
    /** The smallest |sᵢzᵢ − 1| of a random case. */
    static final double KINK_GAP = 1e-6;
    /** The smallest |Σ terms| / Σ |terms| a nonzero part of a random case's subgradient may have. */
    static final double MIN_SUM_RATIO = 1e-2;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 6).dim("p", 1, 3)
            .matrix("X", "n", "p").labels("y", "n", 2).vector("w", "p").scalar("b", -1.0, 1.0)
            .require("no row within " + KINK_GAP + " of its kink sᵢzᵢ = 1", HingeSubgradientGrader::offTheKinks)
            .require("no part of the subgradient cancels to nearly 0", HingeSubgradientGrader::noCancellation);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Subgradient {
        /** Returns (∂w, ∂b) at (w, b); no argument is modified. */
        LinearGradient at(Matrix X, int[] y, double[] w, double b);
    }

    @Override
    public Exercise exercise() {
        return exercise(50, "hinge-subgrad", "Subgradient of the hinge loss", 10);
    }

    @Override
    public Subgradient reference() {
        return HingeLoss::subgradient;
    }

    @Override
    public List<Bug<Subgradient>> bugs() {
        return HingeSubgradientBugs.ALL;
    }

    @Override
    public List<Alternative<Subgradient>> alternatives() {
        return HingeSubgradientAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(HingeLoss.class), Forbidden.type(PegasosLinearSvc.class));
    }

    @Override
    public Object call(Subgradient g, Case c) {
        return g.at(c.matrix("X"), c.labels("y"), c.vector("w"), c.scalar("b"));
    }

    @Override
    public String output() {
        return "subgradient";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("X = [[2, 0], [0, 1], [1, 1]], y = [1, 0, 0], w = [1, 0], b = −0.5: s·z = [1.5, 0.5, −0.5], rows"
                                + " 1 and 2 violate, dw = [0, 1] + [1, 1] = [1, 2], db = 2",
                        problem(m(new double[][] {{2, 0}, {0, 1}, {1, 1}}), new int[] {1, 0, 0}, new double[] {1, 0}, -0.5),
                        Tolerance.ROUNDOFF)
                .agrees("the intercept is in the score: X = [[1], [3]], y = [1, 1], w = [0.5], b = 1 gives z = [1.5, 2.5],"
                                + " both beyond their margins, so dw = [0], db = 0",
                        problem(m(new double[][] {{1}, {3}}), new int[] {1, 1}, new double[] {0.5}, 1.0),
                        Tolerance.ROUNDOFF)
                .agrees("a row exactly on its margin does not count (t = 0 at the kink): X = [[1], [1], [−2]],"
                                + " y = [0, 1, 1], w = [−1], b = 0: s·z = [1, −1, 2], only row 1, dw = [−1], db = −1",
                        problem(m(new double[][] {{1}, {1}, {-2}}), new int[] {0, 1, 1}, new double[] {-1}, 0.0),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random problems", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("it is a subgradient: L(θ') ≥ L(θ) + gᵀ(θ' − θ) for θ' around θ = (w, b), L core's hinge loss",
                        PROBLEMS, HingeSubgradientGrader::subgradientInequality)
                .holds("the intercept is the weight of a column of ones: on [X 1] with w = [w, b] and b = 0, that"
                        + " column's dw is db", PROBLEMS, HingeSubgradientGrader::onesColumn)
                .rejects("rejects y of the wrong length: X is 2×1, y = [0]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0}, new double[] {1}, 0.0),
                        ShapeMismatchException.class)
                .rejects("rejects w of the wrong length: X is 2×1, w = [1, 2]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {0, 1}, new double[] {1, 2}, 0.0),
                        ShapeMismatchException.class)
                .rejects("rejects a label −1: the labels are 0 and 1: y = [−1, 1]",
                        problem(m(new double[][] {{1}, {2}}), new int[] {-1, 1}, new double[] {1}, 0.0),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X: X = [[1], [NaN]]",
                        problem(m(new double[][] {{1}, {Double.NaN}}), new int[] {0, 1}, new double[] {1}, 0.0),
                        IllegalArgumentException.class);
    }

    /**
     * L(θ') − L(θ) − gᵀ(θ' − θ) ≥ 0 at θ' = θ ± eₖ (k over w and b) and at three θ' = θ + N(0, 1)
     * steps drawn from a seed of the case, up to round-off on the scale of the terms.
     */
    private static void subgradientInequality(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        double[] w = c.vector("w");
        double b = c.scalar("b");
        Object result = run.on(c);
        Expect.that(result instanceof LinearGradient, "your code must return a LinearGradient(dw, db).");
        LinearGradient g = (LinearGradient) result;
        Expect.that(g.dw() != null && g.dw().length == w.length, "dw must have one entry per feature (" + w.length + ").");
        int p = w.length;
        double L = loss(X, y, w, b);
        Rng rng = new Rng(Arrays.hashCode(w) * 31L + Double.hashCode(b));
        for (int k = 0; k < 2 * (p + 1) + 3; k++) {
            double[] step = new double[p + 1];
            if (k < 2 * (p + 1)) {
                step[k / 2] = k % 2 == 0 ? 1.0 : -1.0;
            } else {
                for (int j = 0; j <= p; j++) {
                    step[j] = rng.nextGaussian();
                }
            }
            double[] w2 = w.clone();
            double slope = 0.0;
            for (int j = 0; j < p; j++) {
                w2[j] += step[j];
                slope += g.dw()[j] * step[j];
            }
            slope += g.db() * step[p];
            double L2 = loss(X, y, w2, b + step[p]);
            double slack = 1e-9 * (Math.abs(L) + Math.abs(L2) + Math.abs(slope) + 1.0);
            Expect.that(L2 >= L + slope - slack, "at θ = (w, b) = (" + MatrixFormat.format(w) + ", "
                    + MatrixFormat.number(b) + ") the loss is L = " + MatrixFormat.number(L) + "; moving by Δ = "
                    + MatrixFormat.format(step) + " (the last entry for b) gives L = " + MatrixFormat.number(L2)
                    + ", below L + gᵀΔ = " + MatrixFormat.number(L + slope) + " for your g = ("
                    + MatrixFormat.format(g.dw()) + ", " + MatrixFormat.number(g.db()) + "). A subgradient's"
                    + " linear model never lies above a convex loss.");
        }
    }

    private static void onesColumn(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int p = X.cols();
        Matrix wide = Matrix.zeros(X.rows(), p + 1);              // [X 1]
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < p; j++) {
                wide.set(i, j, X.get(i, j));
            }
            wide.set(i, p, 1.0);
        }
        double[] w = Arrays.copyOf(c.vector("w"), p + 1);
        w[p] = c.scalar("b");
        Object plain = run.on(c);
        Object widened = run.on(problem(wide, c.labels("y"), w, 0.0));
        Expect.that(plain instanceof LinearGradient && widened instanceof LinearGradient,
                "your code must return a LinearGradient(dw, db).");
        double[] dw = ((LinearGradient) widened).dw();
        Expect.that(dw != null && dw.length == p + 1, "dw must have one entry per column of X.");
        Expect.close("dw of the column of ones, which must equal your db", ((LinearGradient) plain).db(), dw[p],
                Tolerance.ROUNDOFF);
    }

    /** Σᵢ max(0, 1 − sᵢ(xᵢᵀw + b)) by core. */
    private static double loss(Matrix X, int[] y, double[] w, double b) {
        double[] z = X.multiply(w);
        for (int i = 0; i < z.length; i++) {
            z[i] += b;
        }
        return HingeLoss.value(y, z);
    }

    private static boolean offTheKinks(Case c) {
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        double[] z = X.multiply(c.vector("w"));
        for (int i = 0; i < y.length; i++) {
            if (Math.abs((2 * y[i] - 1) * (z[i] + c.scalar("b")) - 1.0) < KINK_GAP) {
                return false;
            }
        }
        return true;
    }

    /** Each nonzero column sum Σ_V sᵢxᵢⱼ keeps MIN_SUM_RATIO of Σ_V |xᵢⱼ| (db is a sum of ±1: exact). */
    private static boolean noCancellation(Case c) {
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        double[] w = c.vector("w");
        double b = c.scalar("b");
        double[] z = X.multiply(w);
        for (int j = 0; j < X.cols(); j++) {
            double sum = 0.0;
            double size = 0.0;
            for (int i = 0; i < y.length; i++) {
                int s = 2 * y[i] - 1;
                if (s * (z[i] + b) < 1.0) {
                    sum += s * X.get(i, j);
                    size += Math.abs(X.get(i, j));
                }
            }
            if (sum != 0.0 && Math.abs(sum) < MIN_SUM_RATIO * size) {
                return false;
            }
        }
        return true;
    }

    private static Case problem(Matrix X, int[] y, double[] w, double b) {
        return Case.of("X", X, "y", y, "w", w, "b", b);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
