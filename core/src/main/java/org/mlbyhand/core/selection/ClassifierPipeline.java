package org.mlbyhand.core.selection;

import java.util.List;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A {@link Pipeline} ending in a classifier: itself a {@link Classifier}, whose {@link #fit} fits every
 * step on the rows it is given and returns the fitted chain, a {@link Model}. Made by
 * {@link Pipeline#of(List, Classifier)}; immutable.
 *
 * @param <M> the final classifier's fitted model
 */
public final class ClassifierPipeline<M extends ClassificationModel> implements Classifier<ClassifierPipeline.Model<M>> {
    private static final String WHO = "Pipeline";

    private final List<Transformer<?>> transformers;
    private final Classifier<M> classifier;

    ClassifierPipeline(List<? extends Transformer<?>> transformers, Classifier<M> classifier) {
        this.transformers = Steps.checked(WHO, transformers, classifier);
        this.classifier = classifier;
    }

    /** Returns the transformers, in order (unmodifiable). */
    public List<Transformer<?>> transformers() {
        return transformers;
    }

    /** Returns the final classifier. */
    public Classifier<M> classifier() {
        return classifier;
    }

    /**
     * Fits the transformers in order on X, then the classifier on their output.
     *
     * @param X n×p training rows (not modified); what entries are allowed is the steps' business
     *          (an imputer takes NaN, a scaler does not)
     * @param y length n labels (not modified)
     * @return the fitted pipeline
     * @throws IllegalArgumentException if X has no rows, or as a step throws (a negative label, named)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public Model<M> fit(Matrix X, int[] y) {
        Steps steps = Steps.fit(WHO + ".fit", transformers, X, y.length);
        return new Model<>(steps.transforms(), classifier.fit(steps.output(), y), X.cols());
    }

    /** Returns e.g. {@code "Pipeline([StandardScaler…] → LogisticRegression(C=1.0, …))"}. */
    @Override
    public String toString() {
        return WHO + "(" + transformers + " → " + classifier + ")";
    }

    /**
     * A fitted classification pipeline: the fitted transforms and the fitted final model, whose
     * probabilities and labels it returns for transformed rows. Immutable.
     *
     * @param <M> the final model
     */
    public static final class Model<M extends ClassificationModel> implements ClassificationModel {
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

        /** Returns the final model's number of classes. */
        @Override
        public int numClasses() {
            return finalModel.numClasses();
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
         * Returns finalModel.predictProba(transform(X)), m×k.
         *
         * @param X m×p (not modified)
         * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
         * @throws IllegalArgumentException as a transform or the final model throws (a NaN, named)
         */
        @Override
        public Matrix predictProba(Matrix X) {
            return finalModel.predictProba(transform(X));
        }

        /**
         * Returns finalModel.predict(transform(X)).
         *
         * @param X m×p (not modified)
         * @return length m labels
         * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
         * @throws IllegalArgumentException as a transform or the final model throws (a NaN, named)
         */
        @Override
        public int[] predict(Matrix X) {
            return finalModel.predict(transform(X));
        }

        /** Returns e.g. {@code "Pipeline.Model([…] → LogisticModel(…))"}. */
        @Override
        public String toString() {
            return WHO + ".Model(" + transforms + " → " + finalModel + ")";
        }
    }
}
