package org.mlbyhand.core.svm;

import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted linear SVM over the classes 0 and 1, returned by {@link PegasosLinearSvc#fit}:
 * <pre>{@code
 *   z = X·w + b                   (decisionFunction, length m; positive means class 1)
 *   ŷ = 1 if z > 0 else 0         (predict, scikit-learn's LinearSVC rule)
 * }</pre>
 * {@link #predictProba} is the degenerate distribution of {@link #predict} (1 for the predicted class):
 * a hinge-loss model estimates no probability. Immutable: accessors return copies.
 */
public final class LinearSvcModel implements ClassificationModel {
    private static final String WHO = "LinearSvcModel";

    private final double[] coef;
    private final double intercept;
    private final int nIter;

    LinearSvcModel(double[] coef, double intercept, int nIter) {
        this.coef = coef.clone();
        this.intercept = intercept;
        this.nIter = nIter;
    }

    /** Returns a copy of the weights w, length p (scikit-learn's {@code coef_[0]}). */
    public double[] coef() {
        return coef.clone();
    }

    /** Returns the intercept b (scikit-learn's {@code intercept_[0]}); 0 when fitted without one. */
    public double intercept() {
        return intercept;
    }

    /** Returns the number of epochs run. */
    public int nIter() {
        return nIter;
    }

    /** Returns p. */
    @Override
    public int numFeatures() {
        return coef.length;
    }

    /** Returns 2: the classes are 0 and 1. */
    @Override
    public int numClasses() {
        return 2;
    }

    /**
     * Returns the scores zᵢ = xᵢᵀw + b.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double[] decisionFunction(Matrix X) {
        Inputs.features(WHO + ".decisionFunction", X, coef.length);
        double[] z = new double[X.rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = HingeLoss.score(X.row(i), coef, intercept);
        }
        return z;
    }

    /** Returns ŷᵢ = 1 if zᵢ &gt; 0, else 0, length m (X m×p, not modified; checked as {@link #decisionFunction}). */
    @Override
    public int[] predict(Matrix X) {
        double[] z = decisionFunction(X);
        int[] labels = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            labels[i] = z[i] > 0 ? 1 : 0;
        }
        return labels;
    }

    /**
     * Returns P[i][ŷᵢ] = 1 and 0 elsewhere (class comment: not a probability estimate).
     *
     * @param X m×p, finite (not modified)
     * @return m×2
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix predictProba(Matrix X) {
        int[] labels = predict(X);
        Matrix P = Matrix.zeros(labels.length, 2);   // m×2
        for (int i = 0; i < labels.length; i++) {
            P.set(i, labels[i], 1.0);
        }
        return P;
    }

    /** Returns e.g. {@code "LinearSvcModel(p=2, intercept=0.17, nIter=100)"}. */
    @Override
    public String toString() {
        return WHO + "(p=" + coef.length + ", intercept=" + intercept + ", nIter=" + nIter + ")";
    }
}
