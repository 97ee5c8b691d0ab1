package org.mlbyhand.core.svm;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * A kernel k(x, z) = φ(x)ᵀφ(z): an inner product in a feature space that is never built. The four of
 * scikit-learn's {@code SVC} (and libsvm's), with its parameter names:
 * <pre>{@code
 *   Linear                          k(x, z) = xᵀz
 *   Polynomial(degree, gamma, coef0) k(x, z) = (γ·xᵀz + coef0)^degree
 *   Rbf(gamma)                      k(x, z) = exp(−γ·‖x − z‖²)         γ multiplies the SQUARED distance
 *   Sigmoid(gamma, coef0)           k(x, z) = tanh(γ·xᵀz + coef0)
 * }</pre>
 * The linear, polynomial (coef0 ≥ 0) and RBF kernels are positive semi-definite: every Gram matrix
 * K[a][b] = k(x_a, x_b) is, so the SVM dual is a convex problem. The sigmoid kernel is not, for most γ
 * and coef0; libsvm (and {@link Smo}) still runs, and finds a stationary point that depends on the path.
 *
 * <p><b>Evaluation, as libsvm's {@code Kernel::k_function}.</b> xᵀz and ‖x − z‖² = Σ (xⱼ − zⱼ)² are
 * summed left to right; the integer power is taken by repeated squaring (libsvm's {@code powi}, exact for
 * degree ≤ 2, a few ulps otherwise); {@code exp} and {@code tanh} are {@link Math}'s. NaN and infinities
 * propagate as in the arithmetic. γ is a number here: the rules "scale" and "auto" that turn data into a
 * γ are {@link Gamma}'s.
 */
public sealed interface Kernel permits Kernel.Linear, Kernel.Polynomial, Kernel.Rbf, Kernel.Sigmoid {

    /**
     * Returns k(x, z).
     *
     * @param x length p (not modified)
     * @param z length p (not modified)
     * @throws ShapeMismatchException if the lengths differ
     */
    double apply(double[] x, double[] z);

    /** Returns scikit-learn's name of the kernel: "linear", "poly", "rbf" or "sigmoid". */
    String name();

    /**
     * Returns the kernel matrix between the rows of X and the rows of Z, K[a][b] = k(X_a, Z_b).
     *
     * @param X m×p (not modified)
     * @param Z n×p (not modified)
     * @return m×n
     * @throws ShapeMismatchException if X and Z have different numbers of columns
     */
    default Matrix gram(Matrix X, Matrix Z) {
        if (X.cols() != Z.cols()) {
            throw new ShapeMismatchException("Kernel.gram: X is " + X.shape() + ", Z is " + Z.shape());
        }
        Matrix K = Matrix.zeros(X.rows(), Z.rows());   // m×n
        for (int a = 0; a < X.rows(); a++) {
            double[] x = X.row(a);
            for (int b = 0; b < Z.rows(); b++) {
                K.set(a, b, apply(x, Z.row(b)));
            }
        }
        return K;
    }

    /** Returns the Gram matrix K[a][b] = k(X_a, X_b), n×n and symmetric (X n×p, not modified). */
    default Matrix gram(Matrix X) {
        return gram(X, X);
    }

    /** The linear kernel k(x, z) = xᵀz: the SVM of the original features. */
    record Linear() implements Kernel {
        @Override
        public double apply(double[] x, double[] z) {
            return dot(x, z);
        }

        @Override
        public String name() {
            return "linear";
        }
    }

    /**
     * The polynomial kernel k(x, z) = (γ·xᵀz + coef0)^degree: all monomials of degree ≤ degree (coef0 &gt; 0)
     * or exactly degree (coef0 = 0) of the features, weighted.
     *
     * @param degree the integer power, ≥ 0 (scikit-learn's default 3)
     * @param gamma  γ ≥ 0, finite
     * @param coef0  the constant term, finite (default 0)
     */
    record Polynomial(int degree, double gamma, double coef0) implements Kernel {
        /** @throws IllegalArgumentException if degree &lt; 0, or γ or coef0 is out of range */
        public Polynomial {
            if (degree < 0) {
                throw new IllegalArgumentException("Kernel.Polynomial: degree must be ≥ 0, got " + degree);
            }
            checkGamma("Kernel.Polynomial", gamma);
            checkCoef0("Kernel.Polynomial", coef0);
        }

        @Override
        public double apply(double[] x, double[] z) {
            return power(gamma * dot(x, z) + coef0, degree);
        }

        @Override
        public String name() {
            return "poly";
        }
    }

    /**
     * The Gaussian (radial basis function) kernel k(x, z) = exp(−γ·‖x − z‖²): 1 at x = z, falling to 0 with
     * the distance, on the length scale 1/√γ.
     *
     * @param gamma γ ≥ 0, finite
     */
    record Rbf(double gamma) implements Kernel {
        /** @throws IllegalArgumentException if γ is negative or not finite */
        public Rbf {
            checkGamma("Kernel.Rbf", gamma);
        }

        @Override
        public double apply(double[] x, double[] z) {
            requireSameLength(x, z);
            double sum = 0.0;
            for (int j = 0; j < x.length; j++) {
                double d = x[j] - z[j];
                sum += d * d;
            }
            return Math.exp(-gamma * sum);
        }

        @Override
        public String name() {
            return "rbf";
        }
    }

    /**
     * The sigmoid (hyperbolic tangent) kernel k(x, z) = tanh(γ·xᵀz + coef0), a two-layer perceptron's
     * unit; not positive semi-definite in general.
     *
     * @param gamma γ ≥ 0, finite
     * @param coef0 the offset, finite (default 0)
     */
    record Sigmoid(double gamma, double coef0) implements Kernel {
        /** @throws IllegalArgumentException if γ or coef0 is out of range */
        public Sigmoid {
            checkGamma("Kernel.Sigmoid", gamma);
            checkCoef0("Kernel.Sigmoid", coef0);
        }

        @Override
        public double apply(double[] x, double[] z) {
            return Math.tanh(gamma * dot(x, z) + coef0);
        }

        @Override
        public String name() {
            return "sigmoid";
        }
    }

    private static double dot(double[] x, double[] z) {
        requireSameLength(x, z);
        double sum = 0.0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * z[j];
        }
        return sum;
    }

    /** base^times by repeated squaring, libsvm's powi: the same roundings as scikit-learn's kernel. */
    private static double power(double base, int times) {
        double square = base;
        double result = 1.0;
        for (int t = times; t > 0; t /= 2) {
            if (t % 2 == 1) {
                result *= square;
            }
            square = square * square;
        }
        return result;
    }

    private static void requireSameLength(double[] x, double[] z) {
        if (x.length != z.length) {
            throw new ShapeMismatchException("Kernel.apply: x has length " + x.length + ", z has length " + z.length);
        }
    }

    private static void checkGamma(String who, double gamma) {
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException(who + ": gamma must be finite and ≥ 0, got " + gamma);
        }
    }

    private static void checkCoef0(String who, double coef0) {
        if (!Double.isFinite(coef0)) {
            throw new IllegalArgumentException(who + ": coef0 must be finite, got " + coef0);
        }
    }
}
