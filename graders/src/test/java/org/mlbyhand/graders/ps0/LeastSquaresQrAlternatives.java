package org.mlbyhand.graders.ps0;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.graders.ps0.HouseholderLeastSquares.Slip;
import org.mlbyhand.grading.Alternative;

/**
 * Correct least-squares solvers other than core's (which scales A by a power of two and stores each
 * reflector as u = v/v₀ with τ = 2/(uᵀu)), each of which the grader must accept, on the ill-conditioned
 * problems too: all three are backward stable, so their error grows like κ₂(A), not κ₂(A)².
 */
final class LeastSquaresQrAlternatives {
    private LeastSquaresQrAlternatives() {
    }

    static final List<Alternative<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Alternative<>("the stub's Householder steps: unscaled v, β = 2/(vᵀv), b reflected step by step",
                    (A, b) -> HouseholderLeastSquares.solve(A, b, Slip.NONE)),
            new Alternative<>("Givens rotations, zeroing column k below the diagonal one entry at a time",
                    LeastSquaresQrAlternatives::givens),
            new Alternative<>("modified Gram–Schmidt on [A b], b orthogonalised like one more column",
                    LeastSquaresQrAlternatives::modifiedGramSchmidt));

    /**
     * For each k and each i > k, the rotation of rows k and i by (c, s) = (Rₖₖ, Rᵢₖ)/r, r = √(Rₖₖ² + Rᵢₖ²),
     * zeroes Rᵢₖ; the same rotations applied to b give Qᵀb.
     */
    private static double[] givens(Matrix A, double[] b) {
        ShapeChecks.tallSystem(A, b);
        int m = A.rows();
        int n = A.cols();
        double[][] R = A.toArray();   // (m×n), reduced in place
        double[] c = b.clone();
        for (int k = 0; k < n; k++) {
            for (int i = k + 1; i < m; i++) {
                if (R[i][k] == 0.0) {
                    continue;
                }
                double r = Math.hypot(R[k][k], R[i][k]);
                double cos = R[k][k] / r;
                double sin = R[i][k] / r;
                for (int j = k; j < n; j++) {
                    double top = R[k][j];
                    R[k][j] = cos * top + sin * R[i][j];
                    R[i][j] = -sin * top + cos * R[i][j];
                }
                double top = c[k];
                c[k] = cos * top + sin * c[i];
                c[i] = -sin * top + cos * c[i];
            }
        }
        return TriangularSolve.backSubstitution(Matrix.of(R).slice(0, n, 0, n), Arrays.copyOf(c, n));
    }

    /**
     * Björck's modified Gram–Schmidt least squares: qₖ = aₖ/Rₖₖ, then every later column and b lose their
     * component along qₖ at once (zₖ = qₖᵀb from the updated b), so R·x = z. A zero column is skipped
     * (Rₖₖ = 0), which back substitution reports as singular.
     */
    private static double[] modifiedGramSchmidt(Matrix A, double[] b) {
        ShapeChecks.tallSystem(A, b);
        int n = A.cols();
        double[][] Q = A.transpose().toArray();   // Q[j] is column j, orthogonalised in place
        double[] r = b.clone();
        Matrix R = Matrix.zeros(n, n);
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            double norm = Vectors.norm(Q[k]);
            R.set(k, k, norm);
            if (norm == 0.0) {
                continue;
            }
            Q[k] = Vectors.scale(1.0 / norm, Q[k]);
            for (int j = k + 1; j < n; j++) {
                R.set(k, j, Vectors.dot(Q[k], Q[j]));
                Vectors.axpyInPlace(-R.get(k, j), Q[k], Q[j]);
            }
            z[k] = Vectors.dot(Q[k], r);
            Vectors.axpyInPlace(-z[k], Q[k], r);
        }
        return TriangularSolve.backSubstitution(R, z);
    }
}
