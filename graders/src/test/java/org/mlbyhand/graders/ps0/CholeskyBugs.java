package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the Cholesky factorisation, each a complete implementation the grader must
 * reject. Order matters for hints: on a singular matrix the check {@code d < 0} and no check at all
 * return the same L, so the former is listed first.
 */
final class CholeskyBugs {
    private CholeskyBugs() {
    }

    private enum Mistake {
        NONE, SUM_FROM_ONE, SUBTRACT_AFTER_SQRT, COPY_OF_A, DIVIDE_BY_LII, ZERO_PIVOT_ACCEPTED, NO_PIVOT_CHECK
    }

    static final List<Bug<UnaryOperator<Matrix>>> ALL = List.of(
            new Bug<>("inner sum starts at k = 1",
                    "Lᵢᵢ = √(Aᵢᵢ − Σₖ Lᵢₖ²) with k from 0: L[1][1] must subtract L[1][0]² from A[1][1]"
                            + " before the square root. Does your inner sum skip k = 0?",
                    A -> factor(A, Mistake.SUM_FROM_ONE)),
            new Bug<>("subtracts after the square root",
                    "the sum is subtracted under the square root: Lᵢᵢ = √(Aᵢᵢ − s), not √Aᵢᵢ − s.",
                    A -> factor(A, Mistake.SUBTRACT_AFTER_SQRT)),
            new Bug<>("upper triangle left from a copy of A",
                    "L is lower triangular: everything above its diagonal is 0. Starting from a copy of A"
                            + " leaves A's upper triangle in place; start from Matrix.zeros(n, n).",
                    A -> factor(A, Mistake.COPY_OF_A)),
            new Bug<>("divides by L[i][i] instead of L[j][j]",
                    "below the diagonal, Lᵢⱼ = (Aᵢⱼ − s) / Lⱼⱼ: the pivot of column j, computed in an earlier"
                            + " row. Lᵢᵢ is still 0 when you need it (it is the last entry of row i), so dividing"
                            + " by it gives infinity.",
                    A -> factor(A, Mistake.DIVIDE_BY_LII)),
            new Bug<>("zero pivot accepted",
                    "a pivot d = 0 means A is singular, not positive definite, and gives Lᵢᵢ = 0, which a later"
                            + " division cannot survive: test d <= 0, not d < 0.",
                    A -> factor(A, Mistake.ZERO_PIVOT_ACCEPTED)),
            new Bug<>("no positive-definiteness check",
                    "when the pivot d = Aᵢᵢ − s is not positive, √d is NaN (or 0). Test d before the square root"
                            + " and throw new NotPositiveDefiniteException(i, d).",
                    A -> factor(A, Mistake.NO_PIVOT_CHECK)));

    private static Matrix factor(Matrix A, Mistake mistake) {
        if (!A.isSquare()) {
            throw new ShapeMismatchException("factor: A is " + A.shape() + ", not square");
        }
        int n = A.rows();
        Matrix L = mistake == Mistake.COPY_OF_A ? A.copy() : Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0.0;
                for (int k = mistake == Mistake.SUM_FROM_ONE ? 1 : 0; k < j; k++) {
                    s += L.get(i, k) * L.get(j, k);
                }
                if (j < i) {
                    L.set(i, j, (A.get(i, j) - s) / (mistake == Mistake.DIVIDE_BY_LII ? L.get(i, i) : L.get(j, j)));
                } else if (mistake == Mistake.SUBTRACT_AFTER_SQRT) {
                    requirePositive(A.get(i, i), i);
                    L.set(i, i, Math.sqrt(A.get(i, i)) - s);
                } else {
                    double d = A.get(i, i) - s;
                    if (mistake == Mistake.ZERO_PIVOT_ACCEPTED) {
                        if (d < 0) {
                            throw new NotPositiveDefiniteException(i, d);
                        }
                    } else if (mistake != Mistake.NO_PIVOT_CHECK) {
                        requirePositive(d, i);
                    }
                    L.set(i, i, Math.sqrt(d));
                }
            }
        }
        return L;
    }

    private static void requirePositive(double d, int i) {
        if (!(d > 0)) {
            throw new NotPositiveDefiniteException(i, d);
        }
    }
}
