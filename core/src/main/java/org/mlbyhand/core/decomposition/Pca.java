package org.mlbyhand.core.decomposition;

import java.util.Arrays;
import java.util.Objects;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Principal component analysis: the estimator whose {@link #fit} returns the {@link PcaModel} that
 * projects rows onto the q directions of largest variance of the training rows. With the centred data
 * Xc = X − 1·x̄ᵀ (n×p) and r = min(n, p), the same axes come two ways:
 * <pre>{@code
 *   FULL (SVD of the data)                    Xc = U·diag(σ)·Vᵀ,             σ₀ ≥ σ₁ ≥ … ≥ σ_{r−1} ≥ 0
 *   COVARIANCE_EIGH (eigen of the covariance) C = XcᵀXc/(n − 1) = V·diag(λ)·Vᵀ,   λ_j = σ_j²/(n − 1)
 *   components        = the first q columns of V, as rows (q×p)
 *   explainedVariance = σ_j²/(n − 1) = λ_j          explainedVarianceRatio = λ_j / Σ_{l<r} λ_l
 *   singularValues    = σ_j = √((n − 1)·λ_j)         noiseVariance = mean of λ_q … λ_{r−1} (0 when q = r)
 * }</pre>
 * They agree because XcᵀXc = V·diag(σ²)·Vᵀ: the right singular vectors of Xc are the eigenvectors of
 * its covariance. They differ in accuracy: the SVD works on Xc itself, while forming C squares the
 * condition number, so the eigen way's errors are about ε·λ₀/gap in a component and ε·λ₀ absolute in a
 * variance (a small λ_j loses relative accuracy, a σ_j = √((n−1)λ_j) near 0 even more). FULL, the
 * scikit-learn solver of that name (LAPACK's SVD there, {@link Svd} here: Householder QR of Xc, then
 * Golub–Kahan bidiagonalization and implicit-shift QR on the p×p triangle), is the default; COVARIANCE_EIGH is the one scikit-learn added
 * in 1.5 under that name. Cost for n ≫ p: about 2np² flops for the QR (FULL) or for XcᵀXc
 * (COVARIANCE_EIGH: {@link Matrix#multiply} computes both triangles, and still beats a loop of dot
 * products over one), 2np² more for the scores Xc·V that decide the signs, and O(p³) for the p×p
 * problem; the products run on all cores.
 *
 * <p><b>Sign convention</b> (scikit-learn's {@code svd_flip}, u-based). Each axis vⱼ is determined only
 * up to sign; it is signed so that the entry of largest magnitude of uⱼ ∝ Xc·vⱼ (the scores of the
 * training rows on that axis; the first such entry on a tie) is positive. Both solvers apply it, so
 * they return the same components. Both read the signs from the scores Xc·V = U·diag(σ), computed by
 * one matrix product; FULL does not form the SVD's U (n×p, as much work again as the rest). Axes with σ_j = 0 (beyond the rank of Xc) are an arbitrary
 * orthonormal completion, different from scikit-learn's.
 *
 * <p><b>Number of components</b> (scikit-learn's {@code n_components}): all r (the default), an int
 * 1 ≤ q ≤ r, or a variance fraction 0 &lt; f &lt; 1, which keeps the fewest components whose cumulative
 * explained-variance ratio exceeds f: q = #{j : Σ_{l≤j} ratio_l ≤ f} + 1 (at most r). scikit-learn
 * also accepts q = 0 and "mle"; this class does not.
 *
 * <p><b>Whitening</b> divides each score by √λ_j so that every retained component has unit variance
 * on the training rows. It is refused when a retained λ_j is 0 to working precision
 * (σ_j ≤ max(n, p)·ε·σ₀), where scikit-learn would divide by zero.
 *
 * <p>Instances are immutable: {@code withX} methods return a new estimator.
 */
public final class Pca implements Transformer<PcaModel> {
    private static final String WHO = "Pca";

    /** How the axes are computed (scikit-learn's {@code svd_solver}). */
    public enum Solver {
        /** The thin SVD of the centred data ({@link Svd}); scikit-learn's "full", the default here. */
        FULL,
        /** The eigendecomposition of the covariance matrix ({@link SymmetricEigen}); scikit-learn 1.5's "covariance_eigh". */
        COVARIANCE_EIGH
    }

    private final int nComponents;            // 0: all r = min(n, p), or chosen by the fraction
    private final double varianceFraction;    // in (0, 1), or NaN
    private final Solver solver;
    private final boolean whiten;

    /** Creates the estimator that keeps all min(n, p) components, with the FULL solver and no whitening. */
    public Pca() {
        this(0, Double.NaN, Solver.FULL, false);
    }

    /**
     * Creates the estimator that keeps q components.
     *
     * @param nComponents q ≥ 1 (checked against min(n, p) at fit)
     * @throws IllegalArgumentException if nComponents &lt; 1
     */
    public Pca(int nComponents) {
        this(requirePositive(nComponents), Double.NaN, Solver.FULL, false);
    }

    private Pca(int nComponents, double varianceFraction, Solver solver, boolean whiten) {
        this.nComponents = nComponents;
        this.varianceFraction = varianceFraction;
        this.solver = Objects.requireNonNull(solver, "solver");
        this.whiten = whiten;
    }

    /** Returns an estimator that keeps q ≥ 1 components (else IllegalArgumentException). */
    public Pca withNComponents(int nComponents) {
        return new Pca(requirePositive(nComponents), Double.NaN, solver, whiten);
    }

    /**
     * Returns an estimator that keeps the fewest components explaining more than the fraction f of the
     * variance (scikit-learn's float {@code n_components}).
     *
     * @throws IllegalArgumentException unless 0 &lt; f &lt; 1
     */
    public Pca withVarianceFraction(double f) {
        if (!(f > 0.0 && f < 1.0)) {
            throw new IllegalArgumentException(WHO + ": the variance fraction must be in (0, 1), got " + f);
        }
        return new Pca(0, f, solver, whiten);
    }

    /** Returns an estimator that computes the axes with the given solver. */
    public Pca withSolver(Solver solver) {
        return new Pca(nComponents, varianceFraction, solver, whiten);
    }

    /** Returns an estimator that whitens (scales each score to unit variance) or not (the default). */
    public Pca withWhiten(boolean whiten) {
        return new Pca(nComponents, varianceFraction, solver, whiten);
    }

    /**
     * Fits the axes to the training rows.
     *
     * @param X n×p, finite, n ≥ 2 (not modified)
     * @return the fitted projection
     * @throws IllegalArgumentException if X is empty, has one row, holds a NaN or infinity (named), q
     *                                  exceeds min(n, p), a variance fraction meets data of zero variance,
     *                                  or whitening meets a component of zero variance
     */
    @Override
    public PcaModel fit(Matrix X) {
        String who = WHO + ".fit";
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
        int n = X.rows();
        int p = X.cols();
        int r = Math.min(n, p);
        if (n < 2) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + "; the variance needs at least two rows");
        }
        if (nComponents > r) {
            throw new IllegalArgumentException(who + ": nComponents = " + nComponents + " exceeds min(n, p) = " + r
                    + " (X is " + X.shape() + ")");
        }
        double[] mean = X.columnMeans();
        Matrix Xc = centred(X, mean);                                           // n×p
        Axes axes = solver == Solver.FULL ? bySvd(Xc) : byCovarianceEigh(Xc, r);
        double[] ev = new double[r];
        double total = 0.0;
        for (int j = 0; j < r; j++) {
            ev[j] = axes.sigma[j] * axes.sigma[j] / (n - 1);
            total += ev[j];
        }
        double[] ratio = new double[r];
        for (int j = 0; j < r; j++) {
            ratio[j] = total > 0.0 ? ev[j] / total : 0.0;
        }
        int q = chooseComponents(who, ratio, total, r);
        double noise = 0.0;
        for (int j = q; j < r; j++) {
            noise += ev[j];
        }
        noise = q < r ? noise / (r - q) : 0.0;
        if (whiten) {
            requireNonzeroVariance(who, axes.sigma, q, Math.max(n, p));
        }
        Matrix components = Matrix.zeros(q, p);                                 // q×p, row j = vⱼᵀ
        for (int j = 0; j < q; j++) {
            for (int f = 0; f < p; f++) {
                components.set(j, f, axes.V.get(f, j));
            }
        }
        return new PcaModel(mean, components, Arrays.copyOf(ev, q), Arrays.copyOf(ratio, q),
                Arrays.copyOf(axes.sigma, q), noise, whiten);
    }

    /** The axes: σ (r) and V (p×r), signed by svd_flip. */
    private record Axes(double[] sigma, Matrix V) {
    }

    /**
     * Xc = U·diag(σ)·Vᵀ; signs from the scores Xc·V = U·diag(σ). The SVD's U itself is never formed
     * ({@link Svd#u} would apply the QR's n×p orthogonal factor to p columns, as much work again as the
     * rest): only the sign of each column's largest entry is needed, and the scores have the same.
     */
    private static Axes bySvd(Matrix Xc) {
        Svd svd = Svd.of(Xc);
        Matrix V = svd.v();                                                     // p×r
        return flipped(svd.singularValues(), V, Xc.multiply(V));                // n×r scores, ∝ U
    }

    /**
     * C = XcᵀXc/(n − 1) = V·diag(λ)·Vᵀ, σ_j = √((n − 1)·max(λ_j, 0)); signs from the scores Xc·V. Both
     * products are {@link Matrix#multiply}'s blocked kernel; C comes out exactly symmetric because each
     * entry is the same chain of fused multiply-adds as its mirror image (fma(a, b, s) = fma(b, a, s)).
     */
    private static Axes byCovarianceEigh(Matrix Xc, int r) {
        int n = Xc.rows();
        int p = Xc.cols();
        Matrix C = Xc.transpose().multiply(Xc);                                 // p×p, XcᵀXc
        C.mapInPlace(sum -> sum / (n - 1));
        SymmetricEigen eig = SymmetricEigen.of(C);
        double[] lambda = eig.eigenvalues();
        Matrix V = eig.eigenvectors().slice(0, p, 0, r);                        // p×r
        double[] sigma = new double[r];
        for (int j = 0; j < r; j++) {
            sigma[j] = Math.sqrt((n - 1) * Math.max(lambda[j], 0.0));           // rounding can leave λ slightly < 0
        }
        return flipped(sigma, V, Xc.multiply(V));                               // n×r scores, ∝ U
    }

    /**
     * Flips each column of V so that the largest-magnitude entry (the first on a tie) of the same column
     * of U is positive. U's rows are scanned in order, all columns at once, so that U is read row by row.
     */
    private static Axes flipped(double[] sigma, Matrix V, Matrix U) {
        int r = U.cols();
        double[] u = U.toRowMajorArray();                                       // n×r
        double[] largest = new double[r];                                       // the entry of largest |·| so far
        double[] largestAbs = new double[r];
        for (int i = 0; i < U.rows(); i++) {
            for (int j = 0; j < r; j++) {
                double x = u[i * r + j];
                if (i == 0 || Math.abs(x) > largestAbs[j]) {
                    largest[j] = x;
                    largestAbs[j] = Math.abs(x);
                }
            }
        }
        double[] w = V.toRowMajorArray();                                       // p×r
        for (int f = 0; f < V.rows(); f++) {
            for (int j = 0; j < r; j++) {
                w[f * r + j] = largest[j] < 0.0 ? -w[f * r + j] : w[f * r + j];
            }
        }
        return new Axes(sigma, Matrix.fromRowMajor(V.rows(), r, w));
    }

    /** q: the given number, all r, or the fewest whose cumulative ratio exceeds the fraction. */
    private int chooseComponents(String who, double[] ratio, double total, int r) {
        if (Double.isNaN(varianceFraction)) {
            return nComponents == 0 ? r : nComponents;
        }
        if (total == 0.0) {
            throw new IllegalArgumentException(who + ": X has zero variance, so no fraction of it can choose components");
        }
        double cumulative = 0.0;
        int atOrBelow = 0;
        for (int j = 0; j < r; j++) {
            cumulative += ratio[j];
            atOrBelow += cumulative <= varianceFraction ? 1 : 0;
        }
        return Math.min(atOrBelow + 1, r);
    }

    private static void requireNonzeroVariance(String who, double[] sigma, int q, int size) {
        double zero = size * Math.ulp(1.0) * sigma[0];
        for (int j = 0; j < q; j++) {
            if (sigma[j] <= zero) {
                throw new IllegalArgumentException(who + ": whiten divides by √(explained variance), and component " + j
                        + " has variance 0 (singular value " + sigma[j] + "): keep fewer components or do not whiten");
            }
        }
    }

    private static Matrix centred(Matrix X, double[] mean) {
        int p = X.cols();
        double[] x = X.toRowMajorArray();                                       // n×p
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < p; f++) {
                x[i * p + f] -= mean[f];
            }
        }
        return Matrix.fromRowMajor(X.rows(), p, x);
    }

    private static int requirePositive(int nComponents) {
        if (nComponents < 1) {
            throw new IllegalArgumentException(WHO + ": nComponents must be ≥ 1, got " + nComponents);
        }
        return nComponents;
    }

    /** Returns e.g. {@code "Pca(nComponents=2, solver=FULL, whiten=false)"}. */
    @Override
    public String toString() {
        String q = Double.isNaN(varianceFraction) ? (nComponents == 0 ? "all" : String.valueOf(nComponents))
                : "fraction " + varianceFraction;
        return "Pca(nComponents=" + q + ", solver=" + solver + ", whiten=" + whiten + ")";
    }
}
