package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.svm.DualSolution;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.core.svm.Smo;
import org.mlbyhand.core.svm.WorkingSet;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;

/**
 * {@code ps4-svm-moons.png}: an RBF support vector machine (γ = 1, C = 1) on 200 seeded moons, trained
 * by the learner's SMO: the kernel (ps4 rbf-kernel), then the learner's whole loop (ps4 smo-loop) when it
 * is solved; otherwise the loop below joins the learner's pieces, the maximal violating pair (ps4
 * violating-pair), the pair step (ps4 smo-pair) and the intercept (ps4 svm-bias), each replaced by core's
 * where it is not solved yet; and the decision function (ps4 svm-decision), or core's. The loop is
 * libsvm's, first order, as smo-loop asks:
 * <pre>{@code
 *   α = 0, Gₜ = −1
 *   repeat: (i, j, gap) = violating pair;  stop when j = −1 or gap < 1e-3
 *           α' = smo-pair(α, G, y, K, i, j, C);   Gₜ += yₜ·(yᵢΔαᵢKᵢₜ + yⱼΔαⱼKⱼₜ)
 *   b = svm-bias(α, G, y, C);   f(x) = Σₛ yₛαₛ k(xₛ, x) + b over the support vectors (αₛ > 0)
 * }</pre>
 * The picture shades σ(2f), draws the boundary f = 0, the margins f = ±1 dashed, and rings the support
 * vectors.
 */
final class SvmOnMoons {
    static final String FILE = "ps4-svm-moons.png";
    private static final double GAMMA = 1.0;
    private static final double C = 1.0;
    private static final double TOL = 1e-3;
    private static final int MAX_STEPS = 100_000;

    private SvmOnMoons() {
    }

    static Path draw(LearnerCode learner, Path out) throws IOException {
        Path file = out.resolve(FILE);
        Dataset moons = Moons.sample(200, 0.2, 7);
        Matrix X = moons.features();                                  // (200, 2)
        int[] labels = moons.labels();
        int l = X.rows();
        int[] y = new int[l];
        for (int t = 0; t < l; t++) {
            y[t] = labels[t] == 1 ? 1 : -1;
        }
        List<String> yours = new ArrayList<>();
        List<String> cores = new ArrayList<>();
        Kernel rbf = new Kernel.Rbf(GAMMA);
        Matrix K = Matrix.zeros(l, l);
        boolean kernelIsYours = learner.call("ps4.RbfKernel", "value", Double.class,
                new Class<?>[] {double[].class, double[].class, double.class}, X.row(0), X.row(1), GAMMA).isPresent();
        for (int s = 0; s < l; s++) {
            for (int t = 0; t < l; t++) {
                double[] xs = X.row(s);
                double[] xt = X.row(t);
                K.set(s, t, kernelIsYours ? learner.call("ps4.RbfKernel", "value", Double.class,
                        new Class<?>[] {double[].class, double[].class, double.class}, xs, xt, GAMMA).orElseThrow()
                        : rbf.apply(xs, xt));
            }
        }
        (kernelIsYours ? yours : cores).add("rbf-kernel");
        Optional<DualSolution> loop = learner.call("ps4.SmoLoop", "solve", DualSolution.class,
                new Class<?>[] {Matrix.class, int[].class, double.class, double.class, int.class}, K, y, C, TOL, MAX_STEPS);
        double[] alpha;
        int steps;
        double b;
        if (loop.isPresent()) {
            yours.add("smo-loop");
            alpha = loop.get().alpha();
            steps = loop.get().nIter();
            b = -loop.get().rho();
        } else {
            alpha = new double[l];
            double[] G = new double[l];
            steps = fromPieces(learner, K, y, alpha, G, yours, cores);
            Optional<Double> bias = learner.call("ps4.SvmBias", "intercept", Double.class,
                    new Class<?>[] {double[].class, double[].class, int[].class, double.class}, alpha, G, y, C);
            b = bias.orElseGet(() -> -Smo.bias(alpha, G, y, C));
            (bias.isPresent() ? yours : cores).add("svm-bias");
        }
        int[] support = java.util.stream.IntStream.range(0, l).filter(t -> alpha[t] > 0).toArray();
        Matrix supportVectors = X.selectRows(support);
        double[] dualCoef = new double[support.length];
        for (int s = 0; s < support.length; s++) {
            dualCoef[s] = y[support[s]] * alpha[support[s]];
        }
        boolean decisionIsYours = learner.call("ps4.DecisionFunction", "values", double[].class,
                new Class<?>[] {Matrix.class, Matrix.class, double[].class, double.class, Kernel.class},
                X.selectRows(new int[] {0}), supportVectors, dualCoef, b, rbf).isPresent();
        (decisionIsYours ? yours : cores).add("svm-decision");
        DecisionBoundary.writeMargins(file, (cores.isEmpty() ? "Your" : yours.isEmpty() ? "Core's" : "Your (in part)")
                        + " RBF SVM on 200 moons: " + support.length + " support vectors",
                List.of(String.format(Locale.ROOT, "γ = %s, C = %s, %d SMO steps to a KKT gap below %s; b = %.4f",
                        GAMMA, C, steps, TOL, b), pieces(yours, cores)), X, labels,
                (x1, x2) -> decision(learner, decisionIsYours, x1, x2, supportVectors, dualCoef, b, rbf), support);
        return file;
    }

