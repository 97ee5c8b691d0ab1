/**
 * Reverse-mode automatic differentiation, twice: on scalars, as micrograd, and on tensors, as PyTorch.
 *
 * <p><b>The scalar engine</b>, {@link org.mlbyhand.core.autograd.Value}: each op records its operands,
 * {@code backward()} visits the graph in reverse topological order and applies the chain rule with the
 * local derivatives written beside each op in {@link org.mlbyhand.core.autograd.ScalarOp}. The whole
 * idea in two files.
 *
 * <p><b>The tensor engine</b>, {@link org.mlbyhand.core.autograd.Tensor}: the same idea on n-dimensional
 * arrays of doubles. Its parts, one concept per file:
 * <ul>
 *   <li>storage and views: {@code Tensor} (one row-major {@code double[]}, shape, strides, offset),
 *       {@code Strided} (reading a view in row-major order), {@code Shapes} (sizes, broadcasting, axes),
 *       {@link org.mlbyhand.core.autograd.Tensors} (construction; a {@code Matrix} shares its storage);</li>
 *   <li>the ops, by family, each a small class whose forward and local backward sit side by side:
 *       {@link org.mlbyhand.core.autograd.Arithmetic}, {@link org.mlbyhand.core.autograd.Unary},
 *       {@link org.mlbyhand.core.autograd.Reductions}, {@link org.mlbyhand.core.autograd.Views},
 *       {@link org.mlbyhand.core.autograd.MatMul}, {@link org.mlbyhand.core.autograd.Indexing},
 *       {@link org.mlbyhand.core.autograd.Softmaxes}, {@link org.mlbyhand.core.autograd.LossOps};</li>
 *   <li>the graph: an {@link org.mlbyhand.core.autograd.Op} object is the node (its inputs, its output,
 *       its parameters), {@code Backprop} the backward pass (topological order, accumulation, freeing);</li>
 *   <li>the rules: {@link org.mlbyhand.core.autograd.Rules} maps each op to its local backward, the op's
 *       own unless a substitute ({@link org.mlbyhand.core.autograd.Backward},
 *       {@link org.mlbyhand.core.autograd.ScalarRule}) was registered: how a grader runs the engine with
 *       one learner-written rule and checks the result end to end, with
 *       {@link org.mlbyhand.core.autograd.Gradcheck};</li>
 *   <li>modes, per thread and scoped: {@link org.mlbyhand.core.autograd.GradMode} (no graph) and
 *       {@link org.mlbyhand.core.autograd.Anomaly} (name the op that made the first NaN).</li>
 * </ul>
 *
 * <p>Who owns what: the engine owns the graph, the tape, the order and the accumulation; an op owns only
 * its local rule, ∂L/∂inputs from ∂L/∂output. So a learner writes one local rule at a time, and one
 * mistake shows at its own op (the engine checks every gradient's shape and names the op) instead of
 * cascading. Nothing global changes when a rule is substituted: a {@code Rules} is an immutable value
 * passed to the backward pass that uses it.
 *
 * <p>Conventions: everything is float64; ops return new tensors and never modify their inputs; the
 * tie rules and formulas are PyTorch 1.13's, and the tests compare every op's value and gradient with
 * PyTorch's to 1e-12 (golden files from {@code tools/parity/make_golden_torch.py}). Design notes:
 * {@code docs/autograd.md}.
 */
package org.mlbyhand.core.autograd;
