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

/** Grades {@code ForwardSubstitution}: L·x = b, against {@link TriangularSolve#forwardSubstitution(Matrix, double[])}. */
public final class ForwardSubstitutionGrader extends Grader<BiFunction<Matrix, double[], double[]>> {
    private static final CaseGen SYSTEMS = CaseGen.create().dim("n", 1, 6).lowerTriangular("L", "n").vector("b", "n");

    @Override
    public Exercise exercise() {
        return exercise(40, "forward", "Forward substitution", 15);
    }

    @Override
    public BiFunction<Matrix, double[], double[]> reference() {
        return TriangularSolve::forwardSubstitution;
    }

    @Override
    public List<Bug<BiFunction<Matrix, double[], double[]>>> bugs() {
        return ForwardSubstitutionBugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<Matrix, double[], double[]>>> alternatives() {
        return ForwardSubstitutionAlternatives.ALL;
    }

    /** Core's solvers: the reference, and the factorisations that would solve a triangular system too. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(TriangularSolve.class), Forbidden.type(LeastSquares.class),
                Forbidden.type(HouseholderQr.class));
    }

    @Override
    public Object call(BiFunction<Matrix, double[], double[]> solve, Case c) {
        return solve.apply(c.matrix("L"), c.vector("b"));
    }

    @Override
    public String output() {
        return "x";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("solves [[2]]·x = [6]", Case.of("L", m(new double[][] {{2}}), "b", new double[] {6}),
                        Tolerance.ROUNDOFF)
                .agrees("solves [[2, 0, 0], [1, 4, 0], [1, 1, 2]]·x = [2, 9, 7]",
                        Case.of("L", m(new double[][] {{2, 0, 0}, {1, 4, 0}, {1, 1, 2}}), "b", new double[] {2, 9, 7}),
                        Tolerance.ROUNDOFF)
                .agrees("solves a system with negative pivots: [[-2, 0], [1, -4]]·x = [-2, 3]",
                        Case.of("L", m(new double[][] {{-2, 0}, {1, -4}}), "b", new double[] {-2, 3}),
                        Tolerance.ROUNDOFF)
                .agrees("solves a system with tiny non-zero pivots: [[1e-12, 0], [1e-12, 2e-12]]·x = [1e-12, 3e-12]",
                        Case.of("L", m(new double[][] {{1e-12, 0}, {1e-12, 2e-12}}), "b", new double[] {1e-12, 3e-12}),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random lower-triangular systems", SYSTEMS, Tolerance.ROUNDOFF)
                .holds("L·x reproduces b", SYSTEMS, (c, run) -> {
                    double[] x = (double[]) run.on(c);
                    Expect.that(x != null && x.length == c.vector("b").length,
                            "x must be a vector of length " + c.vector("b").length + ", one entry per row of L.");
                    Expect.close("L·x", c.vector("b"), c.matrix("L").multiply(x), Tolerance.ROUNDOFF);
                })
                .agrees("an empty 0×0 system has an empty solution",
                        Case.of("L", Matrix.zeros(0, 0), "b", new double[0]), Tolerance.EXACT)
                .rejects("rejects a zero pivot: [[1, 0], [2, 0]]",
                        Case.of("L", m(new double[][] {{1, 0}, {2, 0}}), "b", new double[] {1, 1}),
                        SingularMatrixException.class)
                .rejects("rejects a non-square L: 2×3",
                        Case.of("L", m(new double[][] {{1, 0, 0}, {2, 3, 0}}), "b", new double[] {1, 1}),
                        ShapeMismatchException.class)
                .rejects("rejects b of the wrong length: L is 2×2, b has length 3",
                        Case.of("L", m(new double[][] {{1, 0}, {2, 3}}), "b", new double[] {1, 1, 1}),
                        ShapeMismatchException.class);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
