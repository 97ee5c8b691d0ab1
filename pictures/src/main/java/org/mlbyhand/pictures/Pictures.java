package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.GradientDescentRegressor;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.linear.LinearRegression;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.Tree;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.Diabetes;
import org.mlbyhand.datasets.Faces;
import org.mlbyhand.datasets.synthetic.Moons;

/**
 * Draws pictures of the learner's own models under {@code target/pictures/} (or the folder given):
 * <ul>
 *   <li>{@code ps1-logistic-moons.png}: your logistic regression by gradient descent (ps1
 *       logistic-gd) on 200 seeded moons, its P(y = 1 | x) and its linear boundary;</li>
 *   <li>{@code ps1-gd-loss.png}: how far the training MSE of your gradient descent (ps1 gd) on the
 *       standardized diabetes data is above the least-squares optimum after 1, 2, 5, … 2000 steps:
 *       on these logarithmic axes, a constant factor per step shows as a straight fall.</li>
 *   <li>{@code ps2-tree-moons.png}: a depth-4 decision tree's partition of the moons into boxes;</li>
 *   <li>{@code ps3-eigenfaces.png}: the mean face, the first 16 principal components of 100 LFW faces,
 *       and four faces rebuilt from 5, 20 and 50 components.</li>
 * </ul>
 * Where an exercise is not solved yet, core's model is drawn and the picture says so. Run it with
 * {@code ./pictures} from the repository root.
 */
public final class Pictures {
    private static final int[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000};

    private Pictures() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = args.length > 1 ? Path.of(args[1]) : repository.resolve("target/pictures");
        for (Path written : draw(repository, out)) {
            System.out.println("wrote " + written);
        }
    }

    /** Draws every picture into {@code out} and returns the files written. */
    static List<Path> draw(Path repository, Path out) throws IOException {
        Files.createDirectories(out);
        LearnerCode learner = LearnerCode.in(repository);
        List<Path> written = new ArrayList<>();
        written.add(logisticOnMoons(learner, out.resolve("ps1-logistic-moons.png")));
        written.add(gradientDescentLoss(learner, out.resolve("ps1-gd-loss.png")));
        written.add(treeOnMoons(out.resolve("ps2-tree-moons.png")));
        written.add(eigenfaces(out.resolve("ps3-eigenfaces.png")));
        return written;
    }

    private static Path logisticOnMoons(LearnerCode learner, Path file) throws IOException {
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
        String model = String.format(java.util.Locale.ROOT, "P(y = 1 | x) = σ(%.3f·x₁ %s %.3f·x₂ %s %.3f):"
                        + " %d steps, η = 1/L = %.3g, C = %s", w[0], w[1] < 0 ? "−" : "+",
                Math.abs(w[1]), theta.b() < 0 ? "−" : "+", Math.abs(theta.b()), steps, eta, C);
        DecisionBoundary.write(file, whose, yours.isPresent() ? List.of(model)
                        : List.of("your ps1 logistic-gd is not solved yet: this is core's, for comparison", model),
                X, y, (x1, x2) -> Activations.sigmoid(w[0] * x1 + w[1] * x2 + theta.b()));
        return file;
    }

    private static Path gradientDescentLoss(LearnerCode learner, Path file) throws IOException {
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

    private static Path treeOnMoons(Path file) throws IOException {
        Dataset moons = Moons.sample(200, 0.2, 7);
        Matrix X = moons.features();                                  // (200, 2)
        int[] y = moons.labels();
        int depth = 4;
        TreeArrays tree = new DecisionTreeClassifier().withMaxDepth(depth).fit(X, y).tree().arrays();
        DecisionBoundary.write(file, "A decision tree of depth " + depth + " on 200 moons: " + leaves(tree)
                        + " axis-aligned boxes", List.of("core's tree (gini); a box's shade is its share of class 1"),
                X, y, (x1, x2) -> {
                    int leaf = tree.apply(Matrix.of(new double[][] {{x1, x2}}))[0];
                    return tree.value().get(leaf, 1) / (tree.value().get(leaf, 0) + tree.value().get(leaf, 1));
                });
        return file;
    }

    private static int leaves(TreeArrays tree) {
        int n = 0;
        for (int left : tree.childrenLeft()) {
            n += left == Tree.TREE_LEAF ? 1 : 0;
        }
        return n;
    }

    private static Path eigenfaces(Path file) throws IOException {
        Matrix faces = Faces.faces();                                               // (100, 625)
        PcaModel pca = new Pca(50).fit(faces);
        Eigenfaces.write(file, "Eigenfaces of 100 LFW faces (25×25 pixels)", String.format(java.util.Locale.ROOT,
                "core's PCA: the first 50 components explain %.0f%% of the variance",
                100 * java.util.Arrays.stream(pca.explainedVarianceRatio()).sum()), faces, pca.mean(), pca.components());
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
