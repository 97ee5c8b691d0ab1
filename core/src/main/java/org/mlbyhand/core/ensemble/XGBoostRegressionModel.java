package org.mlbyhand.core.ensemble;

import java.util.List;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted mini-XGBoost regressor, returned by {@link XGBoostRegressor#fit}:
 * <pre>{@code
 *   ŷ(x) = b₀ + Σ_{t=1..M} f_t(x)          b₀ the base score, f_t the trees (each leaf already scaled by η)
 * }</pre>
 * XGBoost's {@code predict} of a {@code reg:squarederror} booster, in double instead of float32.
 * Immutable: the trees are immutable and {@link #trees} is an unmodifiable list.
 */
public final class XGBoostRegressionModel implements RegressionModel {
    private final XGBoostEnsemble ensemble;

    XGBoostRegressionModel(XGBoostEnsemble ensemble) {
        this.ensemble = ensemble;
    }

    /** Returns the base score b₀ every prediction starts from (the mean of the training y by default). */
    public double baseScore() {
        return ensemble.baseMargin();
    }

    /** Returns the trees f_1 … f_M in the order they were fitted (unmodifiable). */
    public List<XGBoostTree> trees() {
        return ensemble.trees();
    }

    /** Returns the number of features p. */
    @Override
    public int numFeatures() {
        return ensemble.p();
    }

    /**
     * Returns ŷ(xᵢ) = b₀ + Σ_t f_t(xᵢ) for each row, the trees added in the order they were fitted.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public double[] predict(Matrix X) {
        return ensemble.margins("XGBoostRegressionModel.predict", X);
    }

    /** Returns e.g. {@code "XGBoostRegressionModel(p=10, trees=100, baseScore=152.1)"}. */
    @Override
    public String toString() {
        return "XGBoostRegressionModel(p=" + numFeatures() + ", trees=" + trees().size() + ", baseScore=" + baseScore() + ")";
    }
}
