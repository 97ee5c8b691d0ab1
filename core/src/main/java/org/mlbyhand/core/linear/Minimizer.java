package org.mlbyhand.core.linear;

import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Vectors;

/**
 * The two smooth minimisers behind the gradient-descent and Newton solvers of this package. Both
 * stop when ‖∇f(θ)‖∞ ≤ tol, or after maxIter steps.
 * <pre>{@code
 *   gradient descent:  θ ← θ − η·∇f(θ)                       (η = 1/L by default: f decreases every step)
 *   Newton:            solve H·d = −∇f(θ),  θ ← θ + t·d       (t = 1, halved until f decreases enough)
 * }</pre>
 * Newton's backtracking accepts t when f(θ + t·d) ≤ f(θ) + 10⁻⁴·t·∇fᵀd + 4ε·|f(θ)|: the last term lets
 * steps through that only rounding in f could reject, once the iterate is as exact as f can tell.
 */
final class Minimizer {
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private Minimizer() {
    }

    /** The minimiser θ and the number of steps taken. */
    record Result(double[] theta, int nIter) {
    }

    static Result gradientDescent(String who, SmoothObjective f, double[] theta0, double eta, int maxIter, double tol) {
        double[] theta = theta0.clone();
        for (int step = 0; step < maxIter; step++) {
            double[] g = f.gradient(theta);
            if (maxAbs(g) <= tol) {
                return new Result(theta, step);
            }
            for (int j = 0; j < theta.length; j++) {
                theta[j] -= eta * g[j];
            }
            requireNotDiverged(who, f.value(theta), step + 1, eta, f);
        }
        return new Result(theta, maxIter);
    }

    static Result newton(String who, SmoothObjective f, double[] theta0, int maxIter, double tol) {
        double[] theta = theta0.clone();
        double value = f.value(theta);
        for (int step = 0; step < maxIter; step++) {
            double[] g = f.gradient(theta);
            if (maxAbs(g) <= tol) {
                return new Result(theta, step);
            }
            double[] d = newtonDirection(who, f, theta, g);
            double slope = Vectors.dot(g, d);
            double t = 1.0;
            double[] next = theta;
            double nextValue = value;
            for (int halving = 0; halving <= MAX_HALVINGS; halving++, t *= 0.5) {
                next = axpy(t, d, theta);
                nextValue = f.value(next);
                if (nextValue <= value + ARMIJO * t * slope + 4 * Math.ulp(Math.abs(value))) {
                    break;
                }
            }
            theta = next;
            value = nextValue;
        }
        return new Result(theta, maxIter);
    }

    /** d = −H⁻¹·g by Cholesky. */
    private static double[] newtonDirection(String who, SmoothObjective f, double[] theta, double[] g) {
        double[] d;
        try {
            d = Cholesky.of(f.newtonMatrix(theta)).solve(g);
        } catch (NotPositiveDefiniteException e) {
            ArithmeticException named = new ArithmeticException(who + ": the Hessian is singular to working"
                    + " precision (" + e.getMessage() + "): without a penalty, linearly dependent columns of X or"
                    + " separable classes leave the minimiser undefined; use a finite C");
            named.initCause(e);
            throw named;
        }
        for (int j = 0; j < d.length; j++) {
            d[j] = -d[j];
        }
        return d;
    }

    /**
     * Throws when a gradient step made the objective overflow. Not an argument check (the arguments were
     * checked before the fit began): a symptom of a learning rate that is too large, reported as such.
     */
    private static void requireNotDiverged(String who, double value, int step, double eta, SmoothObjective f) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(who + ": gradient descent diverged at step " + step
                    + " (objective " + value + "): learningRate " + eta + " is too large; 1/L = "
                    + (1.0 / f.curvatureBound()) + " always decreases the objective");
        }
    }

    /** Throws when a plain gradient step overflowed the iterate (w, b): the learning rate is too large. */
    static void requireNotDiverged(String who, double[] w, double b, int step, double eta) {
        boolean finite = Double.isFinite(b);
        for (double v : w) {
            finite &= Double.isFinite(v);
        }
        if (!finite) {
            throw new ArithmeticException(who + ": diverged at step " + step + " (a coefficient is no longer finite):"
                    + " learningRate " + eta + " is too large for this data; lower it, or standardize X");
        }
    }

    static double maxAbs(double[] x) {
        double m = 0.0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** Returns x + t·d. */
    private static double[] axpy(double t, double[] d, double[] x) {
        double[] y = x.clone();
        for (int j = 0; j < y.length; j++) {
            y[j] += t * d[j];
        }
        return y;
    }
}
