package org.mlbyhand.core.ensemble;

/**
 * The loss a {@link GradientBoostingRegressor} minimises, scikit-learn 1.2's {@code loss} (r = y − F):
 * <pre>{@code
 *   SQUARED_ERROR    (y − F)²                 F₀ = mean(y)     leaves: mean residual            'squared_error' (default)
 *   ABSOLUTE_ERROR   |y − F|                  F₀ = median(y)   leaves: median of y − F          'absolute_error'
 *   HUBER            ½r² if |r| ≤ γ, else      F₀ = median(y)   leaves: one Huber step           'huber'
 *                    γ(|r| − γ/2); γ the α-quantile of |r| at each stage
 * }</pre>
 * (scikit-learn's {@code quantile} loss is not implemented.)
 */
public enum BoostingLoss {
    /** The squared error; scikit-learn's {@code 'squared_error'}, the default. */
    SQUARED_ERROR("squared_error"),
    /** The absolute error, robust to outliers in y; scikit-learn's {@code 'absolute_error'}. */
    ABSOLUTE_ERROR("absolute_error"),
    /** Huber's loss: squared for small residuals, absolute for the largest 1 − α; scikit-learn's {@code 'huber'}. */
    HUBER("huber");

    private final String name;

    BoostingLoss(String name) {
        this.name = name;
    }

    /** A fresh loss function for one fit (Huber's keeps state). */
    LossFunction create(double alpha) {
        return switch (this) {
            case SQUARED_ERROR -> new SquaredErrorLoss();
            case ABSOLUTE_ERROR -> new AbsoluteErrorLoss();
            case HUBER -> new HuberLoss(alpha);
        };
    }

    /** Returns scikit-learn's name, e.g. {@code "squared_error"}. */
    @Override
    public String toString() {
        return name;
    }
}
