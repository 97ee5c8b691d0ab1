package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the Cholesky factorisation, each a complete implementation the grader must
 * reject: the row-by-row (Cholesky–Banachiewicz) loop with one slip. Order matters for hints: on a
 * singular matrix the check {@code d < 0} and no check at all return the same L, so the former is
 * listed first. Dividing by Lᵢᵢ makes every pivot after the first −∞ or NaN, so it throws
 * NotPositiveDefiniteException on every matrix larger than 1×1, like a learner who refuses a valid
 * pivot: it comes after the bugs that throw it on one input only (the two tolerances on the pivot).
 * Dividing only s leaves column 0 undivided, which also ends in a negative pivot on the nearly singular
 * matrix, so it comes after the tolerances too.
 */
final class CholeskyBugs {
    private CholeskyBugs() {
    }

    private enum Mistake {
        SUM_FROM_ONE, SUBTRACT_AFTER_SQRT, COPY_OF_A, IN_PLACE, UPPER_FACTOR, ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE,
        DIVIDE_BEFORE_SUBTRACT, DIVIDE_BY_LII, ZERO_PIVOT_ACCEPTED, NO_PIVOT_CHECK
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
            new Bug<>("factored in place in A",
                    "your L is right, but you built it inside the caller's A, which comes back changed. Fill a"
                            + " new Matrix.zeros(n, n) instead: A must be left as it was.",
                    A -> factor(A, Mistake.IN_PLACE)),
            new Bug<>("returns the upper factor Lᵀ",
                    "A = L·Lᵀ asks for the lower-triangular factor: entry (i, j) with j ≤ i, zeros above the"
                            + " diagonal. Yours has the same numbers mirrored above the diagonal, the factor R = Lᵀ"
                            + " of A = Rᵀ·R: set L[i][j], not L[j][i].",
                    A -> factor(A, Mistake.UPPER_FACTOR)),
            new Bug<>("pivot compared with an absolute tolerance",
                    "your code refused a positive definite matrix: its pivots are tiny but positive. Multiplying"
                            + " A by 10⁻²⁰ multiplies L by 10⁻¹⁰ and changes nothing else, so no fixed threshold on d"
                            + " is right: throw only when d <= 0.",
                    A -> factor(A, Mistake.ABSOLUTE_TOLERANCE)),
            new Bug<>("pivot compared with a relative tolerance",
                    "your code refused a positive definite matrix because a pivot d is tiny next to Aᵢᵢ. A nearly"
                            + " singular matrix is still positive definite (here d = 1 exactly, next to Aᵢᵢ = 10¹⁰):"
                            + " throw only when d <= 0.",
                    A -> factor(A, Mistake.RELATIVE_TOLERANCE)),
            new Bug<>("divides only s by L[j][j]",
                    "below the diagonal the whole difference is divided, Lᵢⱼ = (Aᵢⱼ − s) / Lⱼⱼ; without the"
                            + " parentheses, A.get(i, j) - s / L.get(j, j) divides only s, and column 0 (where s = 0)"
                            + " is never divided at all.",
                    A -> factor(A, Mistake.DIVIDE_BEFORE_SUBTRACT)),
            new Bug<>("divides by L[i][i] instead of L[j][j]",
                    "your code met a pivot d ≤ 0 in a positive definite matrix, so an entry of L before it is"
                            + " wrong. Check the divisor below the diagonal: Lᵢⱼ = (Aᵢⱼ − s) / Lⱼⱼ, the pivot of column"
                            + " j, computed in an earlier row. Lᵢᵢ is still 0 when you need it (it is the last entry of"
                            + " row i), so dividing by it gives infinity.",
                    A -> factor(A, Mistake.DIVIDE_BY_LII)),
            new Bug<>("zero pivot accepted",
                    "a pivot d = 0 means A is singular, not positive definite, and gives Lᵢᵢ = 0, which a later"
                            + " division cannot survive: test d <= 0, not d < 0.",
                    A -> factor(A, Mistake.ZERO_PIVOT_ACCEPTED)),
            new Bug<>("no positive-definiteness check",
                    "when the pivot d = Aᵢᵢ − s is not positive, √d is NaN (or 0). Test d before the square root"
                            + " and throw new NotPositiveDefiniteException(i, d).",
                    A -> factor(A, Mistake.NO_PIVOT_CHECK)));

    /** The row-by-row loop of the stub, Lᵢⱼ for i = 0 … n−1 and j = 0 … i, with one mistake. */
    private static Matrix factor(Matrix A, Mistake mistake) {
        ShapeChecks.square(A);
        int n = A.rows();
        Matrix L = mistake == Mistake.COPY_OF_A ? A.copy() : mistake == Mistake.IN_PLACE ? A : Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0.0;
                for (int k = mistake == Mistake.SUM_FROM_ONE ? 1 : 0; k < j; k++) {
                    s += L.get(i, k) * L.get(j, k);
                }
                if (j < i) {
                    L.set(i, j, offDiagonal(A.get(i, j), s, L.get(j, j), L.get(i, i), mistake));
                } else if (mistake == Mistake.SUBTRACT_AFTER_SQRT) {
                    requirePositive(A.get(i, i), i);
                    L.set(i, i, Math.sqrt(A.get(i, i)) - s);
                } else {
                    double d = A.get(i, i) - s;
                    checkPivot(d, A.get(i, i), i, mistake);
                    L.set(i, i, Math.sqrt(d));
                }
            }
        }
        if (mistake == Mistake.IN_PLACE) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    L.set(i, j, 0.0);
                }
            }
        }
        return mistake == Mistake.UPPER_FACTOR ? L.transpose() : L;
    }

    /** Lᵢⱼ = (Aᵢⱼ − s) / Lⱼⱼ, or the mistake's version of it. */
    private static double offDiagonal(double aij, double s, double ljj, double lii, Mistake mistake) {
        return switch (mistake) {
            case DIVIDE_BY_LII -> (aij - s) / lii;
            case DIVIDE_BEFORE_SUBTRACT -> aij - s / ljj;
            default -> (aij - s) / ljj;
        };
    }

    /** Throws when the pivot d (of the diagonal entry aii) fails the mistake's test. */
    private static void checkPivot(double d, double aii, int i, Mistake mistake) {
        boolean refused = switch (mistake) {
            case NO_PIVOT_CHECK -> false;
            case ZERO_PIVOT_ACCEPTED -> d < 0;
            case ABSOLUTE_TOLERANCE -> d < 1e-8;
            case RELATIVE_TOLERANCE -> d < 1e-8 * aii;
            default -> !(d > 0);
        };
        if (refused) {
            throw new NotPositiveDefiniteException(i, d);
        }
    }

    private static void requirePositive(double d, int i) {
        if (!(d > 0)) {
            throw new NotPositiveDefiniteException(i, d);
        }
    }
}
