package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/** Classic mistakes in forward substitution, each a complete implementation the grader must reject. */
final class ForwardSubstitutionBugs {
    private ForwardSubstitutionBugs() {
    }

    private enum Mistake { NONE, NO_DIVISION, SUM_FROM_ONE, SUM_OUTSIDE, LAST_ROW_SKIPPED, NO_PIVOT_CHECK, NO_SHAPE_CHECK }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("pivot division missing or misplaced",
                    "xᵢ = (bᵢ − Σⱼ Lᵢⱼxⱼ) / Lᵢᵢ: the whole difference is divided by the pivot Lᵢᵢ."
                            + " Check that you divide at all, and that bᵢ − sum / L[i][i] is not what you wrote.",
                    (L, b) -> solve(L, b, Mistake.NO_DIVISION)),
            new Bug<>("inner sum starts at j = 1",
                    "the sum Σⱼ Lᵢⱼxⱼ runs over j = 0, 1, …, i−1: starting at j = 1 drops the term Lᵢ₀x₀,"
                            + " which every row below the first has.",
                    (L, b) -> solve(L, b, Mistake.SUM_FROM_ONE)),
            new Bug<>("sum not reset between rows",
                    "each row's sum must start at 0: declare it inside the loop over i, or row i also"
                            + " subtracts the terms of the rows above it.",
                    (L, b) -> solve(L, b, Mistake.SUM_OUTSIDE)),
            new Bug<>("last unknown never computed",
                    "the loop over i must run through i = n−1: with i < n − 1 the last entry of x stays 0.",
                    (L, b) -> solve(L, b, Mistake.LAST_ROW_SKIPPED)),
            new Bug<>("no zero-pivot check",
                    "when Lᵢᵢ is 0, dividing gives infinity or NaN. Test the pivot before dividing and throw"
                            + " new SingularMatrixException(\"singular: L\", i, L.get(i, i)).",
                    (L, b) -> solve(L, b, Mistake.NO_PIVOT_CHECK)),
            new Bug<>("no shape checks",
                    "check the shapes before the loops: L must be square and b must have L.rows() entries;"
                            + " otherwise throw a ShapeMismatchException naming both.",
                    (L, b) -> solve(L, b, Mistake.NO_SHAPE_CHECK)));

    private static double[] solve(Matrix L, double[] b, Mistake mistake) {
        if (mistake != Mistake.NO_SHAPE_CHECK && (!L.isSquare() || b.length != L.rows())) {
            throw new ShapeMismatchException("solve: L is " + L.shape() + ", b has length " + b.length);
        }
        int n = L.rows();
        double[] x = new double[n];
        double sum = 0.0;
        int rows = mistake == Mistake.LAST_ROW_SKIPPED ? n - 1 : n;
        for (int i = 0; i < rows; i++) {
            if (mistake != Mistake.SUM_OUTSIDE) {
                sum = 0.0;
            }
            for (int j = mistake == Mistake.SUM_FROM_ONE ? 1 : 0; j < i; j++) {
                sum += L.get(i, j) * x[j];
            }
            if (mistake != Mistake.NO_PIVOT_CHECK && L.get(i, i) == 0.0) {
                throw new SingularMatrixException("singular: L", i, L.get(i, i));
            }
            x[i] = mistake == Mistake.NO_DIVISION ? b[i] - sum : (b[i] - sum) / L.get(i, i);
        }
        return x;
    }
}
