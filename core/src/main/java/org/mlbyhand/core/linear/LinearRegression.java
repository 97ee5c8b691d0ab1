package org.mlbyhand.core.linear;

import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Ordinary least squares: the trainer whose {@link #fit} returns the {@link LinearModel}
 * <pre>{@code
 *   (w, b) = argmin ‖y − X·w − b·1‖²          X n×p,  y length n
 * }</pre>
 * (scikit-learn's {@code LinearRegression}; Smile's {@code OLS} minimises the same sum). The intercept
 * is removed by centring ({@code Centered}): w solves the problem for Xc = X − 1·x̄ᵀ and yc = y − ȳ, and
 * b = ȳ − x̄ᵀw. Setting the gradient to zero gives the normal equations XcᵀXc·w = Xcᵀyc, solved one of
 * two ways, never with an explicit inverse:
 * <ul>
 *   <li>{@link Solver#QR} (default): Xc = Q·R, then R·w = Qᵀyc ({@link LeastSquares}). The error grows
 *       like κ(Xc)·u.</li>
 *   <li>{@link Solver#CHOLESKY}: form G = XcᵀXc, factor G = L·Lᵀ ({@link Cholesky}), solve two triangular
 *       systems. Cheaper when n ≫ p, but G's condition number is κ(Xc)², so the error grows like
 *       κ(Xc)²·u: fine for κ ≲ 1e4, wrong in every digit near κ ≈ 1e8.</li>
 * </ul>
 * The minimiser is unique only when Xc has full column rank (which needs n ≥ p + 1 with an intercept,
 * n ≥ p without); otherwise the fit throws instead of picking one of the minimisers, as
 * scikit-learn's minimum-norm answer would. Use {@link Ridge} then.
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class LinearRegression implements Regressor<LinearModel> {
    /** How the normal equations are solved (see the class comment). */
    public enum Solver {
        /** Householder QR of the centred X: accurate to about κ(X)·u. */
        QR,
        /** Cholesky of XᵀX: accurate to about κ(X)²·u. */
        CHOLESKY
    }

    private static final String WHO = "LinearRegression.fit";

    private final boolean fitIntercept;
    private final Solver solver;

    /** Creates the trainer with scikit-learn's defaults: fitIntercept = true, solver = QR. */
    public LinearRegression() {
        this(true, Solver.QR);
    }

    private LinearRegression(boolean fitIntercept, Solver solver) {
        this.fitIntercept = fitIntercept;
        this.solver = solver;
    }

    /** Returns a trainer that fits an intercept b (true, the default) or fixes b = 0 (false). */
    public LinearRegression withFitIntercept(boolean fitIntercept) {
        return new LinearRegression(fitIntercept, solver);
    }

    /**
     * Returns a trainer that solves the normal equations with {@code solver}.
     *
     * @throws IllegalArgumentException if solver is null
     */
    public LinearRegression withSolver(Solver solver) {
        if (solver == null) {
            throw new IllegalArgumentException("LinearRegression.withSolver: solver is null; use Solver.QR or Solver.CHOLESKY");
        }
        return new LinearRegression(fitIntercept, solver);
    }

    /** Returns whether an intercept is fitted. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** Returns the solver. */
    public Solver solver() {
        return solver;
    }

    /**
     * Fits the least-squares coefficients.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model; its nIter() is 0
     * @throws IllegalArgumentException if X is empty, holds a NaN or infinity, or has fewer rows than
     *         the p coefficients (+1 for the intercept) need
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     * @throws SingularMatrixException (QR) if the centred columns are linearly dependent
     * @throws org.mlbyhand.core.decompose.NotPositiveDefiniteException (Cholesky) if XᵀX is singular to
     *         working precision
     */
    @Override
    public LinearModel fit(Matrix X, double[] y) {
        Inputs.regression(WHO, X, y);
        requireEnoughRows(X);
        Centered c = Centered.of(X, y, fitIntercept);
        double[] w = solver == Solver.QR ? solveByQr(c.X(), c.y()) : solveNormalEquations(c.X(), c.y());
        return new LinearModel(w, c.intercept(w), 0);
    }

    private void requireEnoughRows(Matrix X) {
        int needed = X.cols() + (fitIntercept ? 1 : 0);
        if (X.rows() < needed) {
            throw new IllegalArgumentException(WHO + ": X is " + X.shape() + "; " + X.cols() + " coefficients"
                    + (fitIntercept ? " and an intercept" : "") + " need at least " + needed
                    + " rows for a unique least-squares fit (use Ridge)");
        }
    }

    /** w = argmin ‖yc − Xc·w‖ by Householder QR. */
    private static double[] solveByQr(Matrix Xc, double[] yc) {
        try {
            return LeastSquares.solve(Xc, yc);
        } catch (SingularMatrixException e) {
            SingularMatrixException named = new SingularMatrixException(WHO + ": the columns of X"
                    + " are linearly dependent (after centring), so w is not unique; drop a column or use Ridge."
                    + " Rank deficient: R", e.index(), e.value());
            named.initCause(e);
            throw named;
        }
    }

    /** w solving the normal equations XcᵀXc·w = Xcᵀyc by Cholesky. */
    private static double[] solveNormalEquations(Matrix Xc, double[] yc) {
        Matrix Xt = Xc.transpose();   // p×n
        Matrix G = Xt.multiply(Xc);   // p×p Gram matrix
        return Cholesky.of(G).solve(Xt.multiply(yc));
    }

    /** Returns e.g. {@code "LinearRegression(fitIntercept=true, solver=QR)"}. */
    @Override
    public String toString() {
        return "LinearRegression(fitIntercept=" + fitIntercept + ", solver=" + solver + ")";
    }
}
