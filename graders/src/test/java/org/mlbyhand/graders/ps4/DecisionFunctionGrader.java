package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.core.svm.Svc;
import org.mlbyhand.core.svm.SvcModel;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;
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
 * Grades {@code DecisionFunction}: f(x) = Σₛ cₛ·k(svₛ, x) + b, against core's kernel matrix times the
 * coefficients, {@code kernel.gram(X, SV)·c + b}, and against a model fitted by core's {@link Svc}, whose
 * {@link SvcModel#decisionFunction} sums the same terms by class. A sum of terms of either sign can
 * cancel, so random cases keep max_r |f(x_r)| ≥ {@value #MIN_SUM_RATIO} of max_r (Σₛ |cₛ·k(svₛ, x_r)| + |b|),
 * the scale on which {@link Tolerance} judges the vector.
 *
 * <p>The reference-free checks: with the linear kernel f(x) = wᵀx + b, w = Σₛ cₛ·svₛ (scikit-learn's
 * {@code coef_}); with every coefficient 0, f = b everywhere.
 */
public final class DecisionFunctionGrader extends Grader<DecisionFunctionGrader.Decision> {
    /** The smallest share of the size of its terms the largest |f(x_r)| of a random case keeps. */
    static final double MIN_SUM_RATIO = 1e-2;

    private static final CaseGen MODELS = CaseGen.create().dim("m", 1, 5).dim("s", 1, 5).dim("p", 1, 3)
            .matrix("X", "m", "p").matrix("SV", "s", "p").vector("dualCoef", "s").scalar("intercept", -1.0, 1.0);
    private static final CaseGen LINEAR = guarded(KernelCases.withKernel(MODELS, "linear"));
    private static final CaseGen POLY = guarded(KernelCases.withKernel(MODELS, "poly"));
    private static final CaseGen RBF = guarded(KernelCases.withKernel(MODELS, "rbf"));

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Decision {
        /** Returns f(x_r) for every row of X; no argument is modified. */
        double[] values(Matrix X, Matrix supportVectors, double[] dualCoef, double intercept, Kernel kernel);
    }

    @Override
    public Exercise exercise() {
        return exercise(100, "svm-decision", "Decision function", 10);
    }

    @Override
    public Decision reference() {
        return DecisionFunctionGrader::decision;
    }

    @Override
    public List<Bug<Decision>> bugs() {
        return DecisionFunctionBugs.ALL;
    }

    @Override
    public List<Alternative<Decision>> alternatives() {
        return DecisionFunctionAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Kernel.class, "gram"), Forbidden.type(SvcModel.class));
    }

    @Override
    public Object call(Decision f, Case c) {
        return f.values(c.matrix("X"), c.matrix("SV"), c.vector("dualCoef"), c.scalar("intercept"),
                KernelCases.kernel(c));
    }

    @Override
    public String output() {
        return "f(X)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("linear kernel, SV = [[1, 0], [0, 1]], c = [0.5, −0.5], b = 0.25, X = [[2, 1], [0, 0]]:"
                                + " f = [0.5·2 − 0.5·1 + 0.25, 0.25] = [0.75, 0.25]",
                        model(m(new double[][] {{2, 1}, {0, 0}}), m(new double[][] {{1, 0}, {0, 1}}),
                                new double[] {0.5, -0.5}, 0.25, KernelCases.linear()), Tolerance.ROUNDOFF)
                .agrees("RBF kernel, γ = 0.5, SV = [[0, 0], [1, 1]], c = [1, −1], b = 0, X = [[0, 0]]: f = 1 − e^(−1)",
                        model(m(new double[][] {{0, 0}}), m(new double[][] {{0, 0}, {1, 1}}), new double[] {1, -1}, 0.0,
                                KernelCases.rbf(0.5)), Tolerance.ROUNDOFF)
                .agrees("no support vectors: f = b everywhere: SV is 0×2, c = [], b = 0.5, X = [[1, 2]]",
                        model(m(new double[][] {{1, 2}}), Matrix.zeros(0, 2), new double[] {}, 0.5, KernelCases.linear()),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference with the linear kernel on random models", LINEAR, Tolerance.ROUNDOFF)
                .agrees("matches the reference with polynomial kernels", POLY, Tolerance.ROUNDOFF)
                .agrees("matches the reference with RBF kernels", RBF, Tolerance.ROUNDOFF)
                .holds("with the linear kernel f(x) = wᵀx + b, w = Σₛ cₛ·svₛ", LINEAR, DecisionFunctionGrader::linear)
                .holds("with every dual coefficient 0, f(x) = b for every x", RBF, DecisionFunctionGrader::onlyTheIntercept)
                .holds("on an SVC fitted by core on 40 moons (RBF, γ = 1, C = 1), f on a grid is its decisionFunction",
                        fitted(), DecisionFunctionGrader::matchesSvc)
                .rejects("rejects dualCoef of the wrong length: 1 support vector, c = [1, 2]",
                        model(m(new double[][] {{1, 2}}), m(new double[][] {{0, 1}}), new double[] {1, 2}, 0.0,
                                KernelCases.linear()), ShapeMismatchException.class)
                .rejects("rejects X and the support vectors with different numbers of columns: X is 1×2, SV is 1×3",
                        model(m(new double[][] {{1, 2}}), m(new double[][] {{0, 1, 2}}), new double[] {1}, 0.0,
                                KernelCases.linear()), ShapeMismatchException.class);
    }

    /** K(X, SV)·c + b, K by core (m×nSV). */
    static double[] decision(Matrix X, Matrix supportVectors, double[] dualCoef, double intercept, Kernel kernel) {
        SvmInputs.decision("svm-decision", X, supportVectors, dualCoef);
        double[] f = kernel.gram(X, supportVectors).multiply(dualCoef);
        for (int r = 0; r < f.length; r++) {
            f[r] += intercept;
        }
        return f;
    }

    private static void linear(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix SV = c.matrix("SV");
        double[] coef = c.vector("dualCoef");
        double b = c.scalar("intercept");
        double[] w = new double[X.cols()];
        for (int s = 0; s < SV.rows(); s++) {
            for (int j = 0; j < w.length; j++) {
                w[j] += coef[s] * SV.get(s, j);
            }
        }
        double[] expected = X.multiply(w);
        for (int r = 0; r < expected.length; r++) {
            expected[r] += b;
        }
        Expect.close("f(X) with the linear kernel, which must be X·w + b with w = Σₛ cₛ·svₛ = " + MatrixFormat.format(w),
                expected, run.on(c), Tolerance.ROUNDOFF);
    }

    private static void onlyTheIntercept(Case c, Invariant.Run run) {
        double b = c.scalar("intercept");
        Case zero = model(c.matrix("X"), c.matrix("SV"), new double[c.vector("dualCoef").length], b,
                KernelCases.rbf(c.scalar("gamma")));
        double[] expected = new double[c.matrix("X").rows()];
        java.util.Arrays.fill(expected, b);
        Expect.close("f(X) with every cₛ = 0, which must be b = " + MatrixFormat.number(b) + " in every row",
                expected, run.on(zero), Tolerance.ROUNDOFF);
    }

    private static void matchesSvc(Case c, Invariant.Run run) {
        SvcModel model = FITTED;
        double[] expected = model.decisionFunction(c.matrix("X")).column(0);
        Expect.close("f on the grid, which must be the fitted SVC's decisionFunction", expected, run.on(c),
                Tolerance.ROUNDOFF);
    }

    /** The SVC fitted on 40 moons (noise 0.2, seed 11), RBF with γ = 1, C = 1. */
    private static final SvcModel FITTED;

    static {
        Dataset moons = Moons.sample(40, 0.2, 11);
        FITTED = new Svc().withKernel(Svc.KernelType.RBF).withGamma(1.0).withC(1.0).fit(moons.features(), moons.labels());
    }

    /** The fitted model's support vectors, coefficients and intercept, on a 4×4 grid over [−1, 2] × [−0.5, 1]. */
    private static Case fitted() {
        Matrix grid = Matrix.zeros(16, 2);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                grid.set(4 * a + b, 0, -1.0 + a);
                grid.set(4 * a + b, 1, -0.5 + 0.5 * b);
            }
        }
        return model(grid, FITTED.supportVectors(), FITTED.dualCoef().row(0), FITTED.intercept()[0],
                KernelCases.rbf(((Kernel.Rbf) FITTED.kernel()).gamma()));
    }

    private static CaseGen guarded(CaseGen gen) {
        return gen.require("f does not cancel to nearly 0 in every row", DecisionFunctionGrader::noCancellation);
    }

    private static boolean noCancellation(Case c) {
        Matrix X = c.matrix("X");
        Matrix SV = c.matrix("SV");
        double[] coef = c.vector("dualCoef");
        double b = c.scalar("intercept");
        Kernel k = KernelCases.kernel(c);
        double largest = 0.0;
        double size = 0.0;
        for (int r = 0; r < X.rows(); r++) {
            double f = b;
            double terms = Math.abs(b);
            for (int s = 0; s < SV.rows(); s++) {
                double term = coef[s] * k.apply(SV.row(s), X.row(r));
                f += term;
                terms += Math.abs(term);
            }
            largest = Math.max(largest, Math.abs(f));
            size = Math.max(size, terms);
        }
        return largest >= MIN_SUM_RATIO * size;
    }

    static Case model(Matrix X, Matrix SV, double[] dualCoef, double intercept, Object[] kernel) {
        return KernelCases.of(new Object[] {"X", X, "SV", SV, "dualCoef", dualCoef, "intercept", intercept}, kernel);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
