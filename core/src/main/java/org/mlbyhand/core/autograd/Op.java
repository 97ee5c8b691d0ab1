package org.mlbyhand.core.autograd;

/**
 * One differentiable operation, and, once applied, one node of the graph: the op's parameters (an
 * axis, an exponent), the tensors it was applied to and the tensor it made. Each op is a small class
 * that holds its forward and its local backward side by side, as micrograd's {@code Value} methods do:
 * <pre>{@code
 *   forward:   out = f(x₀, x₁, …)                       computed, then record(out, x₀, x₁, …)
 *   backward:  given g = ∂L/∂out, return ∂L/∂xᵢ = (∂out/∂xᵢ)ᵀ·g for every input i
 * }</pre>
 * The backward is <em>local</em>: it knows nothing of L or of the rest of the graph. The engine
 * ({@link Tensor#backward}) owns the graph, the topological order and the accumulation of gradients,
 * and asks a {@link Rules} for each node's backward, which is this class's {@link #backward} unless a
 * rule was substituted for this op's class ({@link Rules#with(Class, Backward)}).
 *
 * <p>An op object is made per call; {@link #record} keeps the inputs and output only when the graph
 * is being recorded (grad mode on, some input requiring grad). After a backward pass that did not
 * retain the graph the node is <em>freed</em>, and a second backward through it fails saying so.
 */
public abstract class Op {
    private Tensor[] inputs;
    private Tensor output;
    private boolean freed;

    /** For the op classes of this package and for ops of one's own (as PyTorch's autograd.Function). */
    protected Op() {
    }

    /** Returns the op's name, as errors, anomaly reports and {@link Tensor#toString} give it: {@code "matmul"}. */
    public abstract String name();

    /**
     * The reference local backward: returns ∂L/∂xᵢ for every input xᵢ, given g = ∂L/∂out. It runs with
     * grad mode off, reads {@link #input}, {@link #output} and the op's parameters, and modifies none of
     * them.
     *
     * @param grad g, of the output's shape (not modified)
     * @return one gradient per input, each of that input's shape (null for an input that needs none)
     */
    public abstract Tensor[] backward(Tensor grad);

    /** Returns input i as the forward pass saw it (not to be modified). */
    public final Tensor input(int i) {
        requireRecorded();
        return inputs[i];
    }

    /** Returns the number of inputs. */
    public final int arity() {
        requireRecorded();
        return inputs.length;
    }

    /**
     * Returns true when input i requires grad. A rule may return null instead of the gradient of an input
     * that does not (the data batch of a first layer, say), as PyTorch skips it, to save the work.
     */
    public final boolean needsGrad(int i) {
        return input(i).requiresGrad;
    }

    /** Returns the tensor the forward pass made (not to be modified). */
    public final Tensor output() {
        requireRecorded();
        return output;
    }

    /**
     * Finishes a forward pass: checks the output in anomaly mode ({@link Anomaly}), and when grad mode
     * is on and some input requires grad, records this op as the output's node, so that the output
     * requires grad too. Returns out.
     */
    protected final Tensor record(Tensor out, Tensor... in) {
        Anomaly.checkForward(this, out, in);
        if (GradMode.isEnabled()) {
            for (Tensor x : in) {
                if (x.requiresGrad) {
                    inputs = in;
                    output = out;
                    out.gradFn = this;
                    out.requiresGrad = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Convenience for a backward rule: wraps the gradients as the array the engine expects. */
    protected static Tensor[] grads(Tensor... perInput) {
        return perInput;
    }

    final Tensor[] inputs() {
        return inputs;
    }

    final boolean isFreed() {
        return freed;
    }

    /** Marks this node as used by a backward that did not retain the graph. */
    final void free() {
        freed = true;
    }

    private void requireRecorded() {
        if (inputs == null) {
            throw new IllegalStateException(name() + ": this op was not recorded in a graph (grad mode was off,"
                    + " or no input required grad), so it has no inputs or output to give");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
