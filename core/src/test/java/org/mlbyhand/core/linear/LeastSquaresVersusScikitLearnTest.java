package org.mlbyhand.core.linear;

import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.CrossValidation;
import org.mlbyhand.core.metrics.RegressionMetrics;

/**
 * OLS, Ridge and cross-validated Ridge scores against scikit-learn 1.2 (golden files made by
 * tools/parity/make_golden.py: LinearRegression(), Ridge(alpha, solver='svd'), cross_val_score with
 * KFold(5)). Same definitions on both sides, no mapping: scikit-learn's Ridge objective is ours.
 */
@ExtendWith(Parity.class)
class LeastSquaresVersusScikitLearnTest {
    @Test
    void ordinaryLeastSquaresMatchesScikitLearnWithBothSolvers() {
        for (Golden c : Golden.load("linear_regression.json").objects("cases")) {
            for (LinearRegression.Solver solver : LinearRegression.Solver.values()) {
                LinearModel m = new LinearRegression().withFitIntercept(c.bool("fit_intercept")).withSolver(solver)
                        .fit(c.matrix("X"), c.vector("y"));
                String what = c.string("name") + " (" + solver + ")";
                assertClose("OLS", "coefficients", what + " coef", c.vector("coef"), m.coef(), Tolerances.SKLEARN_LEAST_SQUARES);
                assertClose("OLS", "intercept", what + " intercept", c.number("intercept"), m.intercept(), Tolerances.SKLEARN_LEAST_SQUARES);
                assertClose("OLS", "R²", what + " R²", c.number("r2"),
                        RegressionMetrics.r2Score(c.vector("y"), m.predict(c.matrix("X"))), Tolerances.SKLEARN_LEAST_SQUARES);
            }
        }
    }

    @Test
    void ridgeMatchesScikitLearnAtEveryAlphaByFitAndByPath() {
        Golden g = Golden.load("ridge.json");
        Matrix X = g.matrix("X");
        double[] y = g.vector("y");
        double[] alphas = g.vector("alphas");
        double[][] coefs = g.vectors("coefs");
        double[] intercepts = g.vector("intercepts");
        List<LinearModel> path = new Ridge().path(X, y, alphas);
        for (int i = 0; i < alphas.length; i++) {
            LinearModel m = new Ridge(alphas[i]).fit(X, y);
            assertClose("Ridge", "coefficients", "coef at alpha " + alphas[i], coefs[i], m.coef(), Tolerances.SKLEARN_LEAST_SQUARES);
            assertClose("Ridge", "intercept", "intercept at alpha " + alphas[i], intercepts[i], m.intercept(), Tolerances.SKLEARN_LEAST_SQUARES);
            assertClose("Ridge path", "coefficients", "path coef at alpha " + alphas[i], coefs[i], path.get(i).coef(), Tolerances.SKLEARN_LEAST_SQUARES);
            assertClose("Ridge path", "intercept", "path intercept at alpha " + alphas[i], intercepts[i], path.get(i).intercept(), Tolerances.SKLEARN_LEAST_SQUARES);
        }
    }

    @Test
    void crossValidatedRidgeScoresMatchScikitLearnFoldByFold() {
        Golden g = Golden.load("ridge.json");
        Matrix X = g.matrix("X");
        double[] y = g.vector("y");
        Ridge ridge = new Ridge(g.number("cv_alpha"));
        var folds = KFold.folds(X.rows(), (int) g.number("cv_folds"));
        CrossValidation.FitPredict<double[], double[]> fitPredict = (Xtr, ytr, Xte) -> ridge.fit(Xtr, ytr).predict(Xte);
        assertClose("Ridge, 5-fold cross-validation", "R² per fold", "R² per fold", g.vector("cv_r2"),
                CrossValidation.crossValScore(ridge, X, y, folds, Scorer.predict(RegressionMetrics::r2Score)),
                Tolerances.SKLEARN_CROSS_VALIDATION);
        double[] mse = CrossValidation.crossValScore(X, y, folds, fitPredict, RegressionMetrics::meanSquaredError);
        double[] expected = g.vector("cv_mse");
        for (int i = 0; i < mse.length; i++) {   // MSEs are about 3000: compare relatively
            assertClose("Ridge, 5-fold cross-validation", "MSE per fold / expected", "MSE of fold " + i + " / expected", 1.0, mse[i] / expected[i], Tolerances.SKLEARN_CROSS_VALIDATION);
        }
    }
}
