package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.HouseholderQr;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.decompose.TriangularSolve;
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

/** Grades {@code BackSubstitution}: U·x = b, against {@link TriangularSolve#backSubstitution(Matrix, double[])}. */
public final class BackSubstitutionGrader extends Grader<BiFunction<Matrix, double[], double[]>> {
    private static final CaseGen SYSTEMS = CaseGen.create().dim("n", 1, 6).upperTriangular("U", "n").vector("b", "n");

    @Override
    public Exercise exercise() {
        return exercise(50, "backward", "Back substitution", 15);
    }

    @Override
    public BiFunction<Matrix, double[], double[]> reference() {
        return TriangularSolve::backSubstitution;
    }

    @Override
    public List<Bug<BiFunction<Matrix, double[], double[]>>> bugs() {
        return BackSubstitutionBugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<Matrix, double[], double[]>>> alternatives() {
        return BackSubstitutionAlternatives.ALL;
    }

    /** Core's solvers: the reference, and the factorisations that would solve a triangular system too. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(TriangularSolve.class), Forbidden.type(LeastSquares.class),
                Forbidden.type(HouseholderQr.class));
    }

    @Override
    public Object call(BiFunction<Matrix, double[], double[]> solve, Case c) {
        return solve.apply(c.matrix("U"), c.vector("b"));
    }

    @Override
    public String output() {
        return "x";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("solves [[2]]·x = [6]", Case.of("U", m(new double[][] {{2}}), "b", new double[] {6}),
                        Tolerance.ROUNDOFF)
                .agrees("solves [[2, 1, 1], [0, 4, 1], [0, 0, 2]]·x = [10, 10, 4]",
                        Case.of("U", m(new double[][] {{2, 1, 1}, {0, 4, 1}, {0, 0, 2}}), "b", new double[] {10, 10, 4}),
                        Tolerance.ROUNDOFF)
                .agrees("solves a system with negative pivots: [[-2, 1], [0, -4]]·x = [0, 8]",
                        Case.of("U", m(new double[][] {{-2, 1}, {0, -4}}), "b", new double[] {0, 8}),
                        Tolerance.ROUNDOFF)
                .agrees("solves a system with tiny non-zero pivots: [[1e-12, 1e-12], [0, 2e-12]]·x = [3e-12, 4e-12]",
                        Case.of("U", m(new double[][] {{1e-12, 1e-12}, {0, 2e-12}}), "b", new double[] {3e-12, 4e-12}),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random upper-triangular systems", SYSTEMS, Tolerance.ROUNDOFF)
                .holds("U·x reproduces b", SYSTEMS, (c, run) -> {
                    double[] x = (double[]) run.on(c);
                    Expect.that(x != null && x.length == c.vector("b").length,
                            "x must be a vector of length " + c.vector("b").length + ", one entry per row of U.");
                    Expect.close("U·x", c.vector("b"), c.matrix("U").multiply(x), Tolerance.ROUNDOFF);
                })
                .agrees("an empty 0×0 system has an empty solution",
                        Case.of("U", Matrix.zeros(0, 0), "b", new double[0]), Tolerance.EXACT)
                .rejects("rejects a zero pivot: [[0, 1], [0, 2]]",
                        Case.of("U", m(new double[][] {{0, 1}, {0, 2}}), "b", new double[] {1, 1}),
                        SingularMatrixException.class)
                .rejects("rejects a non-square U: 2×3",
                        Case.of("U", m(new double[][] {{1, 2, 3}, {0, 4, 5}}), "b", new double[] {1, 1}),
                        ShapeMismatchException.class)
                .rejects("rejects b of the wrong length: U is 2×2, b has length 3",
                        Case.of("U", m(new double[][] {{1, 2}, {0, 3}}), "b", new double[] {1, 1, 1}),
                        ShapeMismatchException.class);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
