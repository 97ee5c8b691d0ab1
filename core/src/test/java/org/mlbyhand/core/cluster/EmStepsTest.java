package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.golden.Close;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

class EmStepsTest {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    @Test
    void theWeightedLogDensityOfOneStandardGaussianIsTheTextbookFormula() {
        MixtureParameters theta = new MixtureParameters(new double[] {1.0}, Matrix.of(new double[][] {{1, 2}}),
                List.of(Matrix.identity(2)));
        Matrix W = EmSteps.weightedLogProb(Matrix.of(new double[][] {{1, 2}, {4, 6}}), theta);
        assertEquals(-LOG_2PI, W.get(0, 0), Tolerances.ROUNDING);
        assertEquals(-LOG_2PI - 0.5 * 25, W.get(1, 0), Tolerances.ROUNDING);
    }

    @Test
    void aFullCovarianceEntersThroughItsInverseAndDeterminant() {
        // Σ = [[4, 2], [2, 3]]: det 8, Σ⁻¹ = [[3, −2], [−2, 4]]/8; x − μ = (1, 1): (x − μ)ᵀΣ⁻¹(x − μ) = 3/8
        MixtureParameters theta = new MixtureParameters(new double[] {0.25, 0.75}, Matrix.of(new double[][] {{0, 0}, {5, 5}}),
                List.of(Matrix.of(new double[][] {{4, 2}, {2, 3}}), Matrix.identity(2)));
        double w = EmSteps.weightedLogProb(Matrix.of(new double[][] {{1, 1}}), theta).get(0, 0);
        assertEquals(Math.log(0.25) - 0.5 * (2 * LOG_2PI + Math.log(8) + 3.0 / 8), w, Tolerances.ROUNDING);
    }

    @Test
    void responsibilitiesSumToOneAndTheLowerBoundIsTheMeanLogLikelihood() {
        Matrix X = Blobs.of(1L, 40, 3, 2, 2.0);
        MixtureParameters theta = EmSteps.mStep(X, randomResponsibilities(40, 2, 5L), CovarianceType.FULL, 1e-6);
        EmSteps.EStep e = EmSteps.eStep(X, theta);
        Matrix R = e.responsibilities();
        double total = 0;
        for (int i = 0; i < 40; i++) {
            assertEquals(1.0, R.rowSums()[i], Tolerances.ROUNDING, "row " + i);
            total += Math.log(Math.exp(EmSteps.weightedLogProb(X, theta).get(i, 0)) + Math.exp(EmSteps.weightedLogProb(X, theta).get(i, 1)));
        }
        assertEquals(total / 40, e.lowerBound(), Tolerances.ROUNDING * Math.abs(total));
    }