    /**
     * The first-order SMO loop from the learner's violating-pair and smo-pair (core's where not solved):
     * α and G (length l, overwritten) end at the solution; returns the steps taken.
     */
    private static int fromPieces(LearnerCode learner, Matrix K, int[] y, double[] alpha, double[] G, List<String> yours,
                                  List<String> cores) {
        int l = y.length;
        java.util.Arrays.fill(alpha, 0.0);
        java.util.Arrays.fill(G, -1.0);
        boolean pairIsYours = true;
        boolean stepIsYours = true;
        int steps = 0;
        while (steps < MAX_STEPS) {
            Optional<WorkingSet> pair = learner.call("ps4.ViolatingPair", "select", WorkingSet.class,
                    new Class<?>[] {double[].class, double[].class, int[].class, double.class}, alpha, G, y, C);
            pairIsYours &= pair.isPresent();
            WorkingSet ws = pair.orElseGet(() -> WorkingSet.maximalViolatingPair(alpha, G, y, C));
            if (ws.j() < 0 || ws.gap() < TOL) {
                break;
            }
            int i = ws.i();
            int j = ws.j();
            double[] before = alpha.clone();
            Optional<double[]> step = learner.call("ps4.SmoPairUpdate", "update", double[].class,
                    new Class<?>[] {double[].class, double[].class, int[].class, Matrix.class, int.class, int.class,
                        double.class}, alpha, G, y, K, i, j, C);
            stepIsYours &= step.isPresent();
            double[] after = step.orElseGet(() -> {
                double[] pairAfter = Smo.updatePair(alpha[i], alpha[j], y[i], y[j], G[i], G[j],
                        K.get(i, i) + K.get(j, j) - 2 * K.get(i, j), C);
                double[] a = alpha.clone();
                a[i] = pairAfter[0];
                a[j] = pairAfter[1];
                return a;
            });
            System.arraycopy(after, 0, alpha, 0, l);
            double di = alpha[i] - before[i];
            double dj = alpha[j] - before[j];
            for (int t = 0; t < l; t++) {
                G[t] += y[t] * (y[i] * di * K.get(i, t) + y[j] * dj * K.get(j, t));
            }
            steps++;
        }
        (pairIsYours ? yours : cores).add("violating-pair");
        (stepIsYours ? yours : cores).add("smo-pair");
        return steps;
    }

    private static double decision(LearnerCode learner, boolean yours, double x1, double x2, Matrix supportVectors,
                                   double[] dualCoef, double b, Kernel rbf) {
        double[] x = {x1, x2};
        if (yours) {
            return learner.call("ps4.DecisionFunction", "values", double[].class,
                    new Class<?>[] {Matrix.class, Matrix.class, double[].class, double.class, Kernel.class},
                    Matrix.of(new double[][] {x}), supportVectors, dualCoef, b, rbf).orElseThrow()[0];
        }
        double f = b;
        for (int s = 0; s < dualCoef.length; s++) {
            f += dualCoef[s] * rbf.apply(supportVectors.row(s), x);
        }
        return f;
    }

    private static String pieces(List<String> yours, List<String> cores) {
        if (cores.isEmpty()) {
            return "every piece yours: " + String.join(", ", yours);
        }
        return (yours.isEmpty() ? "none of yours is solved yet" : "yours: " + String.join(", ", yours))
                + "; core's: " + String.join(", ", cores);
    }
}
