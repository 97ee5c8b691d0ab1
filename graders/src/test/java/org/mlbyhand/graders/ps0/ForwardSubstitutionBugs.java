package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.graders.ps0.Substitution.Slip;

/**
 * Classic mistakes in forward substitution, each a complete implementation the grader must reject:
 * the row-by-row loop of {@link Substitution#rows} with one slip.
 */
final class ForwardSubstitutionBugs {
    private ForwardSubstitutionBugs() {
    }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("pivot division missing or misplaced",
                    "xᵢ = (bᵢ − Σⱼ Lᵢⱼxⱼ) / Lᵢᵢ: the whole difference is divided by the pivot Lᵢᵢ."
                            + " Check that you divide at all, and that bᵢ − sum / L[i][i] is not what you wrote.",
                    (L, b) -> solve(L, b, Slip.NO_DIVISION)),
            new Bug<>("rows solved bottom to top",
                    "row i needs x₀ … xᵢ₋₁, the unknowns to the left of the diagonal, so they must already be"
                            + " known: start at the top row (i = 0) and go down to i = n−1, summing over j < i.",
                    (L, b) -> solve(L, b, Slip.WRONG_DIRECTION)),
            new Bug<>("inner sum starts at j = 1",
                    "the sum Σⱼ Lᵢⱼxⱼ runs over j = 0, 1, …, i−1: starting at j = 1 drops the term Lᵢ₀x₀,"
                            + " which every row below the first has.",
                    (L, b) -> solve(L, b, Slip.SUM_FROM_ONE)),
            new Bug<>("sum not reset between rows",
                    "each row's sum must start at 0: declare it inside the loop over i, or row i also"
                            + " subtracts the terms of the rows above it.",
                    (L, b) -> solve(L, b, Slip.SUM_NOT_RESET)),
            new Bug<>("last unknown never computed",
                    "the loop over i must run through i = n−1: with i < n − 1 the last entry of x stays 0.",
                    (L, b) -> solve(L, b, Slip.LAST_STEP_SKIPPED)),
            new Bug<>("x computed inside b",
                    "your x is right, but you overwrote the caller's b to get it. Write x into a new"
                            + " double[n] (or into b.clone()): the arguments must come back unchanged.",
                    (L, b) -> solve(L, b, Slip.IN_PLACE)),
            new Bug<>("negative pivot rejected",
                    "a triangular system is singular only when a pivot is 0: a negative Lᵢᵢ divides as well as a"
                            + " positive one. Test L[i][i] == 0, not <= 0.",
                    (L, b) -> solve(L, b, Slip.NEGATIVE_PIVOT_REJECTED)),
            new Bug<>("pivot compared with a tolerance",
                    "your code refused a solvable system: its pivots are tiny, but not 0. Multiplying L and b by"
                            + " 10⁻¹² changes no xᵢ, so no fixed threshold is right; the stub asks to throw only"
                            + " when a pivot is exactly 0.",
                    (L, b) -> solve(L, b, Slip.PIVOT_TOLERANCE)),
            new Bug<>("no zero-pivot check",
                    "when Lᵢᵢ is 0, dividing gives infinity or NaN. Test the pivot before dividing and throw"
                            + " new SingularMatrixException(\"singular: L\", i, L.get(i, i)).",
                    (L, b) -> solve(L, b, Slip.NO_PIVOT_CHECK)),
            new Bug<>("no shape checks",
                    "check the shapes before the loops: L must be square and b must have L.rows() entries;"
                            + " otherwise throw a ShapeMismatchException naming both.",
                    (L, b) -> solve(L, b, Slip.NO_SHAPE_CHECK)));

    private static double[] solve(Matrix L, double[] b, Slip slip) {
        return Substitution.rows("L", L, b, true, slip);
    }
}
