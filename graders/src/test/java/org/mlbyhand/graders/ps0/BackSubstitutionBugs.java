package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.graders.ps0.Substitution.Slip;

/**
 * Classic mistakes in back substitution, each a complete implementation the grader must reject: the
 * row-by-row loop of {@link Substitution#rows} with one slip.
 */
final class BackSubstitutionBugs {
    private BackSubstitutionBugs() {
    }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("pivot division missing or misplaced",
                    "xᵢ = (bᵢ − Σⱼ Uᵢⱼxⱼ) / Uᵢᵢ: the whole difference is divided by the pivot Uᵢᵢ."
                            + " Check that you divide at all, and that bᵢ − sum / U[i][i] is not what you wrote.",
                    (U, b) -> solve(U, b, Slip.NO_DIVISION)),
            new Bug<>("rows solved top to bottom",
                    "row i needs xᵢ₊₁ … xₙ₋₁, the unknowns to the right of the diagonal, so they must already be"
                            + " known: start at the last row (i = n−1) and go down to i = 0, summing over j > i.",
                    (U, b) -> solve(U, b, Slip.WRONG_DIRECTION)),
            new Bug<>("sum not reset between rows",
                    "each row's sum must start at 0: declare it inside the loop over i, or row i also"
                            + " subtracts the terms of the rows below it.",
                    (U, b) -> solve(U, b, Slip.SUM_NOT_RESET)),
            new Bug<>("loop stops at i > 0",
                    "the downward loop must run through i = 0 (i >= 0): with i > 0 the first entry of x is never"
                            + " computed and stays 0.",
                    (U, b) -> solve(U, b, Slip.LAST_STEP_SKIPPED)),
            new Bug<>("x computed inside b",
                    "your x is right, but you overwrote the caller's b to get it. Write x into a new"
                            + " double[n] (or into b.clone()): the arguments must come back unchanged.",
                    (U, b) -> solve(U, b, Slip.IN_PLACE)),
            new Bug<>("negative pivot rejected",
                    "a triangular system is singular only when a pivot is 0: a negative Uᵢᵢ divides as well as a"
                            + " positive one. Test U[i][i] == 0, not <= 0.",
                    (U, b) -> solve(U, b, Slip.NEGATIVE_PIVOT_REJECTED)),
            new Bug<>("pivot compared with a tolerance",
                    "your code refused a solvable system: its pivots are tiny, but not 0. Multiplying U and b by"
                            + " 10⁻¹² changes no xᵢ, so no fixed threshold is right; the stub asks to throw only"
                            + " when a pivot is exactly 0.",
                    (U, b) -> solve(U, b, Slip.PIVOT_TOLERANCE)),
            new Bug<>("no zero-pivot check",
                    "when Uᵢᵢ is 0, dividing gives infinity or NaN. Test the pivot before dividing and throw"
                            + " new SingularMatrixException(\"singular: U\", i, U.get(i, i)).",
                    (U, b) -> solve(U, b, Slip.NO_PIVOT_CHECK)),
            new Bug<>("no shape checks",
                    "check the shapes before the loops: U must be square and b must have U.rows() entries;"
                            + " otherwise throw a ShapeMismatchException naming both.",
                    (U, b) -> solve(U, b, Slip.NO_SHAPE_CHECK)));

    private static double[] solve(Matrix U, double[] b, Slip slip) {
        return Substitution.rows("U", U, b, false, slip);
    }
}
