package org.mlbyhand.core.svm;

import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * A linear SVM trained in the primal by Pegasos (Shalev-Shwartz, Singer, Srebro and Cotter, 2011):
 * stochastic subgradient steps on the hinge loss, the contrast to {@link Svc}'s exact dual. It minimises
 * <pre>{@code
 *   P(w, b) = ½(‖w‖² + b²) + C·Σᵢ max(0, 1 − sᵢ(xᵢᵀw + b)),     sᵢ = 2yᵢ − 1 = ±1
 * }</pre>
 * — the intercept is penalized, as an extra weight on a constant feature 1 (θ = (w, b), x̃ = (x, 1));
 * without an intercept b = 0. Pegasos works on P/(C·n) = λ/2‖θ‖² + (1/n)Σ hinge, λ = 1/(C·n), which is
 * λ-strongly convex, and takes for t = 1, 2, …, maxIter·n (each epoch visits the rows in a seeded
 * random order):
 * <pre>{@code
 *   η_t = 1/(λt)
 *   θ ← (1 − η_t·λ)·θ + η_t·sᵢx̃ᵢ·[sᵢθᵀx̃ᵢ < 1]          one row's subgradient step (HingeLoss)
 *   θ ← min(1, 1/(√λ·‖θ‖))·θ                           projection onto the ball that holds the optimum
 *   θ̄ ← the average of θ over the last half of the steps   (returned)
 * }</pre>
 * The averaged iterate converges as O(1/(λT)) in P/(C·n); the last iterate is noisier. This is a
 * stochastic method: after maxIter epochs the answer is near the optimum, not at it (no stopping rule).
 *
 * <p><b>scikit-learn's {@code LinearSVC} differs.</b> It is liblinear's dual coordinate descent, to a
 * tolerance, and by default minimises the <em>squared</em> hinge, ½(‖w‖² + b²) + C·Σ max(0, 1 − s·z)².
 * {@code LinearSVC(loss='hinge')} minimises exactly P above (its intercept_scaling = 1 is our constant
 * feature), so the two agree as maxIter grows. {@link Svc} with the linear kernel minimises P without b²:
 * its b is free, so its boundary differs slightly from this one, more so when the data are far from the
 * origin. Multiclass (liblinear's one-vs-rest) is not built: two classes only.
 *
 * <p><b>Randomness.</b> The seed is required; the row orders come from {@code new Rng(seed)}. The same
 * seed and data give bit-identical models. Instances are immutable: {@code withX} methods return a new
 * trainer.
 */
public final class PegasosLinearSvc implements Classifier<LinearSvcModel> {
    private static final String WHO = "PegasosLinearSvc";

    private final long seed;
    private final double C;
    private final int maxIter;
    private final boolean fitIntercept;

    /**
     * Creates the trainer with C = 1, maxIter = 100 epochs and a (penalized) intercept.
     *
     * @param seed seed of the row orders; the same seed gives the same model
     */
    public PegasosLinearSvc(long seed) {
        this(seed, 1.0, 100, true);
    }

    private PegasosLinearSvc(long seed, double C, int maxIter, boolean fitIntercept) {
        this.seed = seed;
        this.C = Inputs.positive(WHO, "C", C);
        this.maxIter = Inputs.atLeastOne(WHO, "maxIter", maxIter);
        this.fitIntercept = fitIntercept;
    }

    /** Returns a trainer with the penalty C, finite and &gt; 0 (else IllegalArgumentException). */
    public PegasosLinearSvc withC(double C) {
        return new PegasosLinearSvc(seed, C, maxIter, fitIntercept);
    }

    /** Returns a trainer that runs maxIter ≥ 1 epochs of n steps (else IllegalArgumentException). */
    public PegasosLinearSvc withMaxIter(int maxIter) {
        return new PegasosLinearSvc(seed, C, maxIter, fitIntercept);
    }

    /** Returns a trainer with a penalized intercept (true, the default) or b = 0 (false). */
    public PegasosLinearSvc withFitIntercept(boolean fitIntercept) {
        return new PegasosLinearSvc(seed, C, maxIter, fitIntercept);
    }

    /** Returns a trainer with another seed. */
    public PegasosLinearSvc withSeed(long seed) {
        return new PegasosLinearSvc(seed, C, maxIter, fitIntercept);
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Returns C. */
    public double C() {
        return C;
    }

    /** Returns the number of epochs. */
    public int maxIter() {
        return maxIter;
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /**
     * Returns the objective this trainer minimises, P(w, b) = ½(‖w‖² + b²) + C·Σᵢ max(0, 1 − sᵢ(xᵢᵀw + b)).
     *
     * @param X n×p, finite (not modified)
     * @param y length n, each 0 or 1 (not modified)
     * @param w length p (not modified)
     * @param b the intercept
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if a label is not 0 or 1 or an input is not finite
     */
    public double objective(Matrix X, int[] y, double[] w, double b) {
        double[] z = new double[X.rows()];
        if (w.length != X.cols()) {
            throw new org.mlbyhand.core.linalg.ShapeMismatchException(WHO + ".objective: X is " + X.shape()
                    + ", w has length " + w.length);
        }
        for (int i = 0; i < z.length; i++) {
            z[i] = HingeLoss.score(X.row(i), w, b);
        }
        double norm2 = b * b;
        for (double v : w) {
            norm2 += v * v;
        }
        return 0.5 * norm2 + C * HingeLoss.value(y, z);
    }

    /**
     * Runs maxIter epochs of Pegasos from θ = 0 (class comment).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels, each 0 or 1, both present (not modified)
     * @return the model (w, b) = θ̄; its nIter() is maxIter (epochs)
     * @throws IllegalArgumentException if X is empty or not finite, a label is not 0 or 1, or y has one class
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public LinearSvcModel fit(Matrix X, int[] y) {
        int k = Inputs.classification(WHO + ".fit", X, y);
        if (k != 2) {
            throw new IllegalArgumentException(WHO + ".fit: y has labels up to " + (k - 1)
                    + "; binary labels are 0 and 1 (use Svc for " + k + " classes)");
        }
        int n = X.rows();
        int p = X.cols();
        double lambda = 1.0 / (C * n);
        double radius = 1.0 / Math.sqrt(lambda);
        double[][] x = augmented(X);                         // n × (p+1): (xᵢ, 1) or (xᵢ, 0)
        double[] theta = new double[p + 1];
        double[] average = new double[p + 1];
        long steps = (long) maxIter * n;
        long averageFrom = steps / 2 + 1;
        Rng rng = new Rng(seed);
        long t = 0;
        for (int epoch = 0; epoch < maxIter; epoch++) {
            for (int i : rng.permutation(n)) {
                t++;
                subgradientStep(theta, x[i], HingeLoss.sign(y[i]), lambda, t);
                project(theta, radius);
                if (t >= averageFrom) {
                    runningMean(average, theta, t - averageFrom + 1);
                }
            }
        }
        return new LinearSvcModel(java.util.Arrays.copyOf(average, p), average[p], maxIter);
    }

    /** θ ← (1 − 1/t)·θ + η·s·x̃ if s·θᵀx̃ &lt; 1, with η = 1/(λt): θ is overwritten. */
    private static void subgradientStep(double[] theta, double[] x, int s, double lambda, long t) {
        double margin = s * dot(theta, x);
        double eta = 1.0 / (lambda * t);
        double shrink = 1.0 - 1.0 / t;                        // 1 − η·λ
        for (int j = 0; j < theta.length; j++) {
            theta[j] = shrink * theta[j] + (margin < 1.0 ? eta * s * x[j] : 0.0);
        }
    }

    /** θ ← min(1, radius/‖θ‖)·θ: θ is overwritten. */
    private static void project(double[] theta, double radius) {
        double norm = Math.sqrt(dot(theta, theta));
        if (norm > radius) {
            for (int j = 0; j < theta.length; j++) {
                theta[j] *= radius / norm;
            }
        }
    }

    /** mean ← mean + (θ − mean)/count, the mean of the count θ's seen: mean is overwritten. */
    private static void runningMean(double[] mean, double[] theta, long count) {
        for (int j = 0; j < mean.length; j++) {
            mean[j] += (theta[j] - mean[j]) / count;
        }
    }

    private double[][] augmented(Matrix X) {
        double[][] x = new double[X.rows()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = java.util.Arrays.copyOf(X.row(i), X.cols() + 1);
            x[i][X.cols()] = fitIntercept ? 1.0 : 0.0;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    /** Returns e.g. {@code "PegasosLinearSvc(seed=7, C=1.0, maxIter=100, fitIntercept=true)"}. */
    @Override
    public String toString() {
        return WHO + "(seed=" + seed + ", C=" + C + ", maxIter=" + maxIter + ", fitIntercept=" + fitIntercept + ")";
    }
}
