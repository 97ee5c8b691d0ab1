package org.mlbyhand.core.selection;

import java.util.List;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A {@link Pipeline} ending in a regressor: itself a {@link Regressor}, whose {@link #fit} fits every
 * step on the rows it is given and returns the fitted chain, a {@link Model}. Made by
 * {@link Pipeline#of(List, Regressor)}; immutable.
 *
 * @param <M> the final regressor's fitted model
 */
public final class RegressorPipeline<M extends RegressionModel> implements Regressor<RegressorPipeline.Model<M>> {
    private static final String WHO = "Pipeline";

    private final List<Transformer<?>> transformers;
    private final Regressor<M> regressor;

    RegressorPipeline(List<? extends Transformer<?>> transformers, Regressor<M> regressor) {
        this.transformers = Steps.checked(WHO, transformers, regressor);
        this.regressor = regressor;
    }

    /** Returns the transformers, in order (unmodifiable). */
    public List<Transformer<?>> transformers() {
        return transformers;
    }

    /** Returns the final regressor. */
    public Regressor<M> regressor() {
        return regressor;
    }

    /**
     * Fits the transformers in order on X, then the regressor on their output.
     *
     * @param X n×p training rows (not modified); what entries are allowed is the steps' business
     *          (an imputer takes NaN, a scaler does not)
     * @param y length n targets (not modified)
     * @return the fitted pipeline
     * @throws IllegalArgumentException if X has no rows, or as a step throws
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public Model<M> fit(Matrix X, double[] y) {
        Steps steps = Steps.fit(WHO + ".fit", transformers, X, y.length);
        return new Model<>(steps.transforms(), regressor.fit(steps.output(), y), X.cols());
    }

    /** Returns e.g. {@code "Pipeline([StandardScaler…, Ridge(alpha=1.0, fitIntercept=true)])"}. */
    @Override
    public String toString() {
        return WHO + "(" + transformers + " → " + regressor + ")";
    }

    /**
     * A fitted regression pipeline: the fitted transforms and the fitted final model,
     * ŷ = finalModel.predict(T_s(…T₁(X)…)). Immutable.
     *
     * @param <M> the final model
     */
    public static final class Model<M extends RegressionModel> implements RegressionModel {
        private final List<Transform> transforms;
        private final M finalModel;
        private final int p;

        Model(List<Transform> transforms, M finalModel, int p) {
            this.transforms = transforms;
            this.finalModel = finalModel;
            this.p = p;
        }

        /** Returns the fitted transforms, in order (unmodifiable). */
        public List<Transform> transforms() {
            return transforms;
        }

        /** Returns the final fitted model, as its estimator returned it. */
        public M finalModel() {
            return finalModel;
        }

        /** Returns p, the number of columns the pipeline was fitted on. */
        @Override
        public int numFeatures() {
            return p;
        }

        /**
         * Returns X passed through the fitted transforms: what the final model sees.
         *
         * @param X m×p (not modified)
         * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
         */
        public Matrix transform(Matrix X) {
            Steps.checkColumns(X, p);
            return Steps.apply(transforms, X);
        }

        /**
         * Returns finalModel.predict(transform(X)).
         *
         * @param X m×p (not modified)
         * @return length m
         * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
         * @throws IllegalArgumentException as a transform or the final model throws (a NaN, named)
         */
        @Override
        public double[] predict(Matrix X) {
            return finalModel.predict(transform(X));
        }

        /** Returns e.g. {@code "Pipeline.Model([…] → LinearModel(…))"}. */
        @Override
        public String toString() {
            return WHO + ".Model(" + transforms + " → " + finalModel + ")";
        }
    }
}
