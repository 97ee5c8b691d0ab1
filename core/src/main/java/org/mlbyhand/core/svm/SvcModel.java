package org.mlbyhand.core.svm;

import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted support vector classifier over k classes, returned by {@link Svc#fit}: the support vectors,
 * their coefficients and one intercept per pair of classes, with scikit-learn's names, shapes and signs.
 * For a pair (a, b) of classes (k = 2: the one pair (0, 1)),
 * <pre>{@code
 *   f_ab(x) = Σ_{i ∈ SV} c_ab,i · k(x_i, x) − rho_ab        libsvm's value: positive means class a
 *
 *   k = 2:  decisionFunction(x) = −f_01(x) = Σᵢ dualCoef[0][i]·k(xᵢ, x) + intercept[0]     positive means class 1
 *           dualCoef = −c (αᵢ for class 1's support vectors, −αᵢ for class 0's),  intercept = [rho]
 *   k > 2:  dualCoef (k−1)×nSV in libsvm's layout (see OneVsOne), intercept[p] = −rho_p, no sign flip;
 *           decisionFunction is OVR (m×k) or OVO (m×k(k−1)/2, f_ab itself), per the trainer
 *   coef (linear kernel only) = the w of each pair, Σᵢ c_ab,i·xᵢ (k = 2: 1×p with the flipped sign)
 * }</pre>
 * {@link #predict} is libsvm's vote (k = 2: class 1 iff decisionFunction(x) ≥ 0, since f_01 = 0 votes for
 * class 1). The sign flip for k = 2 is scikit-learn's, so that a positive value means the larger class.
 *
 * <p><b>Probabilities.</b> An SVM gives none; scikit-learn's {@code predict_proba} needs
 * {@code probability=True} (Platt scaling by an internal 5-fold cross-validation), which is not built here.
 * {@link #predictProba} returns the degenerate distribution of the vote: 1 for the predicted class, 0
 * elsewhere. It keeps the {@link ClassificationModel} contract and says nothing about confidence.
 *
 * <p>Immutable: accessors return copies. Kernel values are computed as {@link Kernel#apply}, in double
 * precision (only training rounds Q to float).
 */
public final class SvcModel implements ClassificationModel {
    private static final String WHO = "SvcModel";

    private final Kernel kernel;
    private final double[][] supportVectors;   // nSV × p
    private final int[] supportIndices;
    private final int[] nSupport;
    private final double[][] svCoef;          // (k−1) × nSV, libsvm's signs and layout
    private final double[] rho;
    private final int[] nIter;
    private final Svc.DecisionFunctionShape shape;
    private final int p;

    SvcModel(Kernel kernel, Matrix supportVectors, int[] supportIndices, int[] nSupport, double[][] svCoef,
             double[] rho, int[] nIter, Svc.DecisionFunctionShape shape) {
        this.kernel = kernel;
        this.supportVectors = supportVectors.toArray();
        this.supportIndices = supportIndices.clone();
        this.nSupport = nSupport.clone();
        this.svCoef = svCoef;
        this.rho = rho.clone();
        this.nIter = nIter.clone();
        this.shape = shape;
        this.p = supportVectors.cols();
    }

    /** Returns k, the number of classes. */
    @Override
    public int numClasses() {
        return nSupport.length;
    }

    /** Returns p, the number of features. */
    @Override
    public int numFeatures() {
        return p;
    }

    /** Returns the kernel, with γ as resolved at fit time (scikit-learn's {@code _gamma}). */
    public Kernel kernel() {
        return kernel;
    }

    /** Returns the training-row indices of the support vectors, grouped by class (scikit-learn's {@code support_}), length nSV. */
    public int[] supportIndices() {
        return supportIndices.clone();
    }

    /** Returns the support vectors, nSV×p, in the order of {@link #supportIndices} (scikit-learn's {@code support_vectors_}). */
    public Matrix supportVectors() {
        return Matrix.of(supportVectors);
    }

    /** Returns the number of support vectors of each class, length k (scikit-learn's {@code n_support_}). */
    public int[] nSupport() {
        return nSupport.clone();
    }

    /** Returns the dual coefficients, (k−1)×nSV, with scikit-learn's signs (class comment; its {@code dual_coef_}). */
    public Matrix dualCoef() {
        Matrix D = Matrix.of(svCoef);
        return isBinary() ? D.scale(-1.0) : D;
    }

    /** Returns the intercepts, one per pair, length k(k−1)/2, with scikit-learn's signs (its {@code intercept_}). */
    public double[] intercept() {
        double[] b = new double[rho.length];
        for (int q = 0; q < b.length; q++) {
            b[q] = isBinary() ? rho[q] : -rho[q];
        }
        return b;
    }

    /** Returns the SMO steps of each pair, length k(k−1)/2 (scikit-learn's {@code n_iter_}). */
    public int[] nIter() {
        return nIter.clone();
    }

    /**
     * Returns the weights w of each pair in the original features (linear kernel only; scikit-learn's
     * {@code coef_}): row q is Σᵢ c_q,i·xᵢ for pair q, the sign flipped for k = 2.
     *
     * @return k(k−1)/2 × p
     * @throws IllegalStateException if the kernel is not linear (w lives in the kernel's feature space)
     */
    public Matrix coef() {
        if (!(kernel instanceof Kernel.Linear)) {
            throw new IllegalStateException(WHO + ".coef: coef is only available with the linear kernel; this model's kernel is "
                    + kernel.name());
        }
        int k = numClasses();
        Matrix W = Matrix.zeros(OneVsOne.pairs(k), p);      // pairs × p
        int q = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                for (int s = start(a); s < start(a + 1); s++) {
                    addRow(W, q, svCoef[b - 1][s], s);
                }
                for (int s = start(b); s < start(b + 1); s++) {
                    addRow(W, q, svCoef[a][s], s);
                }
                q++;
            }
        }
        return isBinary() ? W.scale(-1.0) : W;
    }

    /**
     * Returns scikit-learn's {@code decision_function} (class comment): m×1 for k = 2, positive for
     * class 1; for k &gt; 2 m×k (OVR) or m×k(k−1)/2 (OVO), as the trainer's decisionFunctionShape.
     *
     * @param X m×p, finite (not modified)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public Matrix decisionFunction(Matrix X) {
        Inputs.features(WHO + ".decisionFunction", X, p);
        int k = numClasses();
        boolean ovr = !isBinary() && shape == Svc.DecisionFunctionShape.OVR;
        int columns = isBinary() ? 1 : ovr ? k : OneVsOne.pairs(k);
        Matrix D = Matrix.zeros(X.rows(), columns);          // m × (1, k or k(k−1)/2)
        for (int r = 0; r < X.rows(); r++) {
            double[] dec = pairwise(X.row(r));               // f_ab, libsvm's signs
            if (isBinary()) {
                D.set(r, 0, -dec[0]);                        // scikit-learn's flip: positive means class 1
            } else {
                double[] values = ovr ? OneVsOne.ovr(dec, k) : dec;
                for (int c = 0; c < columns; c++) {
                    D.set(r, c, values[c]);
                }
            }
        }
        return D;
    }

    /**
     * Returns the predicted classes, libsvm's vote over the pairs (ties to the smaller class).
     *
     * @param X m×p, finite (not modified)
     * @return length m, labels in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public int[] predict(Matrix X) {
        Inputs.features(WHO + ".predict", X, p);
        int[] labels = new int[X.rows()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = OneVsOne.vote(pairwise(X.row(r)), numClasses());
        }
        return labels;
    }

    /**
     * Returns the vote as a distribution: P[i][c] = 1 if c = predict(xᵢ), else 0 (class comment: not a
     * probability estimate).
     *
     * @param X m×p, finite (not modified)
     * @return m×k, one 1 per row
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix predictProba(Matrix X) {
        int[] labels = predict(X);
        Matrix P = Matrix.zeros(labels.length, numClasses());   // m×k
        for (int r = 0; r < labels.length; r++) {
            P.set(r, labels[r], 1.0);
        }
        return P;
    }

    /** libsvm's pairwise values f_ab(x) of one row, in pair order, summed as libsvm's predict_values. */
    private double[] pairwise(double[] x) {
        int k = numClasses();
        double[] kvalue = new double[supportVectors.length];
        for (int s = 0; s < kvalue.length; s++) {
            kvalue[s] = kernel.apply(x, supportVectors[s]);
        }
        double[] dec = new double[OneVsOne.pairs(k)];
        int q = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double sum = 0.0;
                for (int s = start(a); s < start(a + 1); s++) {
                    sum += svCoef[b - 1][s] * kvalue[s];
                }
                for (int s = start(b); s < start(b + 1); s++) {
                    sum += svCoef[a][s] * kvalue[s];
                }
                dec[q] = sum - rho[q];
                q++;
            }
        }
        return dec;
    }

    /** Index of class c's first support vector (c = k gives nSV). */
    private int start(int c) {
        int s = 0;
        for (int d = 0; d < c; d++) {
            s += nSupport[d];
        }
        return s;
    }

    private void addRow(Matrix W, int q, double coefficient, int s) {
        for (int j = 0; j < p; j++) {
            W.set(q, j, W.get(q, j) + coefficient * supportVectors[s][j]);
        }
    }

    private boolean isBinary() {
        return nSupport.length == 2;
    }

    /** Returns e.g. {@code "SvcModel(kernel=Rbf[gamma=0.5], k=2, nSupport=[12, 13])"}. */
    @Override
    public String toString() {
        return WHO + "(kernel=" + kernel + ", k=" + numClasses() + ", nSupport=" + java.util.Arrays.toString(nSupport) + ")";
    }
}
