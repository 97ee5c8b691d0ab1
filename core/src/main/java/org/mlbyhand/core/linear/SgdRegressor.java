package org.mlbyhand.core.linear;

import org.mlbyhand.core.data.MiniBatches;
import org.mlbyhand.core.data.Rows;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.random.Rng;

/**
 * Least squares by mini-batch stochastic gradient descent: the trainer whose {@link #fit} returns the
 * {@link LinearModel} after maxIter epochs of
 * <pre>{@code
 *   for each epoch: shuffle the rows (seeded), cut them into batches B of batchSize rows (the last may be smaller)
 *     for each batch B:  g = ∇ mse_B(w, b) = ((2/|B|)·X_Bᵀ(ŷ_B − y_B), (2/|B|)·Σ_B(ŷ − y))
 *                        (w, b) ← (w, b) − η·g
 * }</pre>
 * from w = 0, b = 0: each step follows an unbiased estimate of the gradient of
 * mse(w, b) = (1/n)·‖y − X·w − b·1‖² ({@link Losses#mseGradient} on the batch). With a constant η the
 * iterates do not converge to the minimiser but hover around it, closer for smaller η and larger
 * batches; batchSize = n is {@link GradientDescentRegressor} with a fixed number of steps.
 *
 * <p><b>Randomness.</b> The seed is required; the shuffles come from {@code new Rng(seed)}, advanced
 * epoch by epoch ({@link MiniBatches#shuffled}). The same seed and data give bit-identical models on
 * every run and JVM.
 *
 * <p>scikit-learn's {@code SGDRegressor} differs: one row per step, loss ½(y − ŷ)², an ℓ2 penalty
 * (alpha = 1e-4) and a decaying step ('invscaling') by default; its constant step is called eta0.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class SgdRegressor implements Regressor<LinearModel> {
    private static final String WHO = "SgdRegressor";

    private final long seed;
    private final double learningRate;
    private final int batchSize;
    private final int maxIter;
    private final boolean fitIntercept;

    /**
     * Creates the trainer with learningRate = 0.01, batchSize = 32, maxIter = 100 epochs and an
     * intercept.
     *
     * @param seed seed of the row shuffles; the same seed gives the same model
     */
    public SgdRegressor(long seed) {
        this(seed, 0.01, 32, 100, true);
    }

    private SgdRegressor(long seed, double learningRate, int batchSize, int maxIter, boolean fitIntercept) {
        this.seed = seed;
        this.learningRate = Inputs.positive(WHO, "learningRate", learningRate);
        this.batchSize = Inputs.atLeastOne(WHO, "batchSize", batchSize);
        this.maxIter = Inputs.atLeastOne(WHO, "maxIter", maxIter);
        this.fitIntercept = fitIntercept;
    }

    /** Returns a trainer with the constant step size η &gt; 0, finite (else IllegalArgumentException). */
    public SgdRegressor withLearningRate(double learningRate) {
        return new SgdRegressor(seed, learningRate, batchSize, maxIter, fitIntercept);
    }

    /** Returns a trainer with batches of batchSize ≥ 1 rows (else IllegalArgumentException). */
    public SgdRegressor withBatchSize(int batchSize) {
        return new SgdRegressor(seed, learningRate, batchSize, maxIter, fitIntercept);
    }

    /** Returns a trainer that runs maxIter ≥ 1 epochs (else IllegalArgumentException). */
    public SgdRegressor withMaxIter(int maxIter) {
        return new SgdRegressor(seed, learningRate, batchSize, maxIter, fitIntercept);
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public SgdRegressor withFitIntercept(boolean fitIntercept) {
        return new SgdRegressor(seed, learningRate, batchSize, maxIter, fitIntercept);
    }

    /** Returns a trainer with another seed. */
    public SgdRegressor withSeed(long seed) {
        return new SgdRegressor(seed, learningRate, batchSize, maxIter, fitIntercept);
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Returns the step size η. */
    public double learningRate() {
        return learningRate;
    }

    /** Returns the batch size. */
    public int batchSize() {
        return batchSize;
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
     * Runs maxIter epochs of mini-batch SGD from w = 0, b = 0.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the model; its nIter() is maxIter (epochs)
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     * @throws ArithmeticException if the iterates overflow (learningRate too large)
     */
    @Override
    public LinearModel fit(Matrix X, double[] y) {
        Inputs.regression(WHO + ".fit", X, y);
        Rng rng = new Rng(seed);
        double[] w = new double[X.cols()];
        double b = 0.0;
        for (int epoch = 1; epoch <= maxIter; epoch++) {
            for (int[] batch : MiniBatches.shuffled(X.rows(), batchSize, rng)) {
                LinearGradient g = Losses.mseGradient(Rows.take(X, batch), Rows.take(y, batch), w, b);
                Vectors.axpyInPlace(-learningRate, g.dw(), w);
                if (fitIntercept) {
                    b -= learningRate * g.db();
                }
                Minimizer.requireNotDiverged(WHO + ".fit", w, b, epoch, learningRate);
            }
        }
        return new LinearModel(w, b, maxIter);
    }

    /** Returns e.g. {@code "SgdRegressor(seed=42, learningRate=0.01, batchSize=32, maxIter=100, fitIntercept=true)"}. */
    @Override
    public String toString() {
        return WHO + "(seed=" + seed + ", learningRate=" + learningRate + ", batchSize=" + batchSize + ", maxIter=" + maxIter
                + ", fitIntercept=" + fitIntercept + ")";
    }
}
