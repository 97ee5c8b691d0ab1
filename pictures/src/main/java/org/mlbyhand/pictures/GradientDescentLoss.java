package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.GradientDescentRegressor;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.linear.LinearRegression;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.Diabetes;

/**
 * {@code ps1-gd-loss.png}: how far the training MSE of the learner's gradient descent (ps1 gd) on the
 * standardized diabetes data is above the least-squares optimum after 1, 2, 5, … 2000 steps of
 * η = 1/L: on logarithmic axes, a constant factor per step shows as a straight fall.
 */
final class GradientDescentLoss {
    static final String FILE = "ps1-gd-loss.png";
    private static final int[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000};

    private GradientDescentLoss() {
    }

    static Path draw(LearnerCode learner, Path out) throws IOException {
        Path file = out.resolve(FILE);
        Dataset diabetes = Diabetes.load();
        Matrix X = StandardScaler.fit(diabetes.features()).transform(diabetes.features());   // (442, 10)
        double[] y = diabetes.targets();
        double eta = X.rows() / (2.0 * (X.frobeniusNorm() * X.frobeniusNorm() + X.rows()));  // 1/L
        double[] steps = new double[STEPS.length];
        double[] losses = new double[STEPS.length];
        boolean mine = true;
        for (int k = 0; k < STEPS.length; k++) {
            int t = STEPS[k];
            var yours = learner.call("ps1.LinearRegressionGradientDescent", "fit", LinearParameters.class,
                    new Class<?>[] {Matrix.class, double[].class, double.class, int.class}, X, y, eta, t);
            mine &= yours.isPresent();
            LinearParameters theta = yours.orElseGet(() -> new GradientDescentRegressor().withLearningRate(eta)
                    .withMaxIter(t).withTol(0).fit(X, y).parameters());
            steps[k] = t;
            losses[k] = Losses.mseLoss(y, predict(X, theta));
        }
        double optimum = Losses.mseLoss(y, new LinearRegression().fit(X, y).predict(X));
        for (int k = 0; k < losses.length; k++) {
            losses[k] = Math.max(losses[k] - optimum, 1e-12);
        }
        LossCurve.write(file, mine ? "Your gradient descent (ps1 gd) on diabetes, η = 1/L"
                        : "Core's gradient descent on diabetes (your ps1 gd is not solved yet)",
                mine ? "your gradient descent" : "core's gradient descent", steps, losses);
        return file;
    }

    private static double[] predict(Matrix X, LinearParameters theta) {
        double[] z = X.multiply(theta.w());
        for (int i = 0; i < z.length; i++) {
            z[i] += theta.b();
        }
        return z;
    }
}
