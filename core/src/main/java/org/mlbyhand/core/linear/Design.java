package org.mlbyhand.core.linear;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The design matrix X̃ = [X, 1] (n×(p+1)) of a model with an intercept, or X̃ = X (n×p) without one,
 * so that X̃·θ = X·w + b for θ = (w, b). Used by the iterative trainers, which treat the intercept as one
 * more coefficient that the penalty leaves out.
 */
final class Design {
    final Matrix X;    // n×q, q = p + 1 with an intercept, else p
    final Matrix Xt;   // q×n, kept to form gradients X̃ᵀe without transposing every step
    final int p;
    final boolean intercept;

    Design(Matrix features, boolean intercept) {
        int n = features.rows();
        this.p = features.cols();
        this.intercept = intercept;
        int q = p + (intercept ? 1 : 0);
        Matrix A = Matrix.zeros(n, q);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                A.set(i, j, features.get(i, j));
            }
            if (intercept) {
                A.set(i, p, 1.0);
            }
        }
        this.X = A;
        this.Xt = A.transpose();
    }

    int rows() {
        return X.rows();
    }

    /** Returns q = p + 1 with an intercept, else p: the length of θ. */
    int cols() {
        return X.cols();
    }

    /**
     * Returns X̃ᵀ·diag(s)·X̃ (q×q), assembled from its lower triangle so that it is exactly symmetric.
     */
    Matrix weightedGram(double[] s) {
        int n = rows();
        int q = cols();
        Matrix G = Matrix.zeros(q, q);
        for (int a = 0; a < q; a++) {
            for (int c = 0; c <= a; c++) {
                double sum = 0.0;
                for (int i = 0; i < n; i++) {
                    sum += X.get(i, a) * s[i] * X.get(i, c);
                }
                G.set(a, c, sum);
                G.set(c, a, sum);
            }
        }
        return G;
    }

    /** Returns ‖X̃‖_F², which bounds λ_max(X̃ᵀX̃) from above. */
    double squaredFrobenius() {
        double f = X.frobeniusNorm();
        return f * f;
    }
}
