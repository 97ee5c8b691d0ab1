package org.mlbyhand.core.decomposition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;

/**
 * PCA against Smile 3.1.1's {@code smile.feature.extraction.PCA.fit(double[][])}, on the standardized
 * wine and the digits of the golden files, both our solvers. Mapping: with n &gt; p Smile takes the SVD
 * of the centred data (native LAPACK) and reports {@code variance()} = σ_j² (the eigenvalues of XcᵀXc,
 * no division by n − 1) and {@code loadings()} = V, column j the j-th axis, signed as LAPACK leaves it.
 * So Smile's variance()[j] = (n − 1)·explainedVariance[j], its varianceProportion() our
 * explainedVarianceRatio, and its loadings' column j = ± our components' row j (the sign taken from the
 * entry of largest magnitude). Compared over the axes of nonzero, well-separated variance: all 13 on
 * wine, the first 21 on digits. Variances relative to the largest, components absolute.
 */
class PcaVersusSmileTest {
    @Test
    void smilesPcaIsOursUpToTheSignOfEachAxisAndTheFactorNMinusOne() {
        check("wine", Golden.load("pca_wine.json").matrix("X"), 13);
        check("digits", Golden.load("pca_digits.json").matrix("X"), 21);
    }

    private static void check(String data, Matrix X, int q) {
        smile.feature.extraction.PCA theirs = smile.feature.extraction.PCA.fit(X.toArray());
        double[] variance = theirs.variance();
        double[] proportion = theirs.varianceProportion();
        smile.math.matrix.Matrix loadings = theirs.loadings();
        for (Pca.Solver solver : Pca.Solver.values()) {
            PcaModel ours = new Pca(q).withSolver(solver).fit(X);
            String what = data + ", " + solver;
            double n1 = X.rows() - 1;
            for (int j = 0; j < q; j++) {
                double d = Math.abs(variance[j] - n1 * ours.explainedVariance()[j]) / variance[0];
                assertTrue(d <= Tolerances.SMILE_PCA, what + ": variance " + j + " differs by " + d + " relative");
                double r = Math.abs(proportion[j] - ours.explainedVarianceRatio()[j]);
                assertTrue(r <= Tolerances.SMILE_PCA, what + ": variance proportion " + j + " differs by " + r);
                double[] w = ours.components().row(j);
                int largest = 0;
                for (int f = 1; f < w.length; f++) {
                    largest = Math.abs(w[f]) > Math.abs(w[largest]) ? f : largest;
                }
                double sign = Math.signum(loadings.get(largest, j) * w[largest]);
                for (int f = 0; f < w.length; f++) {
                    double e = Math.abs(sign * loadings.get(f, j) - w[f]);
                    assertTrue(e <= Tolerances.SMILE_PCA, what + ": component " + j + " entry " + f + " differs by " + e);
                }
            }
        }
    }
}
