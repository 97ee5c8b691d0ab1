package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BinaryOperator;
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
import org.mlbyhand.grading.Tolerance;

/** Grades {@code MatrixMultiply}: C = A·B with three loops, against {@link Matrix#multiply(Matrix)}. */
public final class MatrixMultiplyGrader extends Grader<BinaryOperator<Matrix>> {
    private static final CaseGen PRODUCTS = CaseGen.create().dim("m", 1, 6).dim("k", 1, 6).dim("n", 1, 6)
            .matrix("A", "m", "k").matrix("B", "k", "n");

    @Override
    public Exercise exercise() {
        return exercise(10, "matmul", "Matrix multiply", 10);
    }

    @Override
    public BinaryOperator<Matrix> reference() {
        return Matrix::multiply;
    }

    @Override
    public List<Bug<BinaryOperator<Matrix>>> bugs() {
        return MatrixMultiplyBugs.ALL;
    }

    @Override
    public List<Alternative<BinaryOperator<Matrix>>> alternatives() {
        return MatrixMultiplyAlternatives.ALL;
    }

    /** Core's products: {@code Matrix.multiply} (both overloads) and the {@code MatrixMultiply} kernels. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Matrix.class, "multiply"),
                Forbidden.type(org.mlbyhand.core.linalg.MatrixMultiply.class));
    }

    @Override
    public Object call(BinaryOperator<Matrix> multiply, Case c) {
        return multiply.apply(c.matrix("A"), c.matrix("B"));
    }

    @Override
    public String output() {
        return "C";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("multiplies two 1×1 matrices", Case.of("A", m(new double[][] {{3}}), "B", m(new double[][] {{4}})),
                        Tolerance.ROUNDOFF)
                .agrees("[[1, 2], [3, 4]]·[[5, 6], [7, 8]] = [[19, 22], [43, 50]]",
                        Case.of("A", m(new double[][] {{1, 2}, {3, 4}}), "B", m(new double[][] {{5, 6}, {7, 8}})),
                        Tolerance.ROUNDOFF)
                .agrees("a row times a column is their dot product",
                        Case.of("A", m(new double[][] {{1, 2, 3}}), "B", m(new double[][] {{4}, {5}, {6}})),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random matrices", PRODUCTS, Tolerance.ROUNDOFF)
                .holds("A·I = A for the k×k identity", PRODUCTS.require("B is square", c -> c.dim("k") == c.dim("n")),
                        (c, run) -> Expect.close("A·I", c.matrix("A"),
                                run.on(Case.of("A", c.matrix("A"), "B", Matrix.identity(c.dim("k")))), Tolerance.EXACT))
                .agrees("a 2×0 matrix times a 0×3 matrix is the 2×3 zero matrix (every sum is empty)",
                        Case.of("A", Matrix.zeros(2, 0), "B", Matrix.zeros(0, 3)), Tolerance.EXACT)
                .rejects("rejects shapes that do not fit: 2×3 times 2×3",
                        Case.of("A", Matrix.zeros(2, 3), "B", Matrix.zeros(2, 3)), ShapeMismatchException.class);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
