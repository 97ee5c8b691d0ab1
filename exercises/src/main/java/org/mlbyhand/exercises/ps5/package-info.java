/**
 * Problem set 5, automatic differentiation: reverse mode, first on single numbers as micrograd does it,
 * then on n-dimensional tensors as PyTorch does it. You write one piece at a time: the local backward
 * of each op (∂L/∂inputs from ∂L/∂output), the topological order, the backward pass with its
 * accumulation, a neuron, an MLP and a training step on core's {@code Value}; then strides,
 * broadcasting and the backward of matmul, sum and mean, max, softmax, log-softmax, cross-entropy and
 * an embedding lookup on core's {@code Tensor}. Core's engine ({@code org.mlbyhand.core.autograd})
 * owns the graph, the tape and the order; the graders plug each of your rules into it alone, so one
 * mistake shows at its own op and never spoils the next exercise. Every gradient is also checked by
 * central differences, which need no reference.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=5}.
 */
package org.mlbyhand.exercises.ps5;
