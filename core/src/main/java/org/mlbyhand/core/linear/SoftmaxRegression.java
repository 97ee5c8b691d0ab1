package org.mlbyhand.core.linear;

import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Multinomial (softmax) logistic regression with an ℓ2 penalty: the trainer whose {@link #fit} returns
 * the {@link SoftmaxModel} P(y = c | x) = softmax(W·x + b)_c over k ≥ 2 classes, with
 * <pre>{@code
 *   (W, b) = argmin C·Σᵢ [logSumExp(zᵢ) − z_{i,yᵢ}] + ½‖W‖_F²,     zᵢ = W·xᵢ + b,  W k×p,  b length k
 * }</pre>
 * exactly scikit-learn's {@code LogisticRegression(C, multi_class='multinomial')} objective: one weight
 * vector per class ("symmetric" softmax), intercepts not penalized, C = +∞ for no penalty. Adding a
 * constant to every class's intercept changes nothing, so the intercepts are returned normalized to
 * Σ_c b_c = 0 (as scikit-learn's are); without a penalty W's columns are normalized the same way.
 *
 * <p>Solvers, stopping rule and defaults as {@link LogisticRegression} (on the objective divided by
 * C·n). Newton forms a (p+1)k × (p+1)k Hessian, O(n·(p+1)²·k²) per step, and factors it,
 * O(((p+1)k)³): right for small p·k (iris: 15 unknowns); use {@link LogisticRegression.Solver#GRADIENT_DESCENT}
 * (step 1/L, L = ‖X̃‖_F²/(2n) + 1/(Cn)) for large ones.
 *
 * <p><b>Smile.</b> Smile's {@code LogisticRegression.multinomial} fixes the last class's scores at 0
 * (k−1 weight vectors) and penalizes those: the same model as this one only when λ = 0 (C = +∞), where
 * Smile's W_c equals this W_c − W_{k−1}. With a penalty the two objectives differ.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class SoftmaxRegression implements Classifier<SoftmaxModel> {
    private static final String WHO = "SoftmaxRegression";

    private final double C;
    private final boolean fitIntercept;
    private final LogisticRegression.Solver solver;
    private final int maxIter;
    private final double tol;
    private final double learningRate;   // 0 means 1/L

    /** Creates the trainer with scikit-learn's defaults: C = 1, intercept, maxIter = 100, tol = 1e-4; solver NEWTON. */
    public SoftmaxRegression() {
        this(1.0, true, LogisticRegression.Solver.NEWTON, 100, 1e-4, 0.0);
    }

    private SoftmaxRegression(double C, boolean fitIntercept, LogisticRegression.Solver solver, int maxIter, double tol,
                              double learningRate) {
        this.C = LogisticRegression.checkC(WHO, C);
        this.fitIntercept = fitIntercept;
        this.solver = LogisticRegression.checkSolver(WHO, solver);
        this.maxIter = Inputs.atLeastOne(WHO, "maxIter", maxIter);
        this.tol = Inputs.tol(WHO, tol);
        this.learningRate = learningRate;
    }

    /** Returns a trainer with inverse penalty strength C &gt; 0, +∞ for none (else IllegalArgumentException). */
    public SoftmaxRegression withC(double C) {
        return new SoftmaxRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer that fits intercepts b (true, the default) or fixes b = 0 (false). */
    public SoftmaxRegression withFitIntercept(boolean fitIntercept) {
        return new SoftmaxRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer using {@code solver} (not null, else IllegalArgumentException). */
    public SoftmaxRegression withSolver(LogisticRegression.Solver solver) {
        return new SoftmaxRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer that takes at most maxIter ≥ 1 steps (else IllegalArgumentException). */
    public SoftmaxRegression withMaxIter(int maxIter) {
        return new SoftmaxRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /** Returns a trainer that stops when ‖∇‖∞ ≤ tol, tol ≥ 0 (else IllegalArgumentException). */
    public SoftmaxRegression withTol(double tol) {
        return new SoftmaxRegression(C, fitIntercept, solver, maxIter, tol, learningRate);
    }

    /**
     * Returns a trainer whose gradient descent takes steps η = learningRate instead of 1/L (ignored by
     * Newton).
     *
     * @throws IllegalArgumentException if learningRate is not finite and &gt; 0
     */
    public SoftmaxRegression withLearningRate(double learningRate) {
        return new SoftmaxRegression(C, fitIntercept, solver, maxIter, tol, Inputs.positive(WHO, "learningRate", learningRate));
    }

    /** Returns C, the inverse penalty strength. */
    public double C() {
        return C;
    }

    /** Returns whether intercepts are fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** Returns the solver. */
    public LogisticRegression.Solver solver() {
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
     * Fits the model from W = 0, b = 0.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels 0, 1, …, k−1, every class present, k ≥ 2 (not modified)
     * @return the fitted model; nIter() steps were taken (= maxIter if tol was not met)
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative, a class in
     *         0 … k−1 has no rows, or y has only one class
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     * @throws ArithmeticException if Newton meets a singular Hessian, or gradient descent diverges
     */
    @Override
    public SoftmaxModel fit(Matrix X, int[] y) {
        int k = Inputs.classification(WHO + ".fit", X, y);
        int p = X.cols();
        Design design = new Design(X, fitIntercept);
        SoftmaxObjective f = new SoftmaxObjective(design, y, k, C);
        Minimizer.Result result = LogisticRegression.minimize(WHO + ".fit", solver, f, new double[design.cols() * k],
                maxIter, tol, learningRate);
        Matrix theta = Matrix.fromRowMajor(design.cols(), k, result.theta());   // (p+1)×k = [Wᵀ; bᵀ]
        centreFlatRows(theta, f);
        Matrix W = theta.slice(0, p, 0, k).transpose();                          // k×p
        double[] b = fitIntercept ? theta.row(p) : new double[k];
        return new SoftmaxModel(W, b, result.nIter());
    }

    /** Subtracts each flat row's mean, which changes no probability (see {@code SoftmaxObjective}). */
    private static void centreFlatRows(Matrix theta, SoftmaxObjective f) {
        for (int j = 0; j < theta.rows(); j++) {
            if (f.isFlat(j)) {
                double mean = 0.0;
                for (int c = 0; c < theta.cols(); c++) {
                    mean += theta.get(j, c);
                }
                mean /= theta.cols();
                for (int c = 0; c < theta.cols(); c++) {
                    theta.set(j, c, theta.get(j, c) - mean);
                }
            }
        }
    }

    /** Returns e.g. {@code "SoftmaxRegression(C=1.0, fitIntercept=true, solver=NEWTON, maxIter=100, tol=1.0E-4)"}. */
    @Override
    public String toString() {
        return WHO + "(C=" + C + ", fitIntercept=" + fitIntercept + ", solver=" + solver + ", maxIter=" + maxIter
                + ", tol=" + tol + (learningRate > 0 ? ", learningRate=" + learningRate : "") + ")";
    }
}
