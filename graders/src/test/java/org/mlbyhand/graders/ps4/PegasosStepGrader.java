package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.svm.HingeLoss;
import org.mlbyhand.core.svm.LinearSvcModel;
import org.mlbyhand.core.svm.PegasosLinearSvc;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Comparison;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code PegasosStep}: one step of {@link PegasosLinearSvc}, whose loop keeps its step private. The
 * reference is that step written with core's one-row {@link HingeLoss#subgradient} (which is (−sx, −s) on a
 * strictly violating row and 0 otherwise): θ ← (1 − 1/t)·θ − η·g, then the projection onto the ball of
 * radius 1/√λ, in the same order of operations as core's loop, so it is bit for bit the same step.
 *
 * <p>The core check is end to end: the learner's step, run over {@link PegasosLinearSvc}'s own seeded
 * row order from θ = 0 and averaged over the last half of the steps as it does, must give its fitted
 * (w, b) ({@link Tolerance#CLOSED_FORM}: 24 steps of round-off). The reference-free ones: after a step
 * ‖θ‖ ≤ 1/√λ, and a row beyond its margin only shrinks a θ inside the ball, θ' = (1 − 1/t)·θ. Random
 * cases keep every margin at least {@value #KINK_GAP} from 1, where two correct ways of summing it could
 * disagree on whether the row violates.
 */
public final class PegasosStepGrader extends Grader<PegasosStepGrader.Step> {
    /** The smallest |margin − 1| of a random case. */
    static final double KINK_GAP = 1e-6;
    /** The end-to-end run: moons, C, epochs and seed of PegasosLinearSvc. */
    private static final int RUN_ROWS = 8;
    private static final int RUN_EPOCHS = 3;
    private static final long RUN_SEED = 7;
    private static final double RUN_C = 1.0;

    private static final CaseGen STEPS = CaseGen.create().dim("n", 1, 5).dim("p", 1, 3)
            .matrix("X", "n", "p").labels("y", "n", 2).vector("w", "p").scalar("b", -1.0, 1.0)
            .integer("i", 0, 4).scalar("lambda", 0.05, 2.0).integer("t", 1, 20)
            .require("0 ≤ i < n", c -> c.integer("i") < c.dim("n"))
            .require("the margin is not within " + KINK_GAP + " of 1", c -> Math.abs(margin(c) - 1.0) >= KINK_GAP);
    /** Steps on a row beyond its margin, from a θ inside the ball. */
    private static final CaseGen BEYOND = STEPS
            .require("the row is beyond its margin", c -> margin(c) > 1.0 + KINK_GAP)
            .require("θ is inside the ball ‖θ‖ ≤ 1/√λ", c -> norm(c.vector("w"), c.scalar("b"))
                    <= 1.0 / Math.sqrt(c.scalar("lambda")));

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Step {
        /** Returns (w, b) after step t on row i; X, y and w are not modified. */
        LinearParameters step(Matrix X, int[] y, double[] w, double b, int i, double lambda, int t);
    }

    @Override
    public Exercise exercise() {
        return exercise(60, "pegasos-step", "One Pegasos step", 10);
    }

    @Override
    public Step reference() {
        return PegasosStepGrader::step;
    }

    @Override
    public List<Bug<Step>> bugs() {
        return PegasosStepBugs.ALL;
    }

    @Override
    public List<Alternative<Step>> alternatives() {
        return PegasosStepAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(PegasosLinearSvc.class), Forbidden.type(HingeLoss.class));
    }

    @Override
    public Object call(Step s, Case c) {
        return s.step(c.matrix("X"), c.labels("y"), c.vector("w"), c.scalar("b"), c.integer("i"), c.scalar("lambda"),
                c.integer("t"));
    }

    @Override
    public String output() {
        return "(w, b)";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("the first step forgets θ: t = 1, λ = 0.25, X = [[2, 2]], y = [1], w = [0, 0], b = 0 give"
                                + " θ = (1/λ)·(2, 2, 1) = (8, 8, 4), of norm 12 > 1/√λ = 2, projected to (4/3, 4/3, 2/3)",
                        stepCase(m(new double[][] {{2, 2}}), new int[] {1}, new double[] {0, 0}, 0.0, 0, 0.25, 1),
                        Tolerance.ROUNDOFF)
                .agrees("a violating row: t = 4, λ = 0.5 (η = 0.5), X = [[0, 1]], y = [0], w = [1, 0], b = 0: margin 0,"
                                + " θ = 0.75·(1, 0, 0) − 0.5·(0, 1, 1) = (0.75, −0.5, −0.5), inside the ball",
                        stepCase(m(new double[][] {{0, 1}}), new int[] {0}, new double[] {1, 0}, 0.0, 0, 0.5, 4),
                        Tolerance.ROUNDOFF)
                .agrees("a row beyond its margin only shrinks θ: t = 2, λ = 0.5, X = [[1, 0]], y = [1], w = [2, 0], b = 1:"
                                + " margin 3, θ = 0.5·(2, 0, 1) = (1, 0, 0.5)",
                        stepCase(m(new double[][] {{1, 0}}), new int[] {1}, new double[] {2, 0}, 1.0, 0, 0.5, 2),
                        Tolerance.ROUNDOFF)
                .agrees("the margin is taken before the shrink: t = 2, λ = 0.5, X = [[1, 0]], y = [1], w = [1, 0],"
                                + " b = 0.5: margin 1.5, so θ = 0.5·(1, 0, 0.5) = (0.5, 0, 0.25)",
                        stepCase(m(new double[][] {{1, 0}}), new int[] {1}, new double[] {1, 0}, 0.5, 0, 0.5, 2),
                        Tolerance.ROUNDOFF)
                .agrees("a row exactly on its margin does not step: t = 2, λ = 0.5, X = [[1, 0]], y = [1], w = [1, 0],"
                                + " b = 0: margin 1, θ = (0.5, 0, 0)",
                        stepCase(m(new double[][] {{1, 0}}), new int[] {1}, new double[] {1, 0}, 0.0, 0, 0.5, 2),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random steps, λ ∈ [0.05, 2], t ≤ 20", STEPS, Tolerance.ROUNDOFF)
                .holds("after a step θ is in the ball: ‖(w, b)‖ ≤ 1/√λ", STEPS, PegasosStepGrader::inTheBall)
                .holds("on a row beyond its margin, a θ inside the ball only shrinks: (w, b) ← (1 − 1/t)·(w, b)", BEYOND,
                        PegasosStepGrader::onlyShrinks)
                .holds("your steps over PegasosLinearSvc's seeded row order, averaged over the last half, give its fit"
                        + " (" + RUN_ROWS + " moons, C = " + RUN_C + ", " + RUN_EPOCHS + " epochs, seed " + RUN_SEED + ")",
                        firstStepOfTheRun(), PegasosStepGrader::reproducesTheTrainer)
                .rejects("rejects t = 0: steps are numbered from 1 (η = 1/(λt))",
                        stepCase(m(new double[][] {{1, 0}}), new int[] {1}, new double[] {1, 0}, 0.0, 0, 0.5, 0),
                        IllegalArgumentException.class)
                .rejects("rejects λ = 0", stepCase(m(new double[][] {{1, 0}}), new int[] {1}, new double[] {1, 0}, 0.0, 0, 0.0, 1),
                        IllegalArgumentException.class)
                .rejects("rejects w of the wrong length: X is 1×2, w = [1]",
                        stepCase(m(new double[][] {{1, 0}}), new int[] {1}, new double[] {1}, 0.0, 0, 0.5, 1),
                        ShapeMismatchException.class);
    }

    /** The step, with core's one-row subgradient, in core's order of operations (class comment). */
    static LinearParameters step(Matrix X, int[] y, double[] w, double b, int i, double lambda, int t) {
        SvmInputs.pegasos("pegasos-step", X, y, w, lambda, t);
        int p = w.length;
        LinearGradient g = HingeLoss.subgradient(X.slice(i, i + 1, 0, p), new int[] {y[i]}, w, b);
        double eta = 1.0 / (lambda * t);
        double shrink = 1.0 - 1.0 / t;
        double[] theta = new double[p + 1];
        for (int j = 0; j < p; j++) {
            theta[j] = shrink * w[j] - eta * g.dw()[j];
        }
        theta[p] = shrink * b - eta * g.db();
        double norm = Math.sqrt(PegasosStepBugs.dot(theta, theta));
        double radius = 1.0 / Math.sqrt(lambda);
        if (norm > radius) {
            for (int j = 0; j <= p; j++) {
                theta[j] *= radius / norm;
            }
        }
        return new LinearParameters(java.util.Arrays.copyOf(theta, p), theta[p]);
    }

    private static void inTheBall(Case c, Invariant.Run run) {
        LinearParameters theta = parameters(run.on(c), c.vector("w").length);
        double norm = norm(theta.w(), theta.b());
        double radius = 1.0 / Math.sqrt(c.scalar("lambda"));
        Expect.that(norm <= radius * (1 + Tolerance.ROUNDOFF.relative()), "after the step ‖(w, b)‖ = "
                + MatrixFormat.number(norm) + ", outside the ball of radius 1/√λ = " + MatrixFormat.number(radius)
                + ": the last part of a step scales θ by min(1, (1/√λ)/‖θ‖), the intercept counted in ‖θ‖.");
    }

    /** θ' = (1 − 1/t)·θ entry by entry, to round-off on the scale of θ (θ' is 0 at t = 1). */
    private static void onlyShrinks(Case c, Invariant.Run run) {
        double[] w = c.vector("w");
        double b = c.scalar("b");
        double shrink = 1.0 - 1.0 / c.integer("t");
        LinearParameters theta = parameters(run.on(c), w.length);
        double[] expected = java.util.Arrays.copyOf(w, w.length + 1);
        expected[w.length] = b;
        double[] actual = java.util.Arrays.copyOf(theta.w(), w.length + 1);
        actual[w.length] = theta.b();
        double scale = 0.0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < expected.length; j++) {
            expected[j] *= shrink;
            Expect.that(Math.abs(actual[j] - expected[j]) <= Tolerance.ROUNDOFF.relative() * scale, "on a row beyond"
                    + " its margin (margin " + MatrixFormat.number(margin(c)) + ") from θ = (w, b) inside the ball, the"
                    + " step only shrinks: θ' = (1 − 1/t)·θ with 1 − 1/t = " + MatrixFormat.number(shrink) + ", but"
                    + " your (w, b) = (" + MatrixFormat.format(theta.w()) + ", " + MatrixFormat.number(theta.b())
                    + ") differs at " + (j < w.length ? "w[" + j + "]" : "b") + ": expected "
                    + MatrixFormat.number(expected[j]) + ", got " + MatrixFormat.number(actual[j]) + ".");
        }
    }

    /**
     * PegasosLinearSvc's loop with the learner's step: θ = 0, then for each epoch the rows in the order
     * {@code new Rng(seed).permutation(n)} gives, step t = 1, 2, …, and the running mean of θ over the
     * steps after the first half.
     */
    private static void reproducesTheTrainer(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        int[] y = c.labels("y");
        int n = X.rows();
        int p = X.cols();
        double lambda = 1.0 / (RUN_C * n);
        long steps = (long) RUN_EPOCHS * n;
        long averageFrom = steps / 2 + 1;
        double[] w = new double[p];
        double b = 0.0;
        double[] mean = new double[p + 1];
        Rng rng = new Rng(RUN_SEED);
        int t = 0;
        for (int epoch = 0; epoch < RUN_EPOCHS; epoch++) {
            for (int i : rng.permutation(n)) {
                t++;
                LinearParameters theta = parameters(run.on(Case.of("X", X, "y", y, "w", w, "b", b, "i", i,
                        "lambda", lambda, "t", t)), p);
                w = theta.w().clone();
                b = theta.b();
                if (t >= averageFrom) {
                    long count = t - averageFrom + 1;
                    for (int j = 0; j < p; j++) {
                        mean[j] += (w[j] - mean[j]) / count;
                    }
                    mean[p] += (b - mean[p]) / count;
                }
            }
        }
        LinearSvcModel fit = new PegasosLinearSvc(RUN_SEED).withC(RUN_C).withMaxIter(RUN_EPOCHS).fit(X, y);
        LinearParameters expected = new LinearParameters(fit.coef(), fit.intercept());
        LinearParameters actual = new LinearParameters(java.util.Arrays.copyOf(mean, p), mean[p]);
        String difference = Comparison.difference("(w, b)", expected, actual, Tolerance.CLOSED_FORM);
        Expect.that(difference == null, "PegasosLinearSvc(seed " + RUN_SEED + ") fits (w, b) = ("
                + MatrixFormat.format(expected.w()) + ", " + MatrixFormat.number(expected.b()) + ") in " + steps
                + " steps of λ = 1/(C·n) = " + MatrixFormat.number(lambda) + "; running your step in its order and"
                + " averaging the last half gives (" + MatrixFormat.format(actual.w()) + ", "
                + MatrixFormat.number(actual.b()) + "):\n  " + difference);
    }

    /** The first step of the end-to-end run; the check calls the learner on every later step itself. */
    private static Case firstStepOfTheRun() {
        Dataset moons = Moons.sample(RUN_ROWS, 0.2, RUN_SEED);
        Matrix X = moons.features();
        return Case.of("X", X, "y", moons.labels(), "w", new double[X.cols()], "b", 0.0, "i", 0,
                "lambda", 1.0 / (RUN_C * X.rows()), "t", 1);
    }

    private static LinearParameters parameters(Object result, int p) {
        Expect.that(result instanceof LinearParameters, "your code must return a LinearParameters(w, b).");
        LinearParameters theta = (LinearParameters) result;
        Expect.that(theta.w() != null && theta.w().length == p, "w must have one entry per feature (" + p + ").");
        return theta;
    }

    /** sᵢ·(xᵢᵀw + b) for the case's row i. */
    static double margin(Case c) {
        Matrix X = c.matrix("X");
        int i = c.integer("i");
        double[] w = c.vector("w");
        double z = c.scalar("b");
        for (int j = 0; j < w.length; j++) {
            z += X.get(i, j) * w[j];
        }
        return (2 * c.labels("y")[i] - 1) * z;
    }

    private static double norm(double[] w, double b) {
        return Math.sqrt(PegasosStepBugs.dot(w, w) + b * b);
    }

    private static Case stepCase(Matrix X, int[] y, double[] w, double b, int i, double lambda, int t) {
        return Case.of("X", X, "y", y, "w", w, "b", b, "i", i, "lambda", lambda, "t", t);
    }

    private static Matrix m(double[][] rows) {
        return Matrix.of(rows);
    }
}
