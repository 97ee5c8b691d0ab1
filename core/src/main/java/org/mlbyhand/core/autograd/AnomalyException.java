package org.mlbyhand.core.autograd;

/**
 * Thrown in anomaly mode ({@link Anomaly#detect()}) at the first op whose forward made a NaN or an
 * infinity from finite inputs, or whose backward made one in a gradient. The message names the op,
 * the index of the first bad entry and the shapes, for example
 * {@code "anomaly: log made -Infinity at [1][0] of its (2, 3) output from finite inputs"}.
 */
public class AnomalyException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a complete message. */
    public AnomalyException(String message) {
        super(message);
    }
}
