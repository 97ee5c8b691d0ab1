package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
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

/**
 * Grades {@code Transpose}: T = Aᵀ, bit for bit, against {@link Matrix#transpose()}. There is no bad
 * input to reject (every m×n matrix, empty ones included, has a transpose), so the edge cases are
 * agreement checks on a 1×1, a row and empty matrices of either orientation.
 */
public final class TransposeGrader extends Grader<UnaryOperator<Matrix>> {
    private static final CaseGen MATRICES = CaseGen.create().dim("m", 1, 6).dim("n", 1, 6).matrix("A", "m", "n");

    @Override
    public Exercise exercise() {
        return exercise(20, "transpose", "Transpose", 10);
    }

    @Override
    public UnaryOperator<Matrix> reference() {
        return Matrix::transpose;
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return TransposeBugs.ALL;
    }

    @Override
    public List<Alternative<UnaryOperator<Matrix>>> alternatives() {
        return TransposeAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Matrix.class, "transpose"));
    }

    @Override
    public Object call(UnaryOperator<Matrix> transpose, Case c) {
        return transpose.apply(c.matrix("A"));
    }

    @Override
    public String output() {
        return "T";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("transposes a 1×1 matrix", Case.of("A", m(new double[][] {{3}})), Tolerance.EXACT)
                .agrees("transposes [[1, 2], [3, 4]]", Case.of("A", m(new double[][] {{1, 2}, {3, 4}})),
                        Tolerance.EXACT)
                .agrees("a 1×3 row becomes a 3×1 column", Case.of("A", m(new double[][] {{1, 2, 3}})), Tolerance.EXACT)
                .agrees("matches the reference on random matrices", MATRICES, Tolerance.EXACT)
                .holds("transposing twice gives A back", MATRICES, (c, run) -> {
                    Matrix T = (Matrix) run.on(c);
                    Expect.that(T != null, "your code returned null instead of a matrix.");
                    Expect.close("(Aᵀ)ᵀ", c.matrix("A"), run.on(Case.of("A", T)), Tolerance.EXACT);
                })
                .agrees("an empty 0×3 matrix has a 3×0 transpose", Case.of("A", Matrix.zeros(0, 3)), Tolerance.EXACT)
                .agrees("an empty 3×0 matrix has a 0×3 transpose", Case.of("A", Matrix.zeros(3, 0)), Tolerance.EXACT);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
