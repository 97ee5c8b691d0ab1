package org.mlbyhand.graders.ps0;

import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Forward and back substitution written out several ways, for the bugs and the correct alternatives
 * of the forward and backward exercises, which differ only in the direction:
 * <pre>{@code
 *   forward (T = L, lower):  xᵢ = (bᵢ − Σⱼ Lᵢⱼ·xⱼ) / Lᵢᵢ    j < i,   i = 0, 1, …, n−1
 *   back    (T = U, upper):  xᵢ = (bᵢ − Σⱼ Uᵢⱼ·xⱼ) / Uᵢᵢ    j > i,   i = n−1, …, 1, 0
 * }</pre>
 * {@link #rows} is that loop with one classic slip; the others are correct reorganisations of it.
 * Every one checks the shapes first and throws {@link SingularMatrixException} before dividing by a
 * pivot that is exactly 0, as the stubs ask.
 */
final class Substitution {
    private Substitution() {
    }

    /** One mistake in the row-by-row loop. */
    enum Slip {
        /** xᵢ = bᵢ − Σ: the division by the pivot is missing. */
        NO_DIVISION,
        /** Rows taken in the wrong order: forward from the bottom, back from the top. */
        WRONG_DIRECTION,
        /** The sum skips its first term: j from 1 (forward) or from i + 2 (back). */
        SUM_FROM_ONE,
        /** The sum is declared once, outside the loop over rows. */
        SUM_NOT_RESET,
        /** The loop over rows stops one step early: the last row solved (forward), the first (back). */
        LAST_STEP_SKIPPED,
        /** No test of the pivot before dividing. */
        NO_PIVOT_CHECK,
        /** A negative pivot is rejected as well as a zero one. */
        NEGATIVE_PIVOT_REJECTED,
        /** A pivot below 1e-10 in magnitude is rejected as if it were 0. */
        PIVOT_TOLERANCE,
        /** No shape checks. */
        NO_SHAPE_CHECK,
        /** x is computed in b itself, which the caller sees change. */
        IN_PLACE
    }

    /**
     * Solves T·x = b row by row, with one slip.
     *
     * @param name  "L" or "U", for messages
     * @param lower true for forward substitution (T lower triangular), false for back substitution
     */
    static double[] rows(String name, Matrix T, double[] b, boolean lower, Slip slip) {
        if (slip != Slip.NO_SHAPE_CHECK) {
            ShapeChecks.triangularSystem(name, T, b);
        }
        int n = T.rows();
        double[] x = slip == Slip.IN_PLACE ? b : new double[n];
        boolean topDown = lower != (slip == Slip.WRONG_DIRECTION);
        int skip = slip == Slip.SUM_FROM_ONE ? 1 : 0;
        double sum = 0.0;
        for (int step = 0; step < (slip == Slip.LAST_STEP_SKIPPED ? n - 1 : n); step++) {
            int i = topDown ? step : n - 1 - step;
            if (slip != Slip.SUM_NOT_RESET) {
                sum = 0.0;
            }
            for (int j = lower ? skip : i + 1 + skip; j < (lower ? i : n); j++) {
                sum += T.get(i, j) * x[j];
            }
            double pivot = T.get(i, i);
            boolean singular = switch (slip) {
                case NO_PIVOT_CHECK -> false;
                case NEGATIVE_PIVOT_REJECTED -> pivot <= 0.0;
                case PIVOT_TOLERANCE -> Math.abs(pivot) < 1e-10;
                default -> pivot == 0.0;
            };
            if (singular) {
                throw new SingularMatrixException("singular: " + name, i, pivot);
            }
            x[i] = slip == Slip.NO_DIVISION ? b[i] - sum : (b[i] - sum) / pivot;
        }
        return x;
    }

    /**
     * Solves T·x = b by columns: once xⱼ is known, its multiples Tᵢⱼ·xⱼ are subtracted from every
     * remaining entry of (a copy of) b, so the sum of row i is complete when row i's turn comes.
     */
    static double[] columns(String name, Matrix T, double[] b, boolean lower) {
        ShapeChecks.triangularSystem(name, T, b);
        int n = T.rows();
        double[] r = b.clone();
        double[] x = new double[n];
        for (int step = 0; step < n; step++) {
            int j = lower ? step : n - 1 - step;
            x[j] = r[j] / nonZero(name, T, j);
            for (int i = lower ? j + 1 : 0; i < (lower ? n : j); i++) {
                r[i] -= T.get(i, j) * x[j];
            }
        }
        return x;
    }

    /** Solves T·x = b row by row, each sum added in reverse: j = i−1 … 0 (forward), j = n−1 … i+1 (back). */
    static double[] sumReversed(String name, Matrix T, double[] b, boolean lower) {
        ShapeChecks.triangularSystem(name, T, b);
        int n = T.rows();
        double[] x = new double[n];
        for (int step = 0; step < n; step++) {
            int i = lower ? step : n - 1 - step;
            double sum = 0.0;
            if (lower) {
                for (int j = i - 1; j >= 0; j--) {
                    sum += T.get(i, j) * x[j];
                }
            } else {
                for (int j = n - 1; j > i; j--) {
                    sum += T.get(i, j) * x[j];
                }
            }
            x[i] = (b[i] - sum) / nonZero(name, T, i);
        }
        return x;
    }

    /** Solves T·x = b row by row after dividing row i by its pivot: xᵢ = bᵢ/Tᵢᵢ − Σⱼ (Tᵢⱼ/Tᵢᵢ)·xⱼ. */
    static double[] divideFirst(String name, Matrix T, double[] b, boolean lower) {
        ShapeChecks.triangularSystem(name, T, b);
        int n = T.rows();
        double[] x = new double[n];
        for (int step = 0; step < n; step++) {
            int i = lower ? step : n - 1 - step;
            double pivot = nonZero(name, T, i);
            double xi = b[i] / pivot;
            for (int j = lower ? 0 : i + 1; j < (lower ? i : n); j++) {
                xi -= T.get(i, j) / pivot * x[j];
            }
            x[i] = xi;
        }
        return x;
    }

    /** Returns the pivot Tᵢᵢ, or throws when it is exactly 0. */
    private static double nonZero(String name, Matrix T, int i) {
        double pivot = T.get(i, i);
        if (pivot == 0.0) {
            throw new SingularMatrixException("singular: " + name, i, pivot);
        }
        return pivot;
    }
}
