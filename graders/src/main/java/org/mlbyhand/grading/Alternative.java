package org.mlbyhand.grading;

/**
 * A correct solution written differently from the reference (another loop order, another
 * factorisation, pairwise instead of sorted). The maintainers' suite grades every alternative and
 * fails unless it is solved: a grader must never fail a correct answer just because it was reached
 * another way.
 *
 * @param name           how it differs from the reference, {@code "QR of [X 1] instead of centring"}
 * @param implementation the correct code, with the exercise's signature
 * @param <F> the exercise's function type
 */
public record Alternative<F>(String name, F implementation) {
}
