/**
 * The differentiable functions models are made of, below every model family so that linear models,
 * networks and attention share one implementation:
 * <ul>
 *   <li>{@link org.mlbyhand.core.functions.Affine}: the scores z = X·w + b and Z = X·Wᵀ + 1·bᵀ;</li>
 *   <li>{@link org.mlbyhand.core.functions.Activations}: σ, softplus, log-sum-exp, softmax and the
 *       per-row log-losses, each written so that no input overflows;</li>
 *   <li>{@link org.mlbyhand.core.functions.Losses}: the mean squared error and the binary and softmax
 *       cross-entropies, averaged over the rows, with their exact gradients
 *       ({@link org.mlbyhand.core.functions.LinearGradient}, {@link org.mlbyhand.core.functions.SoftmaxGradient}).</li>
 * </ul>
 * Pure functions of plain arrays and {@link org.mlbyhand.core.linalg.Matrix}: no state, no model, no
 * randomness; inputs are never modified. This package depends on {@code linalg} only.
 */
package org.mlbyhand.core.functions;
