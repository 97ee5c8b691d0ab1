package org.mlbyhand.core.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.golden.Close;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class PcaTest {
    /** Gaussian n×p data with column f scaled by 2^(p−f): well separated variances, n ≥ p or n &lt; p. */
    private static final CaseGen DATA = CaseGen.create().dim("n", 3, 30).dim("p", 1, 8).matrix("Z", "n", "p");

    @TestFactory
    Stream<DynamicContainer> everySolverAndOptionKeepsTheTransformerContract() {
        return Stream.of(
                UnsupervisedContract.transformer("Pca (FULL)", Pca::new, PcaTest::contract),
                UnsupervisedContract.transformer("Pca (COVARIANCE_EIGH)", () -> new Pca().withSolver(Pca.Solver.COVARIANCE_EIGH), PcaTest::contract),
                UnsupervisedContract.transformer("Pca (2 components, whitened)", () -> new Pca(2).withWhiten(true), PcaTest::contract),
                UnsupervisedContract.transformer("Pca (variance fraction 0.9, COVARIANCE_EIGH)",
                        () -> new Pca().withVarianceFraction(0.9).withSolver(Pca.Solver.COVARIANCE_EIGH), PcaTest::contract));
    }

    @Test
    void theCovarianceEigendecompositionAndTheSvdGiveTheSamePca() {
        Property.forAll(DATA, 51, 300, c -> {
            Matrix X = scaled(c.matrix("Z"));
            int r = Math.min(X.rows() - 1, X.cols());                        // the axes of nonzero variance
            PcaModel svd = new Pca(r).fit(X);
            PcaModel eig = new Pca(r).withSolver(Pca.Solver.COVARIANCE_EIGH).fit(X);
            double scale = svd.explainedVariance()[0];
            Close.assertClose("components", svd.components(), eig.components(), Tolerances.SOLVERS_AGREE);
            Close.assertClose("explained variance / λ₀", Vectors.scale(1 / scale, svd.explainedVariance()),
                    Vectors.scale(1 / scale, eig.explainedVariance()), Tolerances.SOLVERS_AGREE);
            Close.assertClose("explained variance ratio", svd.explainedVarianceRatio(), eig.explainedVarianceRatio(), Tolerances.SOLVERS_AGREE);
        });
    }

    @Test
    void explainedVariancesSumToTheTotalVarianceAndTheComponentsAreOrthonormal() {
        Property.forAll(DATA, 52, 200, c -> {
            Matrix X = scaled(c.matrix("Z"));
            PcaModel m = new Pca().fit(X);
            double total = 0;
            for (int f = 0; f < X.cols(); f++) {
                total += variance(X.column(f));
            }
            double sum = 0;
            double ratios = 0;
            for (int j = 0; j < m.nComponents(); j++) {
                sum += m.explainedVariance()[j];
                ratios += m.explainedVarianceRatio()[j];
                assertEquals(m.singularValues()[j] * m.singularValues()[j] / (X.rows() - 1), m.explainedVariance()[j],
                        Tolerances.ROUNDING * total);
            }
            assertEquals(1.0, sum / total, Tolerances.ROUNDING);
            assertEquals(1.0, ratios, Tolerances.ROUNDING);
            Matrix W = m.components();
            Close.assertClose("W·Wᵀ", Matrix.identity(W.rows()), W.multiply(W.transpose()), Tolerances.ROUNDING);
        });
    }

    @Test
    void eachComponentIsSignedSoThatItsLargestTrainingScoreIsPositive() {
        Property.forAll(DATA, 53, 200, c -> {
            Matrix X = scaled(c.matrix("Z"));
            for (Pca.Solver solver : Pca.Solver.values()) {
                PcaModel m = new Pca(Math.min(X.rows() - 1, X.cols())).withSolver(solver).fit(X);
                Matrix S = m.transform(X);
                for (int j = 0; j < S.cols(); j++) {
                    double largest = 0;
                    for (int i = 0; i < S.rows(); i++) {
                        largest = Math.abs(S.get(i, j)) > Math.abs(largest) ? S.get(i, j) : largest;
                    }
                    assertTrue(largest > 0, solver + ": component " + j + "'s largest score is " + largest);
                }
            }
        });
    }

    @Test
    void reconstructionFromQComponentsLeavesExactlyTheDiscardedVariance() {
        // Eckart–Young: ‖Xc − X̂c‖_F² = Σ_{j ≥ q} σ_j², and with every component the reconstruction is X
        Matrix X = scaled(RandomMatrices.gaussian(new Rng(3L), 40, 6));
        PcaModel all = new Pca().fit(X);
        Close.assertClose("inverseTransform(transform(X))", X, all.inverseTransform(all.transform(X)), Tolerances.ROUNDING * X.maxAbs());
        double[] sigma = all.singularValues();
        for (int q = 1; q < 6; q++) {
            PcaModel m = new Pca(q).fit(X);
            double residual = Math.pow(X.minus(m.inverseTransform(m.transform(X))).frobeniusNorm(), 2);
            double discarded = 0;
            for (int j = q; j < 6; j++) {
                discarded += sigma[j] * sigma[j];
            }
            assertEquals(1.0, residual / discarded, 1e-10, "q = " + q);
            assertEquals(discarded / (X.rows() - 1) / (6 - q), m.noiseVariance(), Tolerances.ROUNDING * sigma[0] * sigma[0]);
        }
    }

    @Test
    void aVarianceFractionKeepsTheFewestComponentsThatExceedIt() {
        // rows ±a·e₀, ±b·e₁, ±c·e₂ with a² : b² : c² = 5 : 3 : 2: explained-variance ratios 0.5, 0.3, 0.2
        double a = Math.sqrt(5);
        double b = Math.sqrt(3);
        double cc = Math.sqrt(2);
        Matrix X = Matrix.of(new double[][] {{a, 0, 0}, {-a, 0, 0}, {0, b, 0}, {0, -b, 0}, {0, 0, cc}, {0, 0, -cc}});
        assertArrayEquals(new double[] {0.5, 0.3, 0.2}, new Pca().fit(X).explainedVarianceRatio(), Tolerances.ROUNDING);
        assertEquals(1, new Pca().withVarianceFraction(0.49).fit(X).nComponents());
        assertEquals(2, new Pca().withVarianceFraction(0.51).fit(X).nComponents());
        assertEquals(2, new Pca().withVarianceFraction(0.79).fit(X).nComponents());
        assertEquals(3, new Pca().withVarianceFraction(0.81).fit(X).nComponents());
    }

    @Test
    void whitenedTrainingScoresHaveUnitVariance() {
        Matrix X = scaled(RandomMatrices.gaussian(new Rng(4L), 50, 5));
        for (Pca.Solver solver : Pca.Solver.values()) {
            PcaModel m = new Pca(3).withWhiten(true).withSolver(solver).fit(X);
            Matrix Z = m.transform(X);
            for (int j = 0; j < 3; j++) {
                assertEquals(1.0, variance(Z.column(j)), Tolerances.ROUNDING, solver + ": component " + j);
            }
            Close.assertClose(solver + ": whitened reconstruction", new Pca(3).fit(X).inverseTransform(new Pca(3).fit(X).transform(X)),
                    m.inverseTransform(Z), Tolerances.ROUNDING * X.maxAbs());
        }
    }

    @Test
    void badInputIsRejectedWithAMessageNamingIt() {
        Matrix X = RandomMatrices.gaussian(new Rng(5L), 4, 6);
        assertMessage(() -> new Pca(5).fit(X), "Pca.fit: nComponents = 5 exceeds min(n, p) = 4 (X is 4×6)");
        assertMessage(() -> new Pca(0), "nComponents must be ≥ 1, got 0");
        assertMessage(() -> new Pca().withVarianceFraction(1.0), "the variance fraction must be in (0, 1), got 1.0");
        assertMessage(() -> new Pca().fit(Matrix.zeros(1, 3)), "X is 1×3; the variance needs at least two rows");
        Matrix nan = X.copy();
        nan.set(2, 4, Double.NaN);
        assertMessage(() -> new Pca().fit(nan), "Pca.fit: X[2][4] is NaN");
        // rank 1: the second component has zero variance, and whitening would divide by it
        Matrix rankOne = Matrix.of(new double[][] {{1, 2}, {2, 4}, {3, 6}});
        assertMessage(() -> new Pca(2).withWhiten(true).fit(rankOne), "whiten divides by √(explained variance), and component 1 has variance 0");
        assertMessage(() -> new Pca().withVarianceFraction(0.5).fit(Matrix.filled(3, 2, 7.0)), "X has zero variance");
        assertEquals(1, new Pca(1).withWhiten(true).fit(rankOne).nComponents(), "one component of rank-1 data whitens fine");
    }

    private static void assertMessage(Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }

    /** Column f scaled by 2^(p−f), shifted by f. */
    private static Matrix scaled(Matrix Z) {
        Matrix X = Z.copy();
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < X.cols(); f++) {
                X.set(i, f, Z.get(i, f) * Math.pow(2, X.cols() - f) + f);
            }
        }
        return X;
    }

    /** Sample variance with the n − 1 denominator. */
    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }

    private static Dataset<double[]> contract(long seed) {
        return new Dataset<>(scaled(RandomMatrices.gaussian(new Rng(seed), 15, 4)), null);
    }
}
