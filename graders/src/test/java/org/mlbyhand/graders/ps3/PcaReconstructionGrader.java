package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
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
 * Grades {@code PcaReconstruction}: Ŷ = (Y − x̄)·V_q·V_qᵀ + x̄ with x̄ and V_q fitted on X, against core's
 * {@link PcaModel#inverseTransform}({@link PcaModel#transform}(Y)) of {@code new Pca(q).fit(X)}. The
 * reconstruction is the same whatever the components' signs, so it is compared entry by entry, to
 * {@link Tolerance#CLOSED_FORM}, on random cases whose first q eigenvalues are separated from the rest
 * ({@link PcaInputs#SEPARATED}): there the subspace, hence Ŷ, is well determined.
 */
public final class PcaReconstructionGrader extends Grader<PcaReconstructionGrader.Reconstruct> {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 2, 10).dim("p", 1, 4).dim("m", 1, 4)
            .matrix("X", "n", "p").matrix("Y", "m", "p").integer("q", 1, 4)
            .require(PcaInputs.SEPARATED, c -> PcaInputs.separated(c.matrix("X"), c.integer("q")));

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Reconstruct {
        /** Returns Y's rows (m×p) projected on X's first q principal components and mapped back. */
        Matrix reconstruct(Matrix X, Matrix Y, int q);
    }

    @Override
    public Exercise exercise() {
        return exercise(120, "reconstruct", "PCA projection, reconstruction", 15);
    }

    @Override
    public Reconstruct reference() {
        return (X, Y, q) -> {
            PcaModel model = new Pca(q).fit(X);
            return model.inverseTransform(model.transform(Y));
        };
    }

    @Override
    public List<Bug<Reconstruct>> bugs() {
        return PcaReconstructionBugs.ALL;
    }

    @Override
    public List<Alternative<Reconstruct>> alternatives() {
        return PcaReconstructionAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Pca.class), Forbidden.type(PcaModel.class));
    }

    @Override
    public Object call(Reconstruct reconstruct, Case c) {
        return reconstruct.reconstruct(c.matrix("X"), c.matrix("Y"), c.integer("q"));
    }

    @Override
    public String output() {
        return "Ŷ";
    }

    @Override
    public void declare(Checks checks) {
        double[][] orthogonal = PcaInputs.orthogonalColumns();
        double[][] paper = {{1, 2}, {3, 6}, {5, 4}};
        checks.agrees("the axes as components: X = [[1, 3, 2], [−1, 3, −2], [1, −3, −2], [−1, −3, 2]] (x̄ = 0,"
                                + " v₀ = e₁), q = 1, Y = [[1, 1, 1]] give Ŷ = [[0, 1, 0]]",
                        problem(orthogonal, new double[][] {{1, 1, 1}}, 1), Tolerance.CLOSED_FORM)
                .agrees("on paper: X = [[1, 2], [3, 6], [5, 4]] (x̄ = [3, 4], v₀ = [1, 1]/√2), q = 1, Y = [[3, 6]]:"
                                + " Y − x̄ = [0, 2] maps back to [1, 1], so Ŷ = [[4, 5]]",
                        problem(paper, new double[][] {{3, 6}}, 1), Tolerance.CLOSED_FORM)
                .agrees("the training rows themselves: the same X, q = 1, Y = X give [[1, 2], [4, 5], [4, 5]]",
                        problem(paper, paper, 1), Tolerance.CLOSED_FORM)
                .agrees("all components reconstruct exactly: the 4×3 X, q = 3, Y = [[5, −1, 2], [0, 0, 7]]",
                        problem(orthogonal, new double[][] {{5, -1, 2}, {0, 0, 7}}, 3), Tolerance.CLOSED_FORM)
                .agrees("the training mean reconstructs to itself: the 2-D X, q = 1, Y = [[3, 4]]",
                        problem(paper, new double[][] {{3, 4}}, 1), Tolerance.CLOSED_FORM)
                .agrees("matches the reference on random training data and rows", PROBLEMS, Tolerance.CLOSED_FORM)
                .holds("a reconstruction is already in the subspace: reconstructing Ŷ gives Ŷ again", PROBLEMS,
                        PcaReconstructionGrader::idempotent)
                .holds("with all p components (p < n), every row comes back unchanged: Ŷ = Y", PROBLEMS,
                        PcaReconstructionGrader::complete)
                .rejects("rejects q = 0", problem(paper, new double[][] {{3, 6}}, 0), IllegalArgumentException.class)
                .rejects("rejects q > min(n, p): X is 3×2, q = 3", problem(paper, new double[][] {{3, 6}}, 3),
                        IllegalArgumentException.class)
                .rejects("rejects Y with another number of columns: X is 3×2, Y is 1×3",
                        problem(paper, new double[][] {{3, 6, 1}}, 1), ShapeMismatchException.class)
                .rejects("rejects a NaN in Y", problem(paper, new double[][] {{Double.NaN, 6}}, 1),
                        IllegalArgumentException.class)
                .rejects("rejects a single training row: X is 1×2", problem(new double[][] {{1, 2}},
                        new double[][] {{3, 6}}, 1), IllegalArgumentException.class);
    }

    /** The exercise's checks, for the bugs and alternatives. */
    static void check(Matrix X, Matrix Y, int q) {
        PcaInputs.components("reconstruct", X, q);
        PcaInputs.rows("reconstruct", X, Y);
    }

    private static void idempotent(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int q = c.integer("q");
        Matrix once = shaped((Matrix) run.on(c), c.matrix("Y"));
        Matrix twice = (Matrix) run.on(Case.of("X", X, "Y", once, "q", q));
        Expect.close("Ŷ reconstructed again", once, twice, Tolerance.CLOSED_FORM);
    }

    private static void complete(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix Y = c.matrix("Y");
        int p = X.cols();
        if (p >= X.rows()) {
            return;                     // all p components exist only when n > p
        }
        Matrix Yhat = shaped((Matrix) run.on(Case.of("X", X, "Y", Y, "q", p)), Y);
        Expect.close("Ŷ with q = p = " + p, Y, Yhat, Tolerance.CLOSED_FORM);
    }

    private static Matrix shaped(Matrix Yhat, Matrix Y) {
        Expect.that(Yhat.rows() == Y.rows() && Yhat.cols() == Y.cols(), "Ŷ must have Y's shape, " + Y.shape()
                + "; yours is " + Yhat.shape() + ".");
        return Yhat;
    }

    private static Case problem(double[][] X, double[][] Y, int q) {
        return Case.of("X", Matrix.of(X), "Y", Matrix.of(Y), "q", q);
    }
}
