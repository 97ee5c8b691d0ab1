package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;

/**
 * {@code ps1-logistic-moons.png}: the learner's logistic regression by gradient descent (ps1
 * logistic-gd) on 200 seeded moons, its P(y = 1 | x) = σ(w·x + b) and its linear boundary w·x + b = 0.
 */
final class LogisticOnMoons {
    static final String FILE = "ps1-logistic-moons.png";

    private LogisticOnMoons() {
    }

    static Path draw(LearnerCode learner, Path out) throws IOException {
        Path file = out.resolve(FILE);
        Dataset moons = Moons.sample(200, 0.2, 7);
        Matrix X = moons.features();                                  // (200, 2)
        int[] y = moons.labels();
        double C = 1.0;
        double eta = 4.0 * X.rows() / (X.frobeniusNorm() * X.frobeniusNorm() + X.rows());   // 1/L
        int steps = 2000;
        var yours = learner.call("ps1.LogisticRegressionGradientDescent", "fit", LinearParameters.class,
                new Class<?>[] {Matrix.class, int[].class, double.class, double.class, int.class}, X, y, C, eta, steps);
        LinearParameters theta = yours.orElseGet(() -> new LogisticRegression().withC(C)
                .withSolver(LogisticRegression.Solver.GRADIENT_DESCENT).withLearningRate(eta).withMaxIter(steps)
                .withTol(0).fit(X, y).parameters());
        String whose = yours.isPresent() ? "Your logistic regression (ps1 logistic-gd) on 200 moons"
                : "Core's logistic regression on 200 moons";
        double[] w = theta.w();
        String model = String.format(Locale.ROOT, "P(y = 1 | x) = σ(%.3f·x₁ %s %.3f·x₂ %s %.3f):"
                        + " %d steps, η = 1/L = %.3g, C = %s", w[0], w[1] < 0 ? "−" : "+",
                Math.abs(w[1]), theta.b() < 0 ? "−" : "+", Math.abs(theta.b()), steps, eta, C);
        DecisionBoundary.write(file, whose, yours.isPresent() ? List.of(model)
                        : List.of("your ps1 logistic-gd is not solved yet: this is core's, for comparison", model),
                X, y, (x1, x2) -> Activations.sigmoid(w[0] * x1 + w[1] * x2 + theta.b()));
        return file;
    }
}
