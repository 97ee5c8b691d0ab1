package org.mlbyhand.core.selection;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The transformer part of a pipeline, fitted: each transformer learns from the output of the one
 * before it,
 * <pre>{@code
 *   T₁ = t₁.fit(X₀),  X₁ = T₁.transform(X₀),   T₂ = t₂.fit(X₁),  X₂ = T₂.transform(X₁),   …    X₀ = X
 * }</pre>
 * and later rows go through the same fitted transforms in the same order.
 *
 * @param transforms the fitted transforms, in order (unmodifiable)
 * @param output     X transformed by all of them: what the final estimator is fitted on
 */
record Steps(List<Transform> transforms, Matrix output) {
    /**
     * Checks the training set (X non-empty, n targets), then fits the transformers in order.
     *
     * @param who          the pipeline, for messages
     * @param transformers the steps (not modified)
     * @param X            n×p training rows (not modified)
     * @param targets      the number of targets
     */
    static Steps fit(String who, List<? extends Transformer<?>> transformers, Matrix X, int targets) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireLength(who, "X", X, "y", targets);
        List<Transform> fitted = new ArrayList<>(transformers.size());
        Matrix current = X;
        for (Transformer<?> t : transformers) {
            Transform T = t.fit(current);
            current = T.transform(current);
            fitted.add(T);
        }
        return new Steps(List.copyOf(fitted), current);
    }

    /** Returns X passed through every transform in order (X not modified; the result is new unless there is no step). */
    static Matrix apply(List<Transform> transforms, Matrix X) {
        Matrix current = X;
        for (Transform T : transforms) {
            current = T.transform(current);
        }
        return current;
    }

    /** Throws unless X has p columns: {@code "Pipeline: fitted on 3 columns, X is 5×4"}. */
    static void checkColumns(Matrix X, int p) {
        if (X.cols() != p) {
            throw new ShapeMismatchException("Pipeline: fitted on " + p + " columns, X is " + X.shape());
        }
    }

    /** Checks a transformer list: not null, no null step; returns an unmodifiable copy. */
    static List<Transformer<?>> checked(String who, List<? extends Transformer<?>> transformers, Object last) {
        if (transformers == null || last == null) {
            throw new IllegalArgumentException(who + ": the transformers and the final estimator must not be null");
        }
        for (int i = 0; i < transformers.size(); i++) {
            if (transformers.get(i) == null) {
                throw new IllegalArgumentException(who + ": transformer " + i + " is null");
            }
        }
        return List.copyOf(transformers);
    }
}
