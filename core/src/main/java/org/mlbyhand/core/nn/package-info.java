/**
 * Neural networks on the scalar autograd engine, as micrograd's {@code nn.py}: a
 * {@link org.mlbyhand.core.nn.Neuron} computes relu(w·x + b) (or w·x + b in the last layer), a
 * {@link org.mlbyhand.core.nn.Layer} is a list of neurons that see the same inputs, an
 * {@link org.mlbyhand.core.nn.MLP} a stack of layers. Every parameter is a
 * {@link org.mlbyhand.core.autograd.Value}; training is forward, {@code zeroGrad}, {@code backward},
 * and a step {@code p ← p − lr·∂L/∂p} on each of {@link org.mlbyhand.core.nn.Module#parameters()}.
 * Initial weights are uniform in [−1, 1) from a seeded {@link org.mlbyhand.core.random.Rng}, biases 0.
 */
package org.mlbyhand.core.nn;
