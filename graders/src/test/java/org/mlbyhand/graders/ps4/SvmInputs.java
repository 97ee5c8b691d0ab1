package org.mlbyhand.graders.ps4;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The argument checks of the problem set's exercises, as their stubs state them, for the references
 * core does not check and for the bugs and correct alternatives: each differs from the reference in the
 * math only, never in what it rejects, so that a bug fails only where its mistake shows.
 */
final class SvmInputs {
    private SvmInputs() {
    }

    /** Throws ShapeMismatchException unless x and z have the same length (a kernel's two points). */
    static void samePoints(String who, double[] x, double[] z) {
        if (x.length != z.length) {
            throw new ShapeMismatchException(who + ": x has length " + x.length + ", z has length " + z.length);
        }
    }

    /** Throws IllegalArgumentException unless γ is finite and ≥ 0, as core's kernels. */
    static void gamma(String who, double gamma) {
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException(who + ": gamma must be finite and ≥ 0, got " + gamma);
        }
    }

    /** The checks of the polynomial kernel: degree ≥ 0, γ finite ≥ 0, coef0 finite, same lengths. */
    static void polynomial(String who, double[] x, double[] z, int degree, double gamma, double coef0) {
        if (degree < 0) {
            throw new IllegalArgumentException(who + ": degree must be ≥ 0, got " + degree);
        }
        gamma(who, gamma);
        if (!Double.isFinite(coef0)) {
            throw new IllegalArgumentException(who + ": coef0 must be finite, got " + coef0);
        }
        samePoints(who, x, z);
    }

    /** Throws ShapeMismatchException unless X and Z have the same number of columns. */
    static void sameColumns(String who, Matrix X, Matrix Z) {
        if (X.cols() != Z.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", Z is " + Z.shape());
        }
    }

    /** The checks of the hinge loss: same lengths, labels 0 or 1, finite scores. */
    static void scores(String who, int[] y, double[] z) {
        if (y.length != z.length) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", z has length " + z.length);
        }
        labels(who, y);
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i])) {
                throw new IllegalArgumentException(who + ": z[" + i + "] is " + z[i]);
            }
        }
    }

    /** The checks of the hinge subgradient at (w, b): y of length n, w of length p, labels 0 or 1, all finite. */
    static void linear(String who, Matrix X, int[] y, double[] w, double b) {
        if (y.length != X.rows() || w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length
                    + ", w has length " + w.length);
        }
        labels(who, y);
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                finite(who, "X[" + i + "][" + j + "]", X.get(i, j));
            }
        }
        for (int j = 0; j < w.length; j++) {
            finite(who, "w[" + j + "]", w[j]);
        }
        finite(who, "b", b);
    }

    /** The checks of a Pegasos step: λ finite and &gt; 0, t ≥ 1, y of length n, w of length p. */
    static void pegasos(String who, Matrix X, int[] y, double[] w, double lambda, int t) {
        if (!(lambda > 0.0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException(who + ": lambda must be finite and > 0, got " + lambda);
        }
        if (t < 1) {
            throw new IllegalArgumentException(who + ": t must be ≥ 1, got " + t);
        }
        if (y.length != X.rows() || w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length
                    + ", w has length " + w.length);
        }
    }

    /** Throws ShapeMismatchException unless α, G and y have the same length. */
    static void dual(String who, double[] alpha, double[] G, int[] y) {
        if (alpha.length != G.length || alpha.length != y.length) {
            throw new ShapeMismatchException(who + ": alpha has length " + alpha.length + ", G has length " + G.length
                    + ", y has length " + y.length);
        }
    }

    /** The checks of an SMO pair step: α, G, y of one length l, K l×l, i ≠ j. */
    static void pair(String who, double[] alpha, double[] G, int[] y, Matrix K, int i, int j) {
        dual(who, alpha, G, y);
        if (K.rows() != alpha.length || K.cols() != alpha.length) {
            throw new ShapeMismatchException(who + ": alpha has length " + alpha.length + ", K is " + K.shape());
        }
        if (i == j) {
            throw new IllegalArgumentException(who + ": the pair needs two different indices, got i = j = " + i);
        }
    }

    /** The checks of the SMO loop: K l×l, y of length l and ±1, C and tol finite and &gt; 0, maxIter ≥ 1. */
    static void smo(String who, Matrix K, int[] y, double C, double tol, int maxIter) {
        if (K.rows() != y.length || K.cols() != y.length) {
            throw new ShapeMismatchException(who + ": K is " + K.shape() + ", y has length " + y.length);
        }
        for (int t = 0; t < y.length; t++) {
            if (y[t] != 1 && y[t] != -1) {
                throw new IllegalArgumentException(who + ": y[" + t + "] = " + y[t] + "; the signs are +1 and −1");
            }
        }
        if (!(C > 0.0) || Double.isInfinite(C)) {
            throw new IllegalArgumentException(who + ": C must be finite and > 0, got " + C);
        }
        if (!(tol > 0.0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException(who + ": tol must be finite and > 0, got " + tol);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException(who + ": maxIter must be ≥ 1, got " + maxIter);
        }
    }

    /** The checks of the decision function: nSV coefficients, X and the support vectors with p columns. */
    static void decision(String who, Matrix X, Matrix supportVectors, double[] dualCoef) {
        if (dualCoef.length != supportVectors.rows() || X.cols() != supportVectors.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", the support vectors are "
                    + supportVectors.shape() + ", dualCoef has length " + dualCoef.length);
        }
    }

    /** The checks of the vote: k ≥ 2 and k(k−1)/2 columns. */
    static void vote(String who, Matrix D, int k) {
        if (k < 2) {
            throw new IllegalArgumentException(who + ": k must be ≥ 2, got " + k);
        }
        if (D.cols() != k * (k - 1) / 2) {
            throw new ShapeMismatchException(who + ": D is " + D.shape() + ", but k = " + k + " classes make "
                    + k * (k - 1) / 2 + " pairs");
        }
    }

    /** Throws IllegalArgumentException unless every label is 0 or 1. */
    static void labels(String who, int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + "; the labels are 0 and 1");
            }
        }
    }

    private static void finite(String who, String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(who + ": " + what + " is " + v);
        }
    }
}
