package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/**
 * Logistic regression against Smile 3.1.1, each test naming its mapping. Smile's L-BFGS needs
 * {@code tol = 1e-12} and the JVM flag {@code -Dsmile.bfgs.epsilon=1e-14} (set for the tests in
 * core/pom.xml's reference profile) to get close to the optimum; see {@link Tolerances#SMILE_LBFGS}.
 */
class LogisticVersusSmileTest {
    @Test
    void smileBinomialIsOurLogisticRegressionWithCOneOverLambda() {
        // Mapping: Smile minimises Σ log-loss + λ/2‖w‖² (intercept unpenalized) = scikit-learn's with C = 1/λ.
        // Smile's coefficients() are (w, b), intercept last. Data: standardized breast cancer (golden/logistic_binary.json).
        Golden g = Golden.load("logistic_binary.json");
        Matrix X = g.matrix("X");
        int[] y = g.labels("y");
        for (double C : new double[] {0.01, 0.1, 1.0}) {
            smile.classification.LogisticRegression.Binomial theirs =
                    smile.classification.LogisticRegression.binomial(X.toArray(), y, 1.0 / C, 1e-12, 10_000);
            LogisticModel ours = new LogisticRegression().withC(C).withTol(Tolerances.TIGHT).fit(X, y);
            double[] p = java.util.Arrays.copyOf(ours.coef(), X.cols() + 1);
            p[X.cols()] = ours.intercept();
            double d = Smile.relativeDifference(theirs.coefficients(), p);
            assertTrue(d <= Tolerances.SMILE_LBFGS, "C = " + C + ": relative difference " + d);
        }
    }

    @Test
    void withoutPenaltySmileMultinomialIsOurSymmetricSoftmax() {
        // Mapping: Smile fixes the last class's scores at 0 and fits k − 1 weight vectors; with λ = 0 (C = +∞)
        // that is the same model, Smile's (W_c, b_c) = our (W_c − W_{k−1}, b_c − b_{k−1}). With a penalty the
        // objectives differ. Data: three overlapping Gaussian classes (not separable, so the optimum exists).
        Data.Problem d = Data.classes(7L, 300, 3, 3, 1.0);
        double[][] x = d.X().toArray();
        smile.classification.LogisticRegression.Multinomial theirs =
                smile.classification.LogisticRegression.multinomial(x, d.labels(), 0.0, 1e-12, 10_000);
        SoftmaxModel ours = new SoftmaxRegression().withC(Double.POSITIVE_INFINITY).withTol(Tolerances.TIGHT).fit(d.X(), d.labels());
        Matrix P = ours.predictProba(d.X());
        double[] posterior = new double[3];
        for (int i = 0; i < x.length; i++) {
            theirs.predict(x[i], posterior);
            assertClose("P(class | x) of row " + i, posterior, P.row(i), Tolerances.SMILE_MULTINOMIAL_PROBABILITY);
        }
        double[][] smileW = theirs.coefficients();     // (k − 1)×(p + 1): weights, then the intercept
        for (int c = 0; c < 2; c++) {
            double[] expected = Vectors.subtract(ours.coef().row(c), ours.coef().row(2));
            double[] w = java.util.Arrays.copyOf(smileW[c], 3);
            assertClose("W" + c + " − W2", expected, w, 1e-8);
            assertClose("b" + c + " − b2", ours.intercept()[c] - ours.intercept()[2], smileW[c][3], 1e-8);
        }
    }
}
