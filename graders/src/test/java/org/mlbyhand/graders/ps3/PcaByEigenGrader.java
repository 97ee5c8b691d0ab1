package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Equivalence;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code PcaByEigen}: the first q principal components as the columns of a p×q matrix, against
 * core's {@link Pca} with the {@link Pca.Solver#COVARIANCE_EIGH} solver (its components transposed), up
 * to the sign of each column ({@link Equivalence#upToColumnSigns}): core signs them by scikit-learn's
 * svd_flip, the learner need not. Random cases have separated eigenvalues ({@link PcaInputs#SEPARATED}),
 * so that the components are well determined and every correct way agrees to
 * {@link Tolerance#CLOSED_FORM}.
 */
public final class PcaByEigenGrader extends Grader<PcaByEigenGrader.Components> {
    static final CaseGen SEPARATED = CaseGen.create().dim("n", 2, 10).dim("p", 1, 4).matrix("X", "n", "p")
            .integer("q", 1, 4)
            .require(PcaInputs.SEPARATED, c -> PcaInputs.separated(c.matrix("X"), c.integer("q")));

    /** The exercise's signature (and that of {@code PcaBySvd}). */
    @FunctionalInterface
    public interface Components {
        /** Returns the first q principal components of X (n×p) as the columns of a p×q matrix. */
        Matrix components(Matrix X, int q);
    }

    @Override
    public Exercise exercise() {
        return exercise(90, "pca-eigh", "PCA by covariance eigen", 15);
    }

    @Override
    public Components reference() {
        return (X, q) -> new Pca(q).withSolver(Pca.Solver.COVARIANCE_EIGH).fit(X).components().transpose();
    }

    @Override
    public List<Bug<Components>> bugs() {
        return PcaByEigenBugs.ALL;
    }

    @Override
    public List<Alternative<Components>> alternatives() {
        return PcaByEigenAlternatives.ALL;
    }

    /** PCA is the exercise, by eigendecomposition: SymmetricEigen is allowed, the SVD way is not. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Pca.class), Forbidden.type(PcaModel.class), Forbidden.type(Svd.class));
    }

    @Override
    public Object call(Components pca, Case c) {
        return pca.components(c.matrix("X"), c.integer("q"));
    }

    @Override
    public String output() {
        return "V";
    }

    @Override
    public void declare(Checks checks) {
        declareFor(checks);
    }

    /** The checks of both PCA exercises, which must give the same components. */
    static void declareFor(Checks checks) {
        Equivalence upToSigns = Equivalence.upToColumnSigns(Tolerance.CLOSED_FORM);
        checks.agrees("orthogonal columns of variances 4/3, 12, 16/3: X = [[1, 3, 2], [−1, 3, −2], [1, −3, −2],"
                                + " [−1, −3, 2]], q = 2 give the axes e₁, e₂: V = [[0, 0], [1, 0], [0, 1]]",
                        pca(PcaInputs.orthogonalColumns(), 2), upToSigns)
                .agrees("on paper: X = [[1, 2], [3, 6], [5, 4]] has C = [[4, 2], [2, 4]], λ = [6, 2]; for q = 1,"
                                + " V = [[0.7071], [0.7071]] = [1, 1]ᵀ/√2", pca(new double[][] {{1, 2}, {3, 6}, {5, 4}}, 1),
                        upToSigns)
                .agrees("all three components of the same X, in order of variance: V = [e₁ e₂ e₀]",
                        pca(PcaInputs.orthogonalColumns(), 3), upToSigns)
                .agrees("the mean is not a direction of variance: X = [[0, 10], [2, 10], [0, 11], [2, 11]] (variances"
                                + " 4/3 and 1/3), q = 1 give V = [[1], [0]]",
                        pca(new double[][] {{0, 10}, {2, 10}, {0, 11}, {2, 11}}, 1), upToSigns)
                .agrees("a constant column: X = [[1, 7], [2, 7], [3, 7]], q = 1 give V = [[1], [0]]",
                        pca(new double[][] {{1, 7}, {2, 7}, {3, 7}}, 1), upToSigns)
                .agrees("two rows span one direction: X = [[0, 0], [2, 2]], q = 1 give [1, 1]ᵀ/√2",
                        pca(new double[][] {{0, 0}, {2, 2}}, 1), upToSigns)
                .agrees("duplicate rows: X = [[1, 1], [1, 1], [3, 2]], q = 1 give [2, 1]ᵀ/√5",
                        pca(new double[][] {{1, 1}, {1, 1}, {3, 2}}, 1), upToSigns)
                .agrees("matches the reference on random data with separated eigenvalues", SEPARATED, upToSigns)
                .holds("the columns of V are orthonormal: VᵀV = I", SEPARATED,
                        (c, run) -> PcaChecks.orthonormal((Matrix) run.on(c), c.matrix("X").cols(), c.integer("q")))
                .holds("each column is an eigenvector of C, in decreasing order of variance, and together they"
                                + " capture at least as much variance as any q coordinate axes", SEPARATED,
                        (c, run) -> PcaChecks.topEigenvectors(c.matrix("X"), (Matrix) run.on(c)))
                .rejects("rejects q = 0", pca(new double[][] {{1, 2}, {3, 6}, {5, 4}}, 0), IllegalArgumentException.class)
                .rejects("rejects q > min(n, p): X is 3×2, q = 3", pca(new double[][] {{1, 2}, {3, 6}, {5, 4}}, 3),
                        IllegalArgumentException.class)
                .rejects("rejects a single row: X is 1×2", pca(new double[][] {{1, 2}}, 1), IllegalArgumentException.class)
                .rejects("rejects a NaN in X", pca(new double[][] {{1, 2}, {Double.NaN, 6}, {5, 4}}, 1),
                        IllegalArgumentException.class);
    }

    private static Case pca(double[][] X, int q) {
        return Case.of("X", Matrix.of(X), "q", q);
    }
}
