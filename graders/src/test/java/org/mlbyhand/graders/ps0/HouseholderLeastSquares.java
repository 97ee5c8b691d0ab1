package org.mlbyhand.graders.ps0;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/**
 * Least squares by Householder reflections exactly as the lstsq stub describes it (unscaled v,
 * β = 2/(vᵀv), b reflected step by step), with one classic slip at a time: with no slip it is a correct
 * alternative to core's scaled reflectors, and each slip is a bug. For k = 0 … n−1, on copies R ← A and
 * c ← b:
 * <pre>{@code
 *   x = (Rₖₖ, …, Rₘ₋₁,ₖ),   v = x + sign(x₀)·‖x‖·e₀,   β = 2/(vᵀv)
 *   y ← y − β·v·(vᵀy)   on rows k … m−1 of every column y of R with index ≥ k, and of c
 * }</pre>
 * then R₁·x = (c₀ … cₙ₋₁) by back substitution.
 */
final class HouseholderLeastSquares {
    private HouseholderLeastSquares() {
    }

    /** One mistake in the stub's algorithm. */
    enum Slip {
        NONE,
        /** c is never reflected: back substitution gets b itself. */
        B_NOT_REFLECTED,
        /** sign(x₀) taken as Math.signum(x₀), which is 0 when x₀ = 0. */
        SIGNUM,
        /** Step k reflects columns k+1 … n−1 only, leaving column k as it was. */
        COLUMN_K_NOT_REFLECTED,
        /** β = 1/(vᵀv): a projection, not a reflection. */
        BETA_ONE,
        /** Back substitution gets all m entries of c instead of the first n. */
        FULL_QTB,
        /** A zero column is reflected anyway: β = 2/0. */
        ZERO_COLUMN_NOT_SKIPPED,
        /** v = x − ‖x‖·e₀ whatever the sign of x₀. */
        SIGN_IGNORED,
        /** v = x − sign(x₀)·‖x‖·e₀ = x + Rₖₖ·e₀, which cancels whatever the sign of x₀. */
        SIGN_SUBTRACTED,
        /** Step k works on rows 0 … m−1 instead of k … m−1. */
        FROM_ROW_ZERO,
        /** The reflections are stored and applied to b after the loop, last first: Q·b instead of Qᵀb. */
        REVERSED_ON_B,
        /** A and b themselves are reduced, not copies. */
        IN_PLACE,
        /** The loop stops at k &lt; n − 1: the last column's reflection (which m &gt; n needs) is skipped. */
        LAST_REFLECTION_SKIPPED
    }

    /** Returns x = argmin ‖A·x − b‖₂ by the stub's algorithm, with one slip. */
    static double[] solve(Matrix A, double[] b, Slip slip) {
        ShapeChecks.tallSystem(A, b);
        int m = A.rows();
        int n = A.cols();
        Matrix R = slip == Slip.IN_PLACE ? A : A.copy();
        double[] c = slip == Slip.IN_PLACE ? b : b.clone();
        List<Reflector> stored = new ArrayList<>();
        int reflections = slip == Slip.LAST_REFLECTION_SKIPPED ? n - 1 : n;
        for (int k = 0; k < reflections; k++) {
            int top = slip == Slip.FROM_ROW_ZERO ? 0 : k;
            double[] x = new double[m - top];
            for (int i = top; i < m; i++) {
                x[i - top] = R.get(i, k);
            }
            double norm = Math.sqrt(Vectors.dot(x, x));
            if (norm == 0.0 && slip != Slip.ZERO_COLUMN_NOT_SKIPPED) {
                continue;
            }
            double[] v = x.clone();
            v[0] += switch (slip) {
                case SIGN_IGNORED -> -norm;
                case SIGN_SUBTRACTED -> -sign(x[0]) * norm;
                case SIGNUM -> Math.signum(x[0]) * norm;
                default -> sign(x[0]) * norm;
            };
            Reflector H = new Reflector(v, (slip == Slip.BETA_ONE ? 1.0 : 2.0) / Vectors.dot(v, v), top);
            for (int j = slip == Slip.COLUMN_K_NOT_REFLECTED ? k + 1 : k; j < n; j++) {
                double[] y = R.column(j);
                H.apply(y);
                for (int i = top; i < m; i++) {
                    R.set(i, j, y[i]);
                }
            }
            if (slip == Slip.REVERSED_ON_B) {
                stored.add(H);
            } else if (slip != Slip.B_NOT_REFLECTED) {
                H.apply(c);
            }
        }
        for (int s = stored.size() - 1; s >= 0; s--) {
            stored.get(s).apply(c);
        }
        double[] top = slip == Slip.FULL_QTB ? c : Arrays.copyOf(c, n);
        return TriangularSolve.backSubstitution(R.slice(0, n, 0, n), top);
    }

    /** sign(t) = +1 when t ≥ 0, else −1 (unlike Math.signum, never 0). */
    private static double sign(double t) {
        return t >= 0 ? 1.0 : -1.0;
    }

    /** H = I − β·v·vᵀ acting on rows top … m−1, with v of length m − top. */
    private record Reflector(double[] v, double beta, int top) {
        /** y[top..m) ← y[top..m) − β·v·(vᵀ·y[top..m)) (y is modified). */
        void apply(double[] y) {
            double s = 0.0;
            for (int i = 0; i < v.length; i++) {
                s += v[i] * y[top + i];
            }
            for (int i = 0; i < v.length; i++) {
                y[top + i] -= beta * s * v[i];
            }
        }
    }
}
