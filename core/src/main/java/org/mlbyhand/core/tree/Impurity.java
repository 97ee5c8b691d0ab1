package org.mlbyhand.core.tree;

import org.mlbyhand.core.linalg.Arguments;

/**
 * The impurity of one node, computed from scratch: the quantities a split makes smaller. For a
 * classification node with weighted class counts N_c, N = Σ_c N_c, p_c = N_c/N, and a regression node
 * with targets y₁ … y_n:
 * <pre>{@code
 *   gini(N₀ … N_{k−1})     = 1 − Σ_c N_c² / N²                 = Σ_c p_c·(1 − p_c)
 *   entropy(N₀ … N_{k−1})  = −Σ_{c : N_c > 0} p_c·log₂ p_c      (0·log 0 = 0: empty classes are skipped)
 *   squaredError(y)        = (Σᵢ yᵢ²)/n − ((Σᵢ yᵢ)/n)²          = (1/n)·Σᵢ (yᵢ − ȳ)²
 * }</pre>
 * written exactly as scikit-learn 1.2's {@code _criterion.pyx} evaluates them (the "1 − Σ/N²" and
 * "Q/n − mean²" forms, log₂ x as ln x / ln 2), so that the same counts give the same bits. The
 * tree's sweep keeps running counts and sums instead of calling these per candidate, but evaluates
 * the same formulas; these are the definitions it is tested against.
 *
 * <p>Accuracy: gini and entropy are within a few ulps of the exact value. squaredError loses digits
 * when the mean is large against the spread (the "Q/n − mean²" form cancels): about
 * 2⁻⁵²·mean² absolute, as in scikit-learn; it can then be a tiny negative number instead of 0.
 */
public final class Impurity {
    private static final double LN2 = StrictMath.log(2.0);

    private Impurity() {
    }

    /**
     * Returns the Gini impurity 1 − Σ_c N_c²/N² of weighted class counts.
     *
     * @param counts length k ≥ 1, each finite and ≥ 0, not all 0 (not modified)
     * @return in [0, 1 − 1/k]
     * @throws IllegalArgumentException if counts is empty, all 0, or holds a negative or non-finite entry
     */
    public static double gini(double[] counts) {
        return gini(counts, total("Impurity.gini", counts));
    }

    /**
     * Returns the entropy −Σ_c p_c·log₂ p_c (bits) of weighted class counts, p_c = N_c/N.
     *
     * @param counts length k ≥ 1, each finite and ≥ 0, not all 0 (not modified)
     * @return in [0, log₂ k]
     * @throws IllegalArgumentException if counts is empty, all 0, or holds a negative or non-finite entry
     */
    public static double entropy(double[] counts) {
        return entropy(counts, total("Impurity.entropy", counts));
    }

    /**
     * Returns the Gini impurity of a label vector, the Gini of its class counts.
     *
     * @param y length n ≥ 1, labels in [0, k) (not modified)
     * @param k the number of classes
     * @throws IllegalArgumentException if y is empty or a label is negative or ≥ k
     */
    public static double gini(int[] y, int k) {
        return gini(classCounts("Impurity.gini", nonEmpty("Impurity.gini", y), k));
    }

    /**
     * Returns the entropy (bits) of a label vector, the entropy of its class counts.
     *
     * @param y length n ≥ 1, labels in [0, k) (not modified)
     * @param k the number of classes
     * @throws IllegalArgumentException if y is empty or a label is negative or ≥ k
     */
    public static double entropy(int[] y, int k) {
        return entropy(classCounts("Impurity.entropy", nonEmpty("Impurity.entropy", y), k));
    }

    /**
     * Returns the variance (Σᵢ yᵢ²)/n − ((Σᵢ yᵢ)/n)² (population variance, scikit-learn's
     * squared_error impurity), summing in index order.
     *
     * @param y length n ≥ 1, finite (not modified)
     * @throws IllegalArgumentException if y is empty or holds a NaN or infinity (named)
     */
    public static double squaredError(double[] y) {
        if (y.length == 0) {
            throw new IllegalArgumentException("Impurity.squaredError: y is empty; a node has at least one row");
        }
        Arguments.requireFinite("Impurity.squaredError", "y", y);
        double S = 0.0;
        double Q = 0.0;
        for (double v : y) {
            S += v;
            Q += v * v;
        }
        double n = y.length;
        return Q / n - (S / n) * (S / n);
    }

    /**
     * Returns the class counts of y: counts[c] = #{i : yᵢ = c}.
     *
     * @param y any length, labels in [0, k) (not modified)
     * @param k the number of classes, ≥ 1
     * @return length k
     * @throws IllegalArgumentException if k &lt; 1 or a label is negative or ≥ k (named)
     */
    public static double[] classCounts(int[] y, int k) {
        return classCounts("Impurity.classCounts", y, k);
    }

    /** 1 − Σ_c N_c²/(N·N), scikit-learn's Gini.node_impurity for one output. */
    static double gini(double[] counts, double N) {
        double sq = 0.0;
        for (double count : counts) {
            sq += count * count;
        }
        return 1.0 - sq / (N * N);
    }

    /** −Σ_{N_c > 0} (N_c/N)·log₂(N_c/N), scikit-learn's Entropy.node_impurity for one output. */
    static double entropy(double[] counts, double N) {
        double entropy = 0.0;
        for (double count : counts) {
            if (count > 0.0) {
                double p = count / N;
                entropy -= p * log2(p);
            }
        }
        return entropy;
    }

    /** log₂ x = ln x / ln 2, as scikit-learn's {@code _utils.log}; StrictMath, so every JVM gives the same bits. */
    static double log2(double x) {
        return StrictMath.log(x) / LN2;
    }

    private static double total(String op, double[] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException(op + ": counts is empty; there is at least one class");
        }
        double N = 0.0;
        for (int c = 0; c < counts.length; c++) {
            if (!(counts[c] >= 0.0) || counts[c] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(op + ": counts[" + c + "] = " + counts[c] + " is not a finite count ≥ 0");
            }
            N += counts[c];
        }
        if (N == 0.0) {
            throw new IllegalArgumentException(op + ": counts are all 0; a node has at least one row");
        }
        return N;
    }

    private static int[] nonEmpty(String op, int[] y) {
        if (y.length == 0) {
            throw new IllegalArgumentException(op + ": y is empty; a node has at least one row");
        }
        return y;
    }

    private static double[] classCounts(String op, int[] y, int k) {
        if (k < 1) {
            throw new IllegalArgumentException(op + ": k must be ≥ 1, got " + k);
        }
        Arguments.requireLabels(op, "y", y);
        double[] counts = new double[k];
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= k) {
                throw new IllegalArgumentException(op + ": y[" + i + "] = " + y[i] + " is not a class in [0, " + k + ")");
            }
            counts[y[i]] += 1.0;
        }
        return counts;
    }
}
