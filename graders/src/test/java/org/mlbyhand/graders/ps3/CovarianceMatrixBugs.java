package org.mlbyhand.graders.ps3;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the covariance matrix, each a complete implementation (with the reference's
 * checks) the grader must reject. On the grader's first case (answer [[4, 2], [2, 4]]) the divisor n,
 * the uncentred product, the row means, the grand mean and the n×n Gram matrix give five different
 * answers; the one-pass formula is exact there (small integers) and fails on the data far from the
 * origin, the second case.
 */
final class CovarianceMatrixBugs {
    private CovarianceMatrixBugs() {
    }

    private enum Mistake {
        DIVIDED_BY_N, NOT_CENTRED, ROW_MEANS, GRAND_MEAN, GRAM_OF_ROWS, ONE_PASS
    }

    static final List<Bug<UnaryOperator<Matrix>>> ALL = List.of(
            new Bug<>("divided by n instead of n − 1",
                    "the sample covariance divides by n − 1 (Bessel's correction, scikit-learn's and np.cov's choice):"
                            + " with n = 3 your entries are 2/3 of the right ones.",
                    X -> covariance(X, Mistake.DIVIDED_BY_N)),
            new Bug<>("not centred",
                    "XᵀX/(n − 1) measures spread around the origin, not around the mean: subtract each column's mean"
                            + " first, Xc = X − 1·x̄ᵀ, then C = XcᵀXc/(n − 1).",
                    X -> covariance(X, Mistake.NOT_CENTRED)),
            new Bug<>("each row centred on its own mean",
                    "centre each COLUMN (feature) on its mean over the n rows, x̄_a = (1/n)·Σᵢ X_ia, not each row on the"
                            + " mean of its p entries.",
                    X -> covariance(X, Mistake.ROW_MEANS)),
            new Bug<>("centred on the mean of all entries",
                    "each column has its own mean: subtract x̄_a from column a, not one mean of all n·p entries.",
                    X -> covariance(X, Mistake.GRAND_MEAN)),
            new Bug<>("XcXcᵀ, n×n",
                    "the covariance of the p columns is p×p: XcᵀXc (the sum over the rows i of Xc_ia·Xc_ib), not XcXcᵀ,"
                            + " the n×n matrix of products of rows.",
                    X -> covariance(X, Mistake.GRAM_OF_ROWS)),
            new Bug<>("one pass: (Σ xxᵀ − n·x̄x̄ᵀ)/(n − 1)",
                    "far from the origin the one-pass formula subtracts two nearly equal numbers of size 3·10¹⁶ and"
                            + " keeps only their rounding error. Centre first (Xc = X − 1·x̄ᵀ), then multiply: two passes.",
                    X -> covariance(X, Mistake.ONE_PASS)));

    private static Matrix covariance(Matrix X, Mistake mistake) {
        PcaInputs.data("covariance", X);
        int n = X.rows();
        int p = X.cols();
        double[] mean = X.columnMeans();
        if (mistake == Mistake.ONE_PASS) {
            Matrix C = Matrix.zeros(p, p);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    double s = 0.0;
                    for (int i = 0; i < n; i++) {
                        s += X.get(i, a) * X.get(i, b);
                    }
                    C.set(a, b, (s - n * mean[a] * mean[b]) / (n - 1));
                }
            }
            return C;
        }
        double grand = 0.0;
        for (double v : mean) {
            grand += v / p;
        }
        Matrix Xc = X.copy();
        for (int i = 0; i < n; i++) {
            double rowMean = 0.0;
            for (int f = 0; f < p; f++) {
                rowMean += X.get(i, f) / p;
            }
            for (int f = 0; f < p; f++) {
                double centre = switch (mistake) {
                    case NOT_CENTRED -> 0.0;
                    case ROW_MEANS -> rowMean;
                    case GRAND_MEAN -> grand;
                    default -> mean[f];
                };
                Xc.set(i, f, X.get(i, f) - centre);
            }
        }
        Matrix S = mistake == Mistake.GRAM_OF_ROWS ? Xc.multiply(Xc.transpose()) : Xc.transpose().multiply(Xc);
        return S.scale(1.0 / (mistake == Mistake.DIVIDED_BY_N ? n : n - 1));
    }
}
