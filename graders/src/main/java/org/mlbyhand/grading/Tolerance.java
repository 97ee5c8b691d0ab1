package org.mlbyhand.grading;

import java.util.Locale;

/**
 * How close an answer must be to the expected one. An entry aᵢ passes against eᵢ when
 * <pre>{@code
 *   |aᵢ − eᵢ| ≤ relative · max(|eᵢ|, max_j |e_j|)
 * }</pre>
 * that is, relative to the entry or to the largest entry of the expected result, whichever is larger
 * (so that an entry that cancels to nearly 0 is judged on the scale of its neighbours). NaN matches
 * NaN only, and an infinity matches the same infinity only.
 *
 * <p>Every tolerance the graders use is one of the constants here, and every failure prints it.
 *
 * @param name     what kind of computation the tolerance is for
 * @param relative the relative bound; 0 means bit-for-bit equality
 */
public record Tolerance(String name, double relative) {
    /** Pure data movement (transpose, copy, indexing): bit-for-bit equal. */
    public static final Tolerance EXACT = new Tolerance("exact", 0.0);
    /** One pass of floating-point arithmetic whose order may differ (products, sums, substitutions). */
    public static final Tolerance ROUNDOFF = new Tolerance("round-off", 1e-12);
    /** Closed-form and exact algorithms (factorisations, normal equations, QR least squares). */
    public static final Tolerance CLOSED_FORM = new Tolerance("closed form", 1e-9);
    /** Iterative solvers stopped by a tolerance (gradient descent, coordinate descent, Newton). */
    public static final Tolerance ITERATIVE = new Tolerance("iterative", 1e-6);

    /** Returns true when {@code actual} is within this tolerance of {@code expected} on the given scale. */
    public boolean accepts(double expected, double actual, double scale) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (expected == actual) {
            return true;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return false; // an infinite expected value is matched by that infinity only
        }
        return Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), scale);
    }

    /** Returns the tolerance as the failure messages print it: {@code "1e-9 relative (closed form)"}. */
    @Override
    public String toString() {
        return relative == 0.0 ? "exact equality" : String.format(Locale.ROOT, "%.0e relative (%s)", relative, name);
    }
}
