package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.AdjustedRand;

class GaussianMixtureTest {
    @TestFactory
    Stream<DynamicContainer> everyCovarianceTypeKeepsTheUnsupervisedContract() {
        return Stream.of(CovarianceType.values()).map(type -> UnsupervisedContract.clusterer("GaussianMixture (" + type + ")",
                () -> new GaussianMixture(3, 5L).withCovarianceType(type), Blobs::contract));
    }

    @Test
    void theLowerBoundNeverDecreasesFromOneIterationToTheNext() {
        Matrix X = Blobs.of(1L, 150, 2, 3, 4.0);
        for (CovarianceType type : CovarianceType.values()) {
            for (GaussianMixture.Init init : GaussianMixture.Init.values()) {
                double[] b = new GaussianMixture(3, 2L).withCovarianceType(type).withInit(init).withTol(1e-10).withMaxIter(200)
                        .fit(X).lowerBoundHistory();
                for (int t = 1; t < b.length; t++) {
                    assertTrue(b[t] >= b[t - 1] - Tolerances.ROUNDING * Math.abs(b[t]), type + ", " + init + ": b[" + t + "] = " + b[t]
                            + " < b[" + (t - 1) + "] = " + b[t - 1]);
                }
            }
        }
    }

    @Test
    void wellSeparatedGaussiansAreRecovered() {
        Matrix X = Blobs.of(2L, 300, 2, 3, 1.0);
        GaussianMixtureModel m = new GaussianMixture(3, 1L).fit(X);
        assertEquals(1.0, AdjustedRand.adjustedRandScore(Blobs.truth(300, 3), m.labels()));
        assertTrue(m.converged());
        for (double w : m.weights()) {
            assertEquals(1.0 / 3, w, 1e-6);
        }
        Matrix P = m.predictProba(X);
        for (double s : P.rowSums()) {
            assertEquals(1.0, s, Tolerances.ROUNDING);
        }
        assertArrayEquals(m.labels(), m.predict(X));
    }

    @Test
    void aGivenStartIsUsedAsIsAndTheCriteriaFollowTheirFormulas() {
        Matrix X = Blobs.of(3L, 90, 2, 2, 1.5);
        MixtureParameters theta0 = EmSteps.mStep(X, EmStepsTest.oneHot(Blobs.truth(90, 2), 2), CovarianceType.DIAG, 1e-6);
        GaussianMixtureModel fromParameters = new GaussianMixture(2, 1L).withCovarianceType(CovarianceType.DIAG)
                .withInitialParameters(theta0).fit(X);
        GaussianMixtureModel fromResponsibilities = new GaussianMixture(2, 99L).withCovarianceType(CovarianceType.DIAG)
                .withInitialResponsibilities(EmStepsTest.oneHot(Blobs.truth(90, 2), 2)).fit(X);
        assertEquals(fromParameters.means(), fromResponsibilities.means(), "the same θ0 either way, whatever the seed");
        double n = 90;
        double d = 2 * 2 + 2 * 2 + 1;                    // diagonal variances, means, one free weight
        assertEquals(-2 * n * fromParameters.score(X) + d * Math.log(n), fromParameters.bic(X), Tolerances.ROUNDING * 1e3);
        assertEquals(-2 * n * fromParameters.score(X) + 2 * d, fromParameters.aic(X), Tolerances.ROUNDING * 1e3);
        double mean = 0;
        for (double s : fromParameters.scoreSamples(X)) {
            mean += s / n;
        }
        assertEquals(mean, fromParameters.score(X), Tolerances.ROUNDING);
    }

    @Test
    void aCollapsedComponentWithoutRegularisationIsReportedWithTheFix() {
        // two exact copies of one point form their own component: its covariance is 0
        Matrix X = Matrix.of(new double[][] {{0, 0}, {0, 0}, {5, 5}, {6, 5}, {5, 7}, {7, 6}});
        Matrix R0 = EmStepsTest.oneHot(new int[] {0, 0, 1, 1, 1, 1}, 2);
        LloydTest.assertMessage(IllegalArgumentException.class,
                () -> new GaussianMixture(2, 1L).withRegCovar(0).withInitialResponsibilities(R0).fit(X),
                "covariance 0 is not positive definite");
        GaussianMixtureModel m = new GaussianMixture(2, 1L).withInitialResponsibilities(R0).fit(X);
        assertEquals(1e-6, m.covariances().get(0).get(0, 0), 1e-12, "regCovar keeps it a valid (tiny) Gaussian");
    }

    @Test
    void badInputIsRejectedWithAMessageNamingIt() {
        Matrix X = Blobs.of(4L, 6, 2, 2, 1.0);
        LloydTest.assertMessage(IllegalArgumentException.class, () -> new GaussianMixture(7, 1L).fit(X),
                "GaussianMixture.fit: X is 6×2, fewer rows than nComponents = 7");
        LloydTest.assertMessage(ShapeMismatchException.class,
                () -> new GaussianMixture(2, 1L).withInitialResponsibilities(Matrix.zeros(5, 2)).fit(X), "X is 6×2, R is 5×2");
        MixtureParameters full = new MixtureParameters(new double[] {0.5, 0.5}, Matrix.zeros(2, 2),
                List.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}), Matrix.identity(2)));
        LloydTest.assertMessage(IllegalArgumentException.class,
                () -> new GaussianMixture(2, 1L).withCovarianceType(CovarianceType.DIAG).withInitialParameters(full).fit(X),
                "covariance 0 has entry [0][1] = 1.0, not the shape of a DIAG covariance");
        LloydTest.assertMessage(IllegalArgumentException.class, () -> new MixtureParameters(new double[] {0.5, 0.6}, Matrix.zeros(2, 2),
                List.of(Matrix.identity(2), Matrix.identity(2))), "the weights sum to 1.1");
    }
}
