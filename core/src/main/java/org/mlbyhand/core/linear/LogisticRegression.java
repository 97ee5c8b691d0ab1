package org.mlbyhand.core.linear;

import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Binary logistic regression with an ℓ2 penalty: the trainer whose {@link #fit} returns the
 * {@link LogisticModel} P(y = 1 | x) = σ(xᵀw + b), with
 * <pre>{@code
 *   (w, b) = argmin C·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ] + ½‖w‖²,      zᵢ = xᵢᵀw + b,  yᵢ ∈ {0, 1}
 * }</pre>
 * exactly scikit-learn's {@code LogisticRegression(C)} objective (penalty 'l2', intercept not
 * penalized); C = +∞ drops the penalty (scikit-learn's {@code penalty=None}). The sum is the log-loss
 * of {@link org.mlbyhand.core.functions.Losses#binaryCrossEntropy}, n times over. Two solvers minimise it, both on the same
 * objective divided by C·n (same minimiser; it makes tol independent of n and C):
 * <ul>
 *   <li>{@link Solver#NEWTON} (default), also called IRLS: each step solves
 *       (X̃ᵀSX̃/n + λ·I_w)·d = −∇, S = diag(σᵢ(1 − σᵢ)), λ = 1/(C·n), by Cholesky, with a backtracking line
 *       search; quadratic convergence, a handful of steps.</li>
 *   <li>{@link Solver#GRADIENT_DESCENT}: θ ← θ − η·∇ with η = 1/L, L = ‖X̃‖_F²/(4n) + λ (the loss's
 *       curvature never exceeds L, so every step decreases it), or a given learningRate; linear
 *       convergence, often thousands of steps.</li>
 * </ul>
 * Both stop when ‖∇‖∞ ≤ tol for the scaled objective (scikit-learn's {@code newton-cholesky} rule),
 * or after maxIter steps. Without a penalty (C = +∞) the minimiser may not exist: on separable classes
 * the coefficients grow until the gradient falls below tol, and with linearly dependent columns Newton
 * meets a singular Hessian and throws.
 *
 * <p><b>Smile.</b> Smile's {@code LogisticRegression.binomial(x, y, λ, tol, maxIter)} minimises
 * Σᵢ log-loss + λ/2·‖w‖²: this class with C = 1/λ. (Its overloads without λ use λ = 0.1, and its
 * L-BFGS reaches 1e-12 only with {@code tol = 1e-12} and {@code -Dsmile.bfgs.epsilon=1e-14}.)
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class LogisticRegression implements Classifier<LogisticModel> {
    /** The algorithm that minimises the objective (see the class comment). */
    public enum Solver {
        /** Newton's method (IRLS) with a line search. */
        NEWTON,
        /** Gradient descent with step 1/L or a given learning rate. */
        GRADIENT_DESCENT
    }

    private static final String WHO = "LogisticRegression";

    private final double C;
    private final boolean fitIntercept;
    private final Solver solver;
    private final int maxIter;
    private final double tol;
    private final double learningRate;   // 0 means 1/L

    /** Creates the trainer with scikit-learn's defaults: C = 1, intercept, maxIter = 100, tol = 1e-4; solver NEWTON. */
    public LogisticRegression() {
        this(1.0, true, Solver.NEWTON, 100, 1e-4, 0.0);
    }

    private LogisticRegression(double C, boolean fitIntercept, Solver solver, int maxIter, double tol, double learningRate) {
        this.C = checkC(WHO, C);
        this.fitIntercept = fitIntercept;
        this.solver = checkSolver(WHO, solver);
        this.maxIter = Inputs.atLeastOne(WHO, "maxIter", maxIter);
        this.tol = Inputs.tol(WHO, tol);
        this.learningRate = learningRate;
    }

    /** Returns a trainer with inverse penalty strength C &gt; 0, +∞ for none (else IllegalArgumentException). */
    public LogisticRegression withC(double C) {
        return new LogisticRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public LogisticRegression withFitIntercept(boolean fitIntercept) {
        return new LogisticRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer using {@code solver} (not null, else IllegalArgumentException). */
    public LogisticRegression withSolver(Solver solver) {
        return new LogisticRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer that takes at most maxIter ≥ 1 steps (else IllegalArgumentException). */
    public LogisticRegression withMaxIter(int maxIter) {
        return new LogisticRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer that stops when ‖∇‖∞ ≤ tol, tol ≥ 0 (else IllegalArgumentException). */
    public LogisticRegression withTol(double tol) {
        return new LogisticRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /**
     * Returns a trainer whose gradient descent takes steps η = learningRate instead of 1/L (ignored by
     * Newton).
     *
     * @throws IllegalArgumentException if learningRate is not finite and &gt; 0
     */
    public LogisticRegression withLearningRate(double learningRate) {
        return new LogisticRegression(C, fitIntercept, solver, maxIter, tol, Inputs.positive(WHO, "learningRate", learningRate));
    }

    /** Returns C, the inverse penalty strength. */
    public double C() {
        return C;
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** Returns the solver. */
    public Solver solver() {
        return solver;
    }

    /** Returns the largest number of steps. */
    public int maxIter() {
        return maxIter;
    }

    /** Returns the gradient tolerance. */
    public double tol() {
        return tol;
    }

    /**
     * Fits the model from w = 0, b = 0.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels, each 0 or 1, both present (not modified)
     * @return the fitted model; nIter() steps were taken (= maxIter if tol was not met)
     * @throws IllegalArgumentException if X is empty or not finite, a label is not 0 or 1, or y has
     *         only one class
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     * @throws ArithmeticException if Newton meets a singular Hessian (C = +∞ with dependent columns),
     *         or gradient descent diverges (a learningRate above 2/L)
     */
    @Override
    public LogisticModel fit(Matrix X, int[] y) {
        int k = Inputs.classification(WHO + ".fit", X, y);
        if (k != 2) {
            throw new IllegalArgumentException(WHO + ".fit: y has labels up to " + (k - 1)
                    + "; binary labels are 0 and 1 (use SoftmaxRegression for " + k + " classes)");
        }
        Design design = new Design(X, fitIntercept);
        SmoothObjective f = new BinaryLogisticObjective(design, y, C);
        Minimizer.Result result = minimize(WHO + ".fit", solver, f, new double[design.cols()], maxIter, tol, learningRate);
        double[] theta = result.theta();
        double[] w = java.util.Arrays.copyOf(theta, X.cols());
        return new LogisticModel(w, fitIntercept ? theta[X.cols()] : 0.0, result.nIter());
    }

    static Minimizer.Result minimize(String who, Solver solver, SmoothObjective f, double[] theta0, int maxIter,
                                     double tol, double learningRate) {
        if (solver == Solver.NEWTON) {
            return Minimizer.newton(who, f, theta0, maxIter, tol);
        }
        double eta = learningRate > 0.0 ? learningRate : 1.0 / f.curvatureBound();
        return Minimizer.gradientDescent(who, f, theta0, eta, maxIter, tol);
    }

    static double checkC(String who, double C) {
        if (!(C > 0.0)) {
            throw new IllegalArgumentException(who + ": C must be > 0 (+∞ for no penalty), got " + C);
        }
        return C;
    }

    static Solver checkSolver(String who, Solver solver) {
        if (solver == null) {
            throw new IllegalArgumentException(who + ": solver is null; use Solver.NEWTON or Solver.GRADIENT_DESCENT");
        }
        return solver;
    }

    /** Returns e.g. {@code "LogisticRegression(C=1.0, fitIntercept=true, solver=NEWTON, maxIter=100, tol=1.0E-4)"}. */
    @Override
    public String toString() {
        return WHO + "(C=" + C + ", fitIntercept=" + fitIntercept + ", solver=" + solver + ", maxIter=" + maxIter
                + ", tol=" + tol + (learningRate > 0 ? ", learningRate=" + learningRate : "") + ")";
    }
}
