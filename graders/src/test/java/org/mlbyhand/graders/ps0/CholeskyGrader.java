package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
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
import org.mlbyhand.grading.Tolerance;

/** Grades {@code Cholesky}: A = L·Lᵀ, against core's {@link org.mlbyhand.core.decompose.Cholesky}. */
public final class CholeskyGrader extends Grader<UnaryOperator<Matrix>> {
    private static final CaseGen SPD = CaseGen.create().dim("n", 1, 6).symmetricPositiveDefinite("A", "n");

    @Override
    public Exercise exercise() {
        return exercise(60, "cholesky", "Cholesky factorisation", 20);
    }

    @Override
    public UnaryOperator<Matrix> reference() {
        return A -> org.mlbyhand.core.decompose.Cholesky.of(A).l();
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return CholeskyBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryOperator<Matrix>>> alternatives() {
        return CholeskyAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(org.mlbyhand.core.decompose.Cholesky.class));
    }

    @Override
    public Object call(UnaryOperator<Matrix> factor, Case c) {
        return factor.apply(c.matrix("A"));
    }

    @Override
    public String output() {
        return "L";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("factors [[4]]", Case.of("A", m(new double[][] {{4}})), Tolerance.CLOSED_FORM)
                .agrees("factors [[4, 2], [2, 5]] into [[2, 0], [1, 2]]", Case.of("A", m(new double[][] {{4, 2}, {2, 5}})),
                        Tolerance.CLOSED_FORM)
                .agrees("factors a positive definite matrix of tiny scale: [[4e-20, 2e-20], [2e-20, 3e-20]]",
                        Case.of("A", m(new double[][] {{4e-20, 2e-20}, {2e-20, 3e-20}})), Tolerance.CLOSED_FORM)
                .agrees("factors a nearly singular positive definite matrix: [[1e10, 1e10], [1e10, 1e10 + 1]]",
                        Case.of("A", m(new double[][] {{1e10, 1e10}, {1e10, 1e10 + 1}})), Tolerance.CLOSED_FORM)
                .agrees("matches the reference on random SPD matrices", SPD, Tolerance.CLOSED_FORM)
                .holds("L is lower triangular with a positive diagonal, and L·Lᵀ = A", SPD, (c, run) -> {
                    Matrix L = (Matrix) run.on(c);
                    Matrix A = c.matrix("A");
                    Expect.that(L != null && L.rows() == A.rows() && L.cols() == A.cols(),
                            "L must be a matrix of A's shape " + A.shape() + ".");
                    for (int i = 0; i < L.rows(); i++) {
                        Expect.that(L.get(i, i) > 0, "L[" + i + "][" + i + "] is " + MatrixFormat.number(L.get(i, i))
                                + ", but the Cholesky factor has a positive diagonal.");
                        for (int j = i + 1; j < L.cols(); j++) {
                            Expect.that(L.get(i, j) == 0.0, "L[" + i + "][" + j + "] is "
                                    + MatrixFormat.number(L.get(i, j))
                                    + ", but L is lower triangular: every entry above the diagonal must be 0.");
                        }
                    }
                    Expect.close("L·Lᵀ", A, L.multiply(L.transpose()), Tolerance.CLOSED_FORM);
                })
                .rejects("rejects an indefinite matrix: [[1, 2], [2, 1]]", Case.of("A", m(new double[][] {{1, 2}, {2, 1}})),
                        NotPositiveDefiniteException.class)
                .rejects("rejects a singular matrix (pivot exactly 0): [[1, 2], [2, 4]]",
                        Case.of("A", m(new double[][] {{1, 2}, {2, 4}})), NotPositiveDefiniteException.class)
                .rejects("rejects a non-square A: 2×3", Case.of("A", m(new double[][] {{4, 2, 1}, {2, 3, 1}})),
                        ShapeMismatchException.class);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