    @Test
    void logSumExpKeepsTheResponsibilitiesOfAFarPointFromUnderflowing() {
        // x is 60 and 61 standard deviations from the means: each density is about e^(−1800) = 0 in double
        // precision, but the ratio is exactly e^(−(61² − 60²)/2) = e^(−60.5)
        MixtureParameters theta = new MixtureParameters(new double[] {0.5, 0.5}, Matrix.of(new double[][] {{0}, {1}}),
                List.of(Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{1}})));
        Matrix R = EmSteps.eStep(Matrix.of(new double[][] {{61}}), theta).responsibilities();
        assertTrue(Math.exp(EmSteps.weightedLogProb(Matrix.of(new double[][] {{61}}), theta).get(0, 1)) == 0.0, "the naive ratio would be 0/0");
        double expected = Math.exp(-60.5) / (1 + Math.exp(-60.5));
        assertEquals(1.0, R.get(0, 0) / expected, Tolerances.FAR_POINT_RELATIVE);
        assertEquals(1.0, R.get(0, 1), Tolerances.ROUNDING);
    }

    @Test
    void theMStepOfHardLabelsGivesEachClustersMeanAndScatter() {
        Matrix X = Matrix.of(new double[][] {{0, 0}, {2, 0}, {0, 2}, {2, 2}, {10, 10}, {12, 12}, {14, 20}});
        Matrix R = oneHot(new int[] {0, 0, 0, 0, 1, 1, 1}, 2);
        for (CovarianceType type : CovarianceType.values()) {
            MixtureParameters theta = EmSteps.mStep(X, R, type, 0.0);
            assertArrayEquals(new double[] {4.0 / 7, 3.0 / 7}, theta.weights(), Tolerances.ROUNDING);
            Close.assertClose(type + " means", Matrix.of(new double[][] {{1, 1}, {12, 14}}), theta.means(), Tolerances.ROUNDING);
            // cluster 1: deviations (−2, −4), (0, −2), (2, 6): variances 8/3 and 56/3, covariance 20/3
            Matrix expected = type == CovarianceType.FULL ? Matrix.of(new double[][] {{8.0 / 3, 20.0 / 3}, {20.0 / 3, 56.0 / 3}})
                    : type == CovarianceType.DIAG ? Matrix.diagonal(new double[] {8.0 / 3, 56.0 / 3}) : Matrix.identity(2).scale(32.0 / 3);
            Close.assertClose(type + " covariance 1", expected, theta.covariances().get(1), Tolerances.ROUNDING);
        }
    }

    @Test
    void regCovarIsAddedToEveryVariance() {
        Matrix X = Matrix.of(new double[][] {{0, 0}, {2, 2}, {5, 1}});
        Matrix R = oneHot(new int[] {0, 0, 0}, 1);
        Matrix plain = EmSteps.mStep(X, R, CovarianceType.FULL, 0.0).covariances().get(0);
        Matrix regular = EmSteps.mStep(X, R, CovarianceType.FULL, 0.5).covariances().get(0);
        Close.assertClose("Σ + 0.5·I", plain.plus(Matrix.identity(2).scale(0.5)), regular, Tolerances.ROUNDING);
    }

    @Test
    void withSmallEqualSphericalVariancesEmIsKMeans() {
        // the derivation in GaussianMixture's class comment, checked: π_j = 1/k, Σ_j = σ²I with σ² = 1e-4
        Matrix X = Blobs.of(3L, 60, 2, 3, 1.5);
        Matrix C = X.slice(0, 3, 0, 2);
        double s2 = 1e-4;
        MixtureParameters theta = new MixtureParameters(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, C,
                List.of(Matrix.identity(2).scale(s2), Matrix.identity(2).scale(s2), Matrix.identity(2).scale(s2)));
        EmSteps.EStep e = EmSteps.eStep(X, theta);
        int[] labels = Lloyd.assign(X, C);
        Close.assertClose("responsibilities = one-hot k-means labels", oneHot(labels, 3), e.responsibilities(), 1e-12);
        MixtureParameters next = EmSteps.mStep(X, e.responsibilities(), CovarianceType.SPHERICAL, 0.0);
        Close.assertClose("M step means = Lloyd update", Lloyd.update(X, labels, C), next.means(), 1e-10);
        double inertia = Lloyd.inertia(X, C, labels);
        // ℓ = n·log(1/k) − n·log(2πσ²) − inertia/(2σ²) exactly when the responsibilities are one-hot to rounding
        double expected = (60 * Math.log(1.0 / 3) - 60 * Math.log(2 * Math.PI * s2) - inertia / (2 * s2)) / 60;
        assertEquals(1.0, e.lowerBound() / expected, 1e-12);
    }

    static Matrix oneHot(int[] labels, int k) {
        Matrix R = Matrix.zeros(labels.length, k);
        for (int i = 0; i < labels.length; i++) {
            R.set(i, labels[i], 1.0);
        }
        return R;
    }

    static Matrix randomResponsibilities(int n, int k, long seed) {
        Rng rng = new Rng(seed);
        Matrix R = Matrix.zeros(n, k);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                R.set(i, j, rng.nextDouble() + 0.01);
                sum += R.get(i, j);
            }
            for (int j = 0; j < k; j++) {
                R.set(i, j, R.get(i, j) / sum);
            }
        }
        return R;
    }
}
