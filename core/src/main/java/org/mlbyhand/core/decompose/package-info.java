/**
 * Matrix decompositions, each a small immutable result made by a static factory: one class per
 * algorithm, with the formula, shapes, exceptions and accuracy contract in its Javadoc.
 * <ul>
 *   <li>{@link org.mlbyhand.core.decompose.TriangularSolve}: forward and back substitution;</li>
 *   <li>{@link org.mlbyhand.core.decompose.Cholesky}: A = L·Lᵀ for symmetric positive definite A;</li>
 *   <li>{@link org.mlbyhand.core.decompose.HouseholderQr}: A = Q·R for m ≥ n;</li>
 *   <li>{@link org.mlbyhand.core.decompose.LeastSquares}: argmin ‖A·x − b‖₂ by QR, never the normal equations;</li>
 *   <li>{@link org.mlbyhand.core.decompose.SymmetricEigen}: S = V·diag(λ)·Vᵀ, λ descending;</li>
 *   <li>{@link org.mlbyhand.core.decompose.Svd}: A = U·diag(σ)·Vᵀ, thin, σ descending; by Golub–Kahan
 *   bidiagonalization and implicit-shift QR ({@code Svd.of}), or by one-sided Jacobi ({@code Svd.jacobi},
 *   slower, more accurate for the small σ of matrices with badly scaled columns).</li>
 * </ul>
 * The idea: a decomposition replaces one hard problem (solve, fit, find directions of variance) by
 * easy ones on structured factors (triangular, orthogonal, diagonal). Every algorithm here is backward
 * stable, and the tests hold it to that against EJML.
 *
 * <p>Errors: a wrong shape is a {@link org.mlbyhand.core.linalg.ShapeMismatchException}, a NaN or
 * infinity or a non-symmetric input an {@link IllegalArgumentException} naming the position; a matrix
 * that is valid but singular or not positive definite is found by the arithmetic and reported as an
 * {@link ArithmeticException} subclass ({@link org.mlbyhand.core.decompose.SingularMatrixException},
 * {@link org.mlbyhand.core.decompose.NotPositiveDefiniteException}) naming the pivot and its value.
 * Results are deterministic: the same input gives bit-identical output on every run and JVM.
 */
package org.mlbyhand.core.decompose;
