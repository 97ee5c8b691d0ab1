package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A {@link Transform} that can be undone:
 * <pre>{@code
 *   inverseTransform(transform(X)) = X       up to rounding, for every X with p columns
 * }</pre>
 * (a scaler; a projection onto fewer components has no inverse and is a plain {@link Transform}).
 */
public interface InvertibleTransform extends Transform {
    /**
     * Returns X with transform(X) = Z.
     *
     * @param Z m×q, as {@link #transform} returns (not modified)
     * @return m×p, a new matrix
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if Z does not have q columns
     */
    Matrix inverseTransform(Matrix Z);
}
