package org.mlbyhand.graders.ps3;

import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.cluster.CovarianceType;
import org.mlbyhand.core.cluster.EmSteps;
import org.mlbyhand.core.cluster.GaussianMixture;
import org.mlbyhand.core.cluster.GaussianMixtureModel;
import org.mlbyhand.core.cluster.KMeans;
import org.mlbyhand.core.cluster.MixtureParameters;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code MixtureMStep}: the weights, means and full covariances of a Gaussian mixture from
 * responsibilities, against core's {@link EmSteps#mStep} with {@link CovarianceType#FULL}, to
 * {@link Tolerance#ROUNDOFF} on the scale of the whole result. The learner returns core's
 * {@link MixtureParameters}; {@link #call} turns it into a {@link Mixture} record so that it leaves the
 * sandbox as data and is compared component by component. Random points are of unit scale (where the
 * one-pass and two-pass covariances agree to round-off) and random regCovar is at least
 * {@value #MIN_REG}, so that every covariance is positive definite whatever the responsibilities.
 */
public final class MixtureMStepGrader extends Grader<MixtureMStepGrader.MStep> {
    /** The smallest random regCovar. */
    static final double MIN_REG = 0.01;

    private static final CaseGen SOFT = CaseGen.create().dim("n", 1, 6).dim("p", 1, 3).dim("k", 1, 4)
            .matrix("X", "n", "p")
            .value("R", Matrix.class, List.of("n", "k"), (rng, s) -> MixtureInputs.responsibilities(rng, s[0], s[1]),
                    MixtureInputs::rowsSumToOne)
            .scalar("regCovar", MIN_REG, 0.5);
    private static final CaseGen HARD = CaseGen.create().dim("n", 1, 8).dim("p", 1, 3).dim("k", 1, 4)
            .matrix("X", "n", "p")
            .value("R", Matrix.class, List.of("n", "k"), (rng, s) -> MixtureInputs.hard(rng, s[0], s[1]),
                    MixtureInputs::oneHot)
            .scalar("regCovar", MIN_REG, 0.5);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface MStep {
        /** Returns the mixture's parameters estimated from points X (n×p) and responsibilities R (n×k). */
        MixtureParameters parameters(Matrix X, Matrix R, double regCovar);
    }

    @Override
    public Exercise exercise() {
        return exercise(70, "gmm-m-step", "Mixture M step", 15);
    }

    @Override
    public MStep reference() {
        return (X, R, reg) -> EmSteps.mStep(X, R, CovarianceType.FULL, reg);
    }

    @Override
    public List<Bug<MStep>> bugs() {
        return MixtureMStepBugs.ALL;
    }

    @Override
    public List<Alternative<MStep>> alternatives() {
        return MixtureMStepAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(EmSteps.class), Forbidden.type(GaussianMixture.class),
                Forbidden.type(GaussianMixtureModel.class), Forbidden.type(KMeans.class));
    }

    @Override
    public Object call(MStep step, Case c) {
        return Mixture.of(step.parameters(c.matrix("X"), c.matrix("R"), c.scalar("regCovar")));
    }

    @Override
    public String output() {
        return "θ";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper, hard responsibilities: X = [[0], [2], [9], [11]], R = [[1, 0], [1, 0], [0, 1],"
                                + " [0, 1]], regCovar = 0.25 give π = [0.5, 0.5], μ = [[1], [10]], Σ₀ = Σ₁ = [[1.25]]",
                        step(new double[][] {{0}, {2}, {9}, {11}}, new double[][] {{1, 0}, {1, 0}, {0, 1}, {0, 1}}, 0.25),
                        Tolerance.ROUNDOFF)
                .agrees("soft responsibilities: X = [[0], [2]], R = [[0.75, 0.25], [0.25, 0.75]], regCovar = 0.25 give"
                                + " π = [0.5, 0.5], μ = [[0.5], [1.5]], Σ₀ = Σ₁ = [[0.75·0.25 + 0.25·2.25 + 0.25]] = [[1]]",
                        step(new double[][] {{0}, {2}}, new double[][] {{0.75, 0.25}, {0.25, 0.75}}, 0.25),
                        Tolerance.ROUNDOFF)
                .agrees("regCovar on the diagonal only: X = [[0, 0], [2, 0], [0, 2], [2, 2]], one component, regCovar"
                                + " = 0.25 give μ = [[1, 1]], Σ = [[1.25, 0], [0, 1.25]]",
                        step(new double[][] {{0, 0}, {2, 0}, {0, 2}, {2, 2}}, new double[][] {{1}, {1}, {1}, {1}}, 0.25),
                        Tolerance.ROUNDOFF)
                .agrees("an empty component: X = [[0], [2]], R = [[1, 0], [1, 0]], regCovar = 0.25 give n = [2 + 10ε,"
                                + " 10ε], π ≈ [1, 0], μ = [[1], [0]], Σ₁ = [[0.25]]",
                        step(new double[][] {{0}, {2}}, new double[][] {{1, 0}, {1, 0}}, 0.25), Tolerance.ROUNDOFF)
                .agrees("one point: X = [[3, 4]], R = [[1]], regCovar = 0.25 give μ = [[3, 4]], Σ = 0.25·I",
                        step(new double[][] {{3, 4}}, new double[][] {{1}}, 0.25), Tolerance.ROUNDOFF)
                .agrees("a constant column: X = [[1, 5], [3, 5]], R = [[1], [1]], regCovar = 0.001 give"
                                + " Σ = [[1.001, 0], [0, 0.001]]",
                        step(new double[][] {{1, 5}, {3, 5}}, new double[][] {{1}, {1}}, 0.001), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random points and soft responsibilities", SOFT, Tolerance.ROUNDOFF)
                .agrees("matches the reference on random hard responsibilities, empty components included", HARD,
                        Tolerance.ROUNDOFF)
                .holds("the weights sum to 1 and each covariance is symmetric", SOFT, MixtureMStepGrader::wellFormed)
                .holds("with hard responsibilities, μ_j is the mean of cluster j and Σ_j its scatter/n_j + regCovar·I,"
                        + " as k-means would have it", HARD, MixtureMStepGrader::hardLimit)
                .rejects("rejects R with another number of rows: X is 2×1, R is 1×2",
                        step(new double[][] {{0}, {2}}, new double[][] {{0.5, 0.5}}, 0.25), ShapeMismatchException.class)
                .rejects("rejects a negative responsibility", step(new double[][] {{0}, {2}},
                        new double[][] {{1.5, -0.5}, {0.5, 0.5}}, 0.25), IllegalArgumentException.class)
                .rejects("rejects a negative regCovar", step(new double[][] {{0}, {2}},
                        new double[][] {{1, 0}, {0, 1}}, -0.1), IllegalArgumentException.class)
                .rejects("rejects a NaN in X", step(new double[][] {{0}, {Double.NaN}},
                        new double[][] {{1, 0}, {0, 1}}, 0.25), IllegalArgumentException.class);
    }

    private static void wellFormed(Case c, Invariant.Run run) {
        Mixture theta = (Mixture) run.on(c);
        int k = c.matrix("R").cols();
        int p = c.matrix("X").cols();
        Expect.that(theta.weights().length == k && theta.covariances().size() == k && theta.means().rows() == k
                && theta.means().cols() == p, "expected k = " + k + " weights, " + k + "×" + p + " means and " + k
                + " covariances.");
        double sum = 0.0;
        for (double w : theta.weights()) {
            sum += w;
        }
        Expect.that(Math.abs(sum - 1) <= Tolerance.ROUNDOFF.relative() * k, "the weights " + MatrixFormat.format(
                theta.weights()) + " sum to " + MatrixFormat.number(sum) + ", not 1.");
        for (int j = 0; j < k; j++) {
            Matrix S = theta.covariances().get(j);
            Expect.close("Σ" + j + "ᵀ", S, S.transpose(), Tolerance.ROUNDOFF);
        }
    }

    private static void hardLimit(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        Matrix R = c.matrix("R");
        double reg = c.scalar("regCovar");
        Mixture theta = (Mixture) run.on(c);
        int p = X.cols();
        for (int j = 0; j < R.cols(); j++) {
            int count = 0;
            double[] mean = new double[p];
            for (int i = 0; i < X.rows(); i++) {
                if (R.get(i, j) == 1.0) {
                    count++;
                    for (int f = 0; f < p; f++) {
                        mean[f] += X.get(i, f);
                    }
                }
            }
            if (count == 0) {
                continue;
            }
            Matrix S = Matrix.zeros(p, p);
            for (int f = 0; f < p; f++) {
                mean[f] /= count;
            }
            for (int i = 0; i < X.rows(); i++) {
                for (int a = 0; a < p && R.get(i, j) == 1.0; a++) {
                    for (int b = 0; b < p; b++) {
                        S.set(a, b, S.get(a, b) + (X.get(i, a) - mean[a]) * (X.get(i, b) - mean[b]) / count);
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                S.set(a, a, S.get(a, a) + reg);
            }
            Expect.close(String.format(Locale.ROOT, "μ%d (the mean of the %d points of cluster %d)", j, count, j), mean,
                    theta.means().row(j), Tolerance.ROUNDOFF);
            Expect.close("Σ" + j + " (the scatter of cluster " + j + " over its " + count + " points, + regCovar·I)", S,
                    theta.covariances().get(j), Tolerance.ROUNDOFF);
        }
    }

    private static Case step(double[][] X, double[][] R, double regCovar) {
        return Case.of("X", Matrix.of(X), "R", Matrix.of(R), "regCovar", regCovar);
    }
}
