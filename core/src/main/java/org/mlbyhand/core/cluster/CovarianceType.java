package org.mlbyhand.core.cluster;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The shape of each component's covariance in a {@link GaussianMixture} (scikit-learn's
 * {@code covariance_type}), as its M step estimates it from responsibilities r_ij (n_j = Σᵢ r_ij):
 * <pre>{@code
 *   FULL       Σ_j = (1/n_j)·Σᵢ r_ij (xᵢ − μ_j)(xᵢ − μ_j)ᵀ + regCovar·I         any p×p SPD matrix
 *   DIAG       Σ_j = diag(σ²_j1 … σ²_jp),  σ²_jf = (1/n_j)·Σᵢ r_ij (x_if − μ_jf)² + regCovar
 *   SPHERICAL  Σ_j = σ²_j·I,  σ²_j = (1/p)·Σ_f σ²_jf  (the DIAG variances averaged)
 * }</pre>
 * scikit-learn stores a DIAG covariance as its p diagonal entries and a SPHERICAL one as the single
 * σ²_j; this library stores every covariance as the p×p matrix it stands for. (scikit-learn's fourth
 * type, "tied", one Σ shared by all components, is not offered.)
 */
public enum CovarianceType {
    /** Each component has its own full covariance matrix (scikit-learn's default). */
    FULL,
    /** Each component has its own diagonal covariance: independent features within a component. */
    DIAG,
    /** Each component has its own single variance: round clusters, as k-means assumes. */
    SPHERICAL;

    /** Returns the number of free covariance parameters of one component in p dimensions. */
    int freeParameters(int p) {
        switch (this) {
            case FULL:
                return p * (p + 1) / 2;
            case DIAG:
                return p;
            default:
                return 1;
        }
    }

    /**
     * Throws unless S has this type's shape: off-diagonal entries 0 for DIAG and SPHERICAL, and equal
     * diagonal entries for SPHERICAL.
     */
    void requireShape(String who, int j, Matrix S) {
        for (int a = 0; a < S.rows() && this != FULL; a++) {
            for (int b = 0; b < S.cols(); b++) {
                boolean wrong = a != b ? S.get(a, b) != 0.0 : this == SPHERICAL && S.get(a, a) != S.get(0, 0);
                if (wrong) {
                    throw new IllegalArgumentException(who + ": covariance " + j + " has entry [" + a + "][" + b + "] = "
                            + S.get(a, b) + ", not the shape of a " + this + " covariance");
                }
            }
        }
    }
}
