package org.mlbyhand.core.linear;

import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Logistic regression against scikit-learn 1.2 (golden files from tools/parity/make_golden.py), same
 * objective on both sides, no mapping: binary on standardized breast cancer at C = 0.01, 1, 100
 * (LogisticRegression(solver='newton-cholesky', tol=1e-14)); multinomial on standardized iris at C = 1
 * and 100 (multi_class='multinomial', solver='sag', tol=1e-15). We fit with Newton, tol = 1e-12.
 */
@ExtendWith(Parity.class)
class LogisticVersusScikitLearnTest {
    @Test
    void binaryLogisticRegressionMatchesScikitLearnAtThreeValuesOfC() {
        Golden g = Golden.load("logistic_binary.json");
        Matrix X = g.matrix("X");
        int[] y = g.labels("y");
        for (Golden c : g.objects("cases")) {
            LogisticModel m = new LogisticRegression().withC(c.number("C")).withTol(Tolerances.TIGHT).fit(X, y);
            String at = " at C = " + c.number("C");
            assertClose("Binary logistic", "coefficients", "coef" + at, c.vector("coef"), m.coef(), Tolerances.SKLEARN_LOGISTIC);
            assertClose("Binary logistic", "intercept", "intercept" + at, c.number("intercept"), m.intercept(), Tolerances.SKLEARN_LOGISTIC);
            assertClose("Binary logistic", "P(y = 1)", "P(y = 1)" + at, c.vector("proba"), m.predictPositiveProba(X), Tolerances.SKLEARN_LOGISTIC);
        }
    }

    @Test
    void multinomialLogisticRegressionMatchesScikitLearnOnIris() {
        Golden g = Golden.load("logistic_multinomial.json");
        Matrix X = g.matrix("X");
        int[] y = g.labels("y");
        for (Golden c : g.objects("cases")) {
            SoftmaxModel m = new SoftmaxRegression().withC(c.number("C")).withTol(Tolerances.TIGHT).fit(X, y);
            String at = " at C = " + c.number("C");
            assertClose("Multinomial logistic", "coefficients", "coef" + at, c.matrix("coef"), m.coef(), Tolerances.SKLEARN_LOGISTIC);
            assertClose("Multinomial logistic", "intercept", "intercept" + at, c.vector("intercept"), m.intercept(), Tolerances.SKLEARN_LOGISTIC);
            assertClose("Multinomial logistic", "probabilities", "probabilities" + at, c.matrix("proba"), m.predictProba(X), Tolerances.SKLEARN_LOGISTIC);
        }
    }
}
