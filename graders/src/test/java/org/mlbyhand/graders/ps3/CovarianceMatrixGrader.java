package org.mlbyhand.graders.ps3;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.cluster.EmSteps;
import org.mlbyhand.core.cluster.GaussianMixture;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
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
 * Grades {@code CovarianceMatrix}: C = XcᵀXc/(n − 1). Core has no public covariance function, so the
 * reference is the one PCA diagonalises, rebuilt from core's {@link Pca}: C = Wᵀ·diag(λ)·W with W its
 * components and λ its explained variances (all min(n, p) of them; the others are 0). That comes
 * through an SVD, accurate to a few ε·λ₀, hence {@link Tolerance#CLOSED_FORM}; on the hand-picked
 * cases it is exact to that tolerance too, including the data far from the origin, where the SVD of the
 * centred data keeps every digit the naive one-pass formula loses.
 */
public final class CovarianceMatrixGrader extends Grader<UnaryOperator<Matrix>> {
    private static final CaseGen DATA = CaseGen.create().dim("n", 2, 8).dim("p", 1, 4).matrix("X", "n", "p");
    private static final CaseGen SHIFTED = DATA.vector("t", "p");

    @Override
    public Exercise exercise() {
        return exercise(80, "covariance", "Covariance matrix", 10);
    }

    @Override
    public UnaryOperator<Matrix> reference() {
        return X -> {
            PcaModel model = new Pca().fit(X);
            Matrix W = model.components();                                  // r×p
            double[] lambda = model.explainedVariance();
            Matrix DW = W.copy();                                           // r×p, diag(λ)·W
            for (int j = 0; j < W.rows(); j++) {
                for (int f = 0; f < W.cols(); f++) {
                    DW.set(j, f, lambda[j] * W.get(j, f));
                }
            }
            return W.transpose().multiply(DW);                              // p×p
        };
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return CovarianceMatrixBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryOperator<Matrix>>> alternatives() {
        return CovarianceMatrixAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Pca.class), Forbidden.type(PcaModel.class), Forbidden.type(EmSteps.class),
                Forbidden.type(GaussianMixture.class));
    }

    @Override
    public Object call(UnaryOperator<Matrix> covariance, Case c) {
        return covariance.apply(c.matrix("X"));
    }

    @Override
    public String output() {
        return "C";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: X = [[1, 2], [3, 6], [5, 4]] has x̄ = [3, 4], XcᵀXc = [[8, 4], [4, 8]], so"
                                + " C = [[4, 2], [2, 4]]", data(new double[][] {{1, 2}, {3, 6}, {5, 4}}),
                        Tolerance.CLOSED_FORM)
                .agrees("far from the origin: X = 10⁸ + [[1, 1], [2, 3], [3, 2]] has C = [[1, 0.5], [0.5, 1]], as"
                                + " [[1, 1], [2, 3], [3, 2]] has",
                        data(new double[][] {{1e8 + 1, 1e8 + 1}, {1e8 + 2, 1e8 + 3}, {1e8 + 3, 1e8 + 2}}),
                        Tolerance.CLOSED_FORM)
                .agrees("a constant column has variance 0 and covariance 0: X = [[1, 7], [2, 7], [3, 7]] give"
                                + " C = [[1, 0], [0, 0]]", data(new double[][] {{1, 7}, {2, 7}, {3, 7}}),
                        Tolerance.CLOSED_FORM)
                .agrees("two rows: X = [[0, 0], [2, 2]] give C = [[2, 2], [2, 2]]", data(new double[][] {{0, 0}, {2, 2}}),
                        Tolerance.CLOSED_FORM)
                .agrees("orthogonal centred columns give a diagonal C: X = [[1, 3, 2], [−1, 3, −2], [1, −3, −2],"
                                + " [−1, −3, 2]] give diag(4/3, 12, 16/3)", data(PcaInputs.orthogonalColumns()),
                        Tolerance.CLOSED_FORM)
                .agrees("matches the reference on random data", DATA, Tolerance.CLOSED_FORM)
                .holds("C is symmetric, its diagonal (the variances) is ≥ 0, and |C_ab| ≤ √(C_aa·C_bb)", DATA,
                        CovarianceMatrixGrader::covarianceShape)
                .holds("moving every row by the same vector t changes nothing: C(X + 1·tᵀ) = C(X)", SHIFTED,
                        CovarianceMatrixGrader::shiftInvariant)
                .rejects("rejects a single row: the variance needs n ≥ 2", data(new double[][] {{1, 2}}),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X", data(new double[][] {{1, 2}, {Double.NaN, 4}}),
                        IllegalArgumentException.class)
                .rejects("rejects an X with no columns: 3×0", Case.of("X", Matrix.zeros(3, 0)),
                        IllegalArgumentException.class);
    }

    private static void covarianceShape(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix C = (Matrix) run.on(c);
        int p = X.cols();
        Expect.that(C.rows() == p && C.cols() == p, "C must be p×p = " + p + "×" + p + " for X " + X.shape()
                + "; yours is " + C.shape() + ".");
        Expect.close("Cᵀ", C, C.transpose(), Tolerance.CLOSED_FORM);
        double scale = C.maxAbs();
        for (int a = 0; a < p; a++) {
            Expect.that(C.get(a, a) >= -Tolerance.CLOSED_FORM.relative() * scale, "C[" + a + "][" + a + "] = "
                    + MatrixFormat.number(C.get(a, a)) + ", but it is the variance of column " + a + ", never negative.");
            for (int b = 0; b < p; b++) {
                double bound = Math.sqrt(Math.max(C.get(a, a), 0) * Math.max(C.get(b, b), 0));
                Expect.that(Math.abs(C.get(a, b)) <= bound + Tolerance.CLOSED_FORM.relative() * scale, "|C[" + a + "]["
                        + b + "]| = " + MatrixFormat.number(Math.abs(C.get(a, b))) + " exceeds √(C_aa·C_bb) = "
                        + MatrixFormat.number(bound) + ": a covariance is at most the product of the two standard"
                        + " deviations (Cauchy–Schwarz), so C is not a covariance.");
            }
        }
    }

    private static void shiftInvariant(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        double[] t = c.vector("t");
        Matrix moved = X.copy();
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < X.cols(); f++) {
                moved.set(i, f, X.get(i, f) + 10 * t[f]);
            }
        }
        Matrix before = (Matrix) run.on(Case.of("X", X));
        Matrix after = (Matrix) run.on(Case.of("X", moved));
        Expect.close("C(X + 1·(10t)ᵀ), t = " + MatrixFormat.format(t) + ", against C(X)", before, after,
                Tolerance.CLOSED_FORM);
    }

    private static Case data(double[][] X) {
        return Case.of("X", Matrix.of(X));
    }
}
