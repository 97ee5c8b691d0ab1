package org.mlbyhand.core.linear;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/**
 * The elastic net: the trainer whose {@link #fit} returns the {@link LinearModel}
 * <pre>{@code
 *   (w, b) = argmin 1/(2n)·‖y − X·w − b·1‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²      ρ = l1Ratio
 * }</pre>
 * exactly scikit-learn's {@code ElasticNet(alpha, l1_ratio)} objective; ρ = 1 is the lasso
 * ({@link Lasso}), ρ = 0 a ridge penalty (note the 1/(2n) and the ½: alpha here is not {@link Ridge}'s).
 * The intercept is not penalized: the fit centres X and y, solves for w, and sets b = ȳ − x̄ᵀw.
 *
 * <p><b>Algorithm.</b> Cyclic coordinate descent with soft-thresholding ({@link CoordinateDescent}),
 * from w = 0. <b>Stopping rule</b> (scikit-learn's): after a sweep whose largest coefficient change is
 * small, max|Δwⱼ| &lt; tol·max|wⱼ| (or w = 0, or at the last sweep), compute the duality gap and stop
 * when
 * <pre>{@code
 *   gap(w) ≤ tol·‖yc‖²/n          (so P(w) − min P ≤ tol·‖yc‖²/n: tol is relative to P(0))
 * }</pre>
 * {@link #path} fits a grid of α from the largest to the smallest, each warm-started at the previous
 * solution (for α ≥ {@link #alphaMax} the answer is w = 0).
 *
 * <p><b>Smile.</b> Smile's {@code ElasticNet(λ₁, λ₂)} is the "naive" elastic net on standardized
 * features Z (centred, divided by the population standard deviation sⱼ), minimising
 * ‖yc − Z·w‖² + λ₁‖w‖₁ + λ₂‖w‖²: that is this class on Z with λ₁ = 2nαρ and λ₂ = nα(1 − ρ), coefficients
 * then divided by sⱼ.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class ElasticNet implements Regressor<LinearModel> {
    private static final String WHO = "ElasticNet";

    private final double alpha;
    private final double l1Ratio;
    private final boolean fitIntercept;
    private final int maxIter;
    private final double tol;

    /** Creates the trainer with scikit-learn's defaults: alpha = 1, l1Ratio = 0.5, intercept, maxIter = 1000, tol = 1e-4. */
    public ElasticNet() {
        this(1.0);
    }

    /**
     * Creates the trainer with penalty strength alpha and the other defaults.
     *
     * @param alpha α, finite and ≥ 0
     * @throws IllegalArgumentException if alpha is negative, NaN or infinite
     */
    public ElasticNet(double alpha) {
        this(alpha, 0.5, true, 1000, 1e-4);
    }

    private ElasticNet(double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol) {
        this.alpha = Inputs.alpha(WHO, alpha);
        this.l1Ratio = checkL1Ratio(WHO, l1Ratio);
        this.fitIntercept = fitIntercept;
        this.maxIter = Inputs.atLeastOne(WHO, "maxIter", maxIter);
        this.tol = Inputs.tol(WHO, tol);
    }

    /** Returns a trainer with penalty α (finite, ≥ 0; else IllegalArgumentException). */
    public ElasticNet withAlpha(double alpha) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, maxIter, tol);
    }

    /** Returns a trainer with mixing ρ ∈ [0, 1] (else IllegalArgumentException): 1 is the lasso, 0 ridge. */
    public ElasticNet withL1Ratio(double l1Ratio) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, maxIter, tol);
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public ElasticNet withFitIntercept(boolean fitIntercept) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, maxIter, tol);
    }

    /** Returns a trainer that runs at most maxIter ≥ 1 sweeps (else IllegalArgumentException). */
    public ElasticNet withMaxIter(int maxIter) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, maxIter, tol);
    }

    /** Returns a trainer with stopping tolerance tol ≥ 0 (else IllegalArgumentException); see the class comment. */
    public ElasticNet withTol(double tol) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, maxIter, tol);
    }

    /** Returns α. */
    public double alpha() {
        return alpha;
    }

    /** Returns ρ, the share of the penalty that is ℓ1. */
    public double l1Ratio() {
        return l1Ratio;
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** Returns the largest number of sweeps. */
    public int maxIter() {
        return maxIter;
    }

    /** Returns the stopping tolerance. */
    public double tol() {
        return tol;
    }

    /**
     * Fits the coefficients by coordinate descent from w = 0.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model; nIter() sweeps were run (= maxIter if tol was not met)
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public LinearModel fit(Matrix X, double[] y) {
        Inputs.regression(WHO + ".fit", X, y);
        Centered c = Centered.of(X, y, fitIntercept);
        Problem problem = new Problem(c);
        double[] w = new double[X.cols()];
        int nIter = descend(problem, w, alpha);
        return new LinearModel(w, c.intercept(w), nIter);
    }

    /**
     * Fits one model per alpha with this trainer's other settings, from the largest alpha to the
     * smallest, each starting from the previous solution (a warm start); this trainer's own alpha plays
     * no part.
     *
     * @param X      n×p features, finite (not modified)
     * @param y      length n targets, finite (not modified)
     * @param alphas the penalties, each finite and ≥ 0, any order (not modified)
     * @return the models, in the order of alphas
     * @throws IllegalArgumentException if alphas is empty or holds a negative, NaN or infinite value,
     *         or as {@link #fit}
     */
    public List<LinearModel> path(Matrix X, double[] y, double[] alphas) {
        Inputs.regression(WHO + ".path", X, y);
        double[] grid = Inputs.alphas(WHO + ".path", alphas);
        Centered c = Centered.of(X, y, fitIntercept);
        Problem problem = new Problem(c);
        Integer[] largestFirst = IntStream.range(0, grid.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> grid[i]).reversed()).toArray(Integer[]::new);
        LinearModel[] models = new LinearModel[grid.length];
        double[] w = new double[X.cols()];
        for (int i : largestFirst) {
            int nIter = descend(problem, w, grid[i]);
            models[i] = new LinearModel(w, c.intercept(w), nIter);
        }
        return List.of(models);
    }

    /**
     * Returns the smallest α at which the fitted w is 0: α_max = ‖Xcᵀyc‖∞ / (n·ρ), from the
     * optimality condition at w = 0; +∞ when ρ = 0 (a ridge penalty never zeroes w).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @throws IllegalArgumentException as {@link #fit}
     */
    public double alphaMax(Matrix X, double[] y) {
        Inputs.regression(WHO + ".alphaMax", X, y);
        Centered c = Centered.of(X, y, fitIntercept);
        double[] correlation = c.X().transpose().multiply(c.y());
        double largest = 0.0;
        for (double v : correlation) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest / (X.rows() * l1Ratio);
    }

    /**
     * Coordinate descent on the centred problem, updating w in place from its current value; returns
     * the number of sweeps. Stops by the rule in the class comment.
     */
    private int descend(Problem problem, double[] w, double alpha) {
        int n = problem.y.length;
        double A = n * alpha * l1Ratio;
        double B = n * alpha * (1.0 - l1Ratio);
        double gapTol = tol * Vectors.dot(problem.y, problem.y) / n;
        double[] r = CoordinateDescent.residual(problem.cols, problem.y, w);
        for (int sweep = 1; sweep <= maxIter; sweep++) {
            double maxChange = CoordinateDescent.sweepInPlace(problem.cols, problem.squaredNorms, w, r, A, B);
            double maxCoef = Arrays.stream(w).map(Math::abs).max().orElse(0.0);
            if (maxCoef == 0.0 || maxChange < tol * maxCoef || sweep == maxIter) {
                if (CoordinateDescent.dualityGap(problem.cols, problem.y, w, r, alpha, l1Ratio) <= gapTol) {
                    return sweep;
                }
            }
        }
        return maxIter;
    }

    /** The centred data in the column layout coordinate descent reads. */
    private static final class Problem {
        final double[][] cols;
        final double[] squaredNorms;
        final double[] y;

        Problem(Centered c) {
            this.cols = CoordinateDescent.columns(c.X());
            this.squaredNorms = CoordinateDescent.squaredNorms(cols);
            this.y = c.y();
        }
    }

    static double checkL1Ratio(String who, double l1Ratio) {
        if (!(l1Ratio >= 0.0 && l1Ratio <= 1.0)) {
            throw new IllegalArgumentException(who + ": l1Ratio must be in [0, 1], got " + l1Ratio);
        }
        return l1Ratio;
    }

    /** Returns e.g. {@code "ElasticNet(alpha=1.0, l1Ratio=0.5, fitIntercept=true, maxIter=1000, tol=1.0E-4)"}. */
    @Override
    public String toString() {
        return "ElasticNet(alpha=" + alpha + ", l1Ratio=" + l1Ratio + ", fitIntercept=" + fitIntercept
                + ", maxIter=" + maxIter + ", tol=" + tol + ")";
    }
}
