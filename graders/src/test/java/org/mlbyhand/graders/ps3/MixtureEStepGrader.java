package org.mlbyhand.graders.ps3;

import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.cluster.EmSteps;
import org.mlbyhand.core.cluster.GaussianMixture;
import org.mlbyhand.core.cluster.GaussianMixtureModel;
import org.mlbyhand.core.functions.Activations;
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
 * Grades {@code MixtureEStep}: the responsibilities of a Gaussian mixture with diagonal covariances,
 * against core's {@link EmSteps#eStep} on the same mixture (its covariances diag(σ²_j)), to
 * {@link Tolerance#ROUNDOFF}: r_ij = exp(w_ij − logsumexp) carries a rounding error of a few ε·|w_ij|,
 * and the random cases keep |w_ij| below about 200 (unit-scale points and means, variances in
 * [{@value #MIN_VARIANCE}, {@value #MAX_VARIANCE}]). The hand-picked far points, where |w| ≈ 800, are
 * where log-sum-exp matters; there the result is 0 or 1 to within 1e-16.
 */
public final class MixtureEStepGrader extends Grader<MixtureEStepGrader.EStep> {
    /** The smallest random variance. */
    static final double MIN_VARIANCE = 0.25;
    /** The largest random variance. */
    static final double MAX_VARIANCE = 4;
    /** Responsibilities below this are not compared in logs by the Bayes-ratio invariant. */
    static final double TINY = 1e-250;

    private static final CaseGen MIXTURES = CaseGen.create().dim("n", 1, 6).dim("p", 1, 3).dim("k", 1, 4)
            .matrix("X", "n", "p")
            .value("weights", double[].class, List.of("k"), (rng, s) -> MixtureInputs.weights(rng, s[0]),
                    MixtureInputs::validWeights)
            .matrix("means", "k", "p")
            .value("variances", Matrix.class, List.of("k", "p"),
                    (rng, s) -> MixtureInputs.uniform(rng, s[0], s[1], MIN_VARIANCE, MAX_VARIANCE), MixtureInputs::positive);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface EStep {
        /** Returns the n×k responsibilities of a diagonal Gaussian mixture for the rows of X. */
        Matrix responsibilities(Matrix X, double[] weights, Matrix means, Matrix variances);
    }

    @Override
    public Exercise exercise() {
        return exercise(60, "gmm-e-step", "Mixture E step, log-sum-exp", 15);
    }

    @Override
    public EStep reference() {
        return (X, w, M, V) -> EmSteps.eStep(X, MixtureInputs.diagonal(w, M, V)).responsibilities();
    }

    @Override
    public List<Bug<EStep>> bugs() {
        return MixtureEStepBugs.ALL;
    }

    @Override
    public List<Alternative<EStep>> alternatives() {
        return MixtureEStepAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(EmSteps.class), Forbidden.type(GaussianMixture.class),
                Forbidden.type(GaussianMixtureModel.class), Forbidden.method(Activations.class, "logSumExp"),
                Forbidden.method(Activations.class, "softmax"));
    }

    @Override
    public Object call(EStep step, Case c) {
        return step.responsibilities(c.matrix("X"), c.vector("weights"), c.matrix("means"), c.matrix("variances"));
    }

    @Override
    public String output() {
        return "R";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: x = [0], π = [0.25, 0.75], μ = [[0], [2]], σ² = [[1], [1]]: r₀ : r₁ = 0.25·e⁰ :"
                                + " 0.75·e⁻² = e²/3 : 1, so r = [0.711, 0.289]",
                        mixture(new double[][] {{0}}, new double[] {0.25, 0.75}, new double[][] {{0}, {2}},
                                new double[][] {{1}, {1}}), Tolerance.ROUNDOFF)
                .agrees("a wide component spreads thinly: x = [1], π = [0.5, 0.5], μ = [[0], [0]], σ² = [[1], [4]]:"
                                + " r₀ : r₁ = e^(−1/2) : ½·e^(−1/8), so r = [0.579, 0.421]",
                        mixture(new double[][] {{1}}, new double[] {0.5, 0.5}, new double[][] {{0}, {0}},
                                new double[][] {{1}, {4}}), Tolerance.ROUNDOFF)
                .agrees("a point far from both components: x = [40], π = [0.5, 0.5], μ = [[0], [1]], σ² = [[1], [1]];"
                                + " both densities underflow (e^(−800), e^(−760)), yet r = [e^(−39.5), 1] ≈ [7e-18, 1]",
                        mixture(new double[][] {{40}}, new double[] {0.5, 0.5}, new double[][] {{0}, {1}},
                                new double[][] {{1}, {1}}), Tolerance.ROUNDOFF)
                .agrees("each row is shifted by its own maximum: X = [[0], [40]], the same mixture; row 1 lies 760"
                                + " below row 0 in log-density",
                        mixture(new double[][] {{0}, {40}}, new double[] {0.5, 0.5}, new double[][] {{0}, {1}},
                                new double[][] {{1}, {1}}), Tolerance.ROUNDOFF)
                .agrees("k = 1: one component is responsible for everything, R = [[1], [1], [1]]",
                        mixture(new double[][] {{0, 1}, {5, -2}, {30, 30}}, new double[] {1}, new double[][] {{0, 0}},
                                new double[][] {{1, 2}}), Tolerance.ROUNDOFF)
                .agrees("a component of weight 0 is never responsible: π = [1, 0] give R = [[1, 0], [1, 0]]",
                        mixture(new double[][] {{0}, {5}}, new double[] {1, 0}, new double[][] {{0}, {5}},
                                new double[][] {{1}, {1}}), Tolerance.ROUNDOFF)
                .agrees("identical components split a point by their weights: π = [0.2, 0.8], equal means and"
                                + " variances give r = [0.2, 0.8]",
                        mixture(new double[][] {{3, -1}}, new double[] {0.2, 0.8}, new double[][] {{1, 1}, {1, 1}},
                                new double[][] {{2, 2}, {2, 2}}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random mixtures", MIXTURES, Tolerance.ROUNDOFF)
                .holds("each row of R is a probability vector: entries in [0, 1] that sum to 1", MIXTURES,
                        MixtureEStepGrader::probabilities)
                .holds("Bayes' rule: r_ij / r_il = π_j·N(xᵢ | j) / (π_l·N(xᵢ | l)) for every pair of components",
                        MIXTURES, MixtureEStepGrader::bayes)
                .rejects("rejects means of the wrong shape: 2 weights, means 1×1",
                        mixture(new double[][] {{0}}, new double[] {0.5, 0.5}, new double[][] {{0}},
                                new double[][] {{1}, {1}}), ShapeMismatchException.class)
                .rejects("rejects means with another number of columns than X: X is 1×1, means 2×2",
                        mixture(new double[][] {{0}}, new double[] {0.5, 0.5}, new double[][] {{0, 0}, {1, 1}},
                                new double[][] {{1, 1}, {1, 1}}), ShapeMismatchException.class)
                .rejects("rejects a variance of 0", mixture(new double[][] {{0}}, new double[] {0.5, 0.5},
                        new double[][] {{0}, {2}}, new double[][] {{1}, {0}}), IllegalArgumentException.class)
                .rejects("rejects a NaN in X", mixture(new double[][] {{Double.NaN}}, new double[] {0.5, 0.5},
                        new double[][] {{0}, {2}}, new double[][] {{1}, {1}}), IllegalArgumentException.class)
                .rejects("rejects an X with no rows: X is 0×1",
                        Case.of("X", Matrix.zeros(0, 1), "weights", new double[] {1}, "means", Matrix.of(new double[][] {{0}}),
                                "variances", Matrix.of(new double[][] {{1}})), IllegalArgumentException.class);
    }

    private static void probabilities(Case c, Invariant.Run run) {
        Matrix R = shaped(c, run);
        for (int i = 0; i < R.rows(); i++) {
            double sum = 0.0;
            for (int j = 0; j < R.cols(); j++) {
                double r = R.get(i, j);
                Expect.that(r >= 0 && r <= 1, "R[" + i + "][" + j + "] = " + MatrixFormat.number(r) + ", but a"
                        + " responsibility is a probability, in [0, 1]  (row " + i + ": " + MatrixFormat.format(R.row(i))
                        + ")");
                sum += r;
            }
            double slack = Tolerance.ROUNDOFF.relative() * R.cols();
            Expect.that(Math.abs(sum - 1) <= slack, String.format(Locale.ROOT, "row %d of R sums to %s, but the"
                            + " responsibilities of the k components for one point sum to 1 (row %s; allowed %.0e)",
                    i, MatrixFormat.number(sum), MatrixFormat.format(R.row(i)), slack));
        }
    }

    private static void bayes(Case c, Invariant.Run run) {
        Matrix R = shaped(c, run);
        Matrix W = MixtureInputs.weightedLogDensities(c.matrix("X"), c.vector("weights"), c.matrix("means"),
                c.matrix("variances"));
        for (int i = 0; i < R.rows(); i++) {
            for (int j = 0; j < R.cols(); j++) {
                for (int l = j + 1; l < R.cols(); l++) {
                    if (!(R.get(i, j) > TINY && R.get(i, l) > TINY)) {
                        continue;               // a log of an underflowed r says nothing; the agreement checks cover it
                    }
                    double expected = W.get(i, j) - W.get(i, l);
                    double actual = Math.log(R.get(i, j)) - Math.log(R.get(i, l));
                    double slack = Tolerance.ROUNDOFF.relative() * (1 + Math.abs(W.get(i, j)) + Math.abs(W.get(i, l)));
                    Expect.that(Math.abs(actual - expected) <= slack, String.format(Locale.ROOT, "for point %d,"
                                    + " log(r_%d / r_%d) = %s, but log(π_%d·N(x | %d)) − log(π_%d·N(x | %d)) = %s: the"
                                    + " responsibilities must be in the ratio of the weighted densities, with"
                                    + " log N = −½·Σ_f [log 2π + log σ² + (x − μ)²/σ²]\n  (allowed difference %.1e)",
                            i, j, l, MatrixFormat.number(actual), j, j, l, l, MatrixFormat.number(expected), slack));
                }
            }
        }
    }

    private static Matrix shaped(Case c, Invariant.Run run) {
        Matrix R = (Matrix) run.on(c);
        int n = c.matrix("X").rows();
        int k = c.vector("weights").length;
        Expect.that(R.rows() == n && R.cols() == k, "R must be n×k = " + n + "×" + k + ", one row per point and one"
                + " column per component; yours is " + R.shape() + ".");
        return R;
    }

    private static Case mixture(double[][] X, double[] weights, double[][] means, double[][] variances) {
        return Case.of("X", Matrix.of(X), "weights", weights, "means", Matrix.of(means), "variances",
                Matrix.of(variances));
    }
}
