package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
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

/** Grades {@code MatrixVectorProduct}: y = A·x with two loops, against {@link Matrix#multiply(double[])}. */
public final class MatrixVectorProductGrader extends Grader<BiFunction<Matrix, double[], double[]>> {
    private static final CaseGen PRODUCTS = CaseGen.create().dim("m", 1, 6).dim("n", 1, 6)
            .matrix("A", "m", "n").vector("x", "n");

    @Override
    public Exercise exercise() {
        return exercise(30, "matvec", "Matrix-vector product", 10);
    }

    @Override
    public BiFunction<Matrix, double[], double[]> reference() {
        return Matrix::multiply;
    }

    @Override
    public List<Bug<BiFunction<Matrix, double[], double[]>>> bugs() {
        return MatrixVectorProductBugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<Matrix, double[], double[]>>> alternatives() {
        return MatrixVectorProductAlternatives.ALL;
    }

    /** Core's products: {@code Matrix.multiply} (both overloads) and the {@code MatrixMultiply} kernels. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Matrix.class, "multiply"),
                Forbidden.type(org.mlbyhand.core.linalg.MatrixMultiply.class));
    }

    @Override
    public Object call(BiFunction<Matrix, double[], double[]> multiply, Case c) {
        return multiply.apply(c.matrix("A"), c.vector("x"));
    }

    @Override
    public String output() {
        return "y";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("multiplies a 1×1 matrix by a vector of length 1",
                        Case.of("A", m(new double[][] {{3}}), "x", new double[] {4}), Tolerance.ROUNDOFF)
                .agrees("[[1, 2], [3, 4]]·[1, 10] = [21, 43]",
                        Case.of("A", m(new double[][] {{1, 2}, {3, 4}}), "x", new double[] {1, 10}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random matrices and vectors", PRODUCTS, Tolerance.ROUNDOFF)
                .holds("A·eⱼ is column j of A, exactly", PRODUCTS, (c, run) -> {
                    Matrix A = c.matrix("A");
                    for (int j = 0; j < A.cols(); j++) {
                        double[] e = new double[A.cols()];
                        e[j] = 1.0;
                        Expect.close("A·e" + j, A.column(j), run.on(Case.of("A", A, "x", e)), Tolerance.EXACT);
                    }
                })
                .agrees("a 2×0 matrix times an empty vector is [0, 0]",
                        Case.of("A", Matrix.zeros(2, 0), "x", new double[0]), Tolerance.EXACT)
                .rejects("rejects x of the wrong length: a 2×3 matrix times a vector of length 4",
                        Case.of("A", Matrix.zeros(2, 3), "x", new double[4]), ShapeMismatchException.class);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
