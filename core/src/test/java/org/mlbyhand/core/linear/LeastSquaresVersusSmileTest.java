package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;
import smile.data.DataFrame;

/**
 * OLS, Ridge, LASSO and ElasticNet against Smile 3.1.1 on the diabetes data (the inputs of
 * golden/ridge.json), each test naming the mapping of Smile's definition onto ours. Smile standardizes
 * X by the population standard deviation for its penalized models; so does {@link StandardScaler}.
 * Coefficients and intercept are compared relative to the largest coefficient.
 */
class LeastSquaresVersusSmileTest {
    private static final Golden DIABETES = Golden.load("ridge.json");
    private static final Matrix X = DIABETES.matrix("X");
    private static final double[] Y = DIABETES.vector("y");
    private static final int N = X.rows();
    private static final DataFrame FRAME = Smile.frame(X, Y);
    private static final StandardScaler SCALER = StandardScaler.fit(X);
    private static final Matrix Z = SCALER.transform(X);

    @Test
    void olsIsPlainLeastSquares() {
        // Mapping: none. Smile's OLS (QR) minimises ‖y − Xw − b‖², as LinearRegression does.
        smile.regression.LinearModel theirs = smile.regression.OLS.fit(Smile.FORMULA, FRAME, "qr", false, false);
        LinearModel ours = new LinearRegression().fit(X, Y);
        double[] p = java.util.Arrays.copyOf(ours.coef(), 11);
        p[10] = ours.intercept();
        assertAgree("OLS", Smile.parameters(theirs), p, Tolerances.SMILE_LEAST_SQUARES);
    }

    @Test
    void smileRidgeIsOurRidgeOnStandardizedFeatures() {
        // Mapping: Smile's RidgeRegression(λ) = Ridge(alpha = λ) on Z = (X − μ)/s, then wⱼ/sⱼ.
        for (double lambda : new double[] {0.1, 1.0, 10.0, 100.0}) {
            smile.regression.LinearModel theirs = smile.regression.RidgeRegression.fit(Smile.FORMULA, FRAME, lambda);
            double[] ours = Smile.unstandardize(new Ridge(lambda).fit(Z, Y), SCALER);
            assertAgree("Ridge at λ = " + lambda, Smile.parameters(theirs), ours, Tolerances.SMILE_LEAST_SQUARES);
        }
    }

    @Test
    void smileLassoIsOurLassoOnStandardizedFeaturesWithAlphaLambdaOverTwoN() {
        // Mapping: Smile's LASSO(λ) minimises ‖yc − Zw‖² + λ‖w‖₁ = 2n·[1/(2n)‖yc − Zw‖² + λ/(2n)‖w‖₁]:
        // Lasso(alpha = λ/(2n)) on Z, then wⱼ/sⱼ. Smile's tol (relative duality gap) = 1e-12.
        for (double lambda : new double[] {1.0, 10.0, 100.0, 1000.0}) {
            smile.regression.LinearModel theirs = smile.regression.LASSO.fit(Smile.FORMULA, FRAME, lambda, 1e-12, 100_000);
            LinearModel onZ = new Lasso(lambda / (2.0 * N)).withTol(1e-14).withMaxIter(1_000_000).fit(Z, Y);
            assertAgree("LASSO at λ = " + lambda, Smile.parameters(theirs), Smile.unstandardize(onZ, SCALER), Tolerances.SMILE_INTERIOR_POINT);
        }
    }

    @Test
    void smileElasticNetIsTheNaiveElasticNetOnStandardizedFeatures() {
        // Mapping: Smile's ElasticNet(λ₁, λ₂) minimises ‖yc − Zw‖² + λ₁‖w‖₁ + λ₂‖w‖² (no (1 + λ₂) rescaling):
        // λ₁ = 2nαρ and λ₂ = nα(1 − ρ), i.e. α = λ₁/(2n) + λ₂/n and ρ = λ₁/(2nα); then wⱼ/sⱼ.
        for (double[] l : new double[][] {{10, 5}, {100, 10}, {1, 100}}) {
            smile.regression.LinearModel theirs = smile.regression.ElasticNet.fit(Smile.FORMULA, FRAME, l[0], l[1], 1e-12, 100_000);
            double alpha = l[0] / (2.0 * N) + l[1] / N;
            double rho = l[0] / (2.0 * N * alpha);
            LinearModel onZ = new ElasticNet(alpha).withL1Ratio(rho).withTol(1e-14).withMaxIter(1_000_000).fit(Z, Y);
            assertAgree("ElasticNet at λ₁ = " + l[0] + ", λ₂ = " + l[1], Smile.parameters(theirs),
                    Smile.unstandardize(onZ, SCALER), Tolerances.SMILE_INTERIOR_POINT);
        }
    }

    private static void assertAgree(String what, double[] smile, double[] ours, double tol) {
        double d = Smile.relativeDifference(smile, ours);
        assertTrue(d <= tol, () -> what + ": relative difference " + d + " > " + tol + "\n  Smile " + java.util.Arrays.toString(smile)
                + "\n  ours  " + java.util.Arrays.toString(ours));
    }
}
