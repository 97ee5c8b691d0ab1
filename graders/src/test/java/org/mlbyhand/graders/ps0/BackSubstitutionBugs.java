package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in back substitution, each a complete implementation the grader must reject.
 * Order matters for hints: the top-to-bottom loop is listed before the loop that stops at i > 0,
 * since on a 2×2 system with b₀ = 0 both leave x₀ = 0.
 */
final class BackSubstitutionBugs {
    private BackSubstitutionBugs() {
    }

    private enum Mistake { NONE, NO_DIVISION, TOP_DOWN, SUM_OUTSIDE, FIRST_ROW_SKIPPED, NO_PIVOT_CHECK, NO_SHAPE_CHECK }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("pivot division missing or misplaced",
                    "xᵢ = (bᵢ − Σⱼ Uᵢⱼxⱼ) / Uᵢᵢ: the whole difference is divided by the pivot Uᵢᵢ."
                            + " Check that you divide at all, and that bᵢ − sum / U[i][i] is not what you wrote.",
                    (U, b) -> solve(U, b, Mistake.NO_DIVISION)),
            new Bug<>("rows solved top to bottom",
                    "row i needs xᵢ₊₁ … xₙ₋₁, the unknowns to the right of the diagonal, so they must already be"
                            + " known: start at the last row (i = n−1) and go down to i = 0, summing over j > i.",
                    (U, b) -> solve(U, b, Mistake.TOP_DOWN)),
            new Bug<>("sum not reset between rows",
                    "each row's sum must start at 0: declare it inside the loop over i, or row i also"
                            + " subtracts the terms of the rows below it.",
                    (U, b) -> solve(U, b, Mistake.SUM_OUTSIDE)),
            new Bug<>("loop stops at i > 0",
                    "the downward loop must run through i = 0 (i >= 0): with i > 0 the first entry of x is never"
                            + " computed and stays 0.",
                    (U, b) -> solve(U, b, Mistake.FIRST_ROW_SKIPPED)),
            new Bug<>("no zero-pivot check",
                    "when Uᵢᵢ is 0, dividing gives infinity or NaN. Test the pivot before dividing and throw"
                            + " new SingularMatrixException(\"singular: U\", i, U.get(i, i)).",
                    (U, b) -> solve(U, b, Mistake.NO_PIVOT_CHECK)),
            new Bug<>("no shape checks",
                    "check the shapes before the loops: U must be square and b must have U.rows() entries;"
                            + " otherwise throw a ShapeMismatchException naming both.",
                    (U, b) -> solve(U, b, Mistake.NO_SHAPE_CHECK)));

    private static double[] solve(Matrix U, double[] b, Mistake mistake) {
        if (mistake != Mistake.NO_SHAPE_CHECK && (!U.isSquare() || b.length != U.rows())) {
            throw new ShapeMismatchException("solve: U is " + U.shape() + ", b has length " + b.length);
        }
        int n = U.rows();
        double[] x = new double[n];
        double sum = 0.0;
        int last = mistake == Mistake.FIRST_ROW_SKIPPED ? 1 : 0;
        for (int step = 0; step < n - last; step++) {
            int i = mistake == Mistake.TOP_DOWN ? step : n - 1 - step;
            if (mistake != Mistake.SUM_OUTSIDE) {
                sum = 0.0;
            }
            for (int j = i + 1; j < n; j++) {
                sum += U.get(i, j) * x[j];
            }
            if (mistake != Mistake.NO_PIVOT_CHECK && U.get(i, i) == 0.0) {
                throw new SingularMatrixException("singular: U", i, U.get(i, i));
            }
            x[i] = mistake == Mistake.NO_DIVISION ? b[i] - sum : (b[i] - sum) / U.get(i, i);
        }
        return x;
    }
}
