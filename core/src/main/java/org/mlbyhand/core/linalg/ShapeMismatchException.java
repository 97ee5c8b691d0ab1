package org.mlbyhand.core.linalg;

/**
 * Thrown when the shapes of operands do not fit an operation. The message names the operation and
 * every shape that met, for example {@code multiply: A is 3×4, B is 5×2}.
 */
public class ShapeMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a complete message. */
    public ShapeMismatchException(String message) {
        super(message);
    }

    /** Creates the exception for a binary operation whose operands are A and B. */
    public ShapeMismatchException(String operation, Matrix A, Matrix B) {
        super(operation + ": A is " + A.shape() + ", B is " + B.shape());
    }
}
