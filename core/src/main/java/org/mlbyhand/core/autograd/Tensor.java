package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * An n-dimensional array of doubles that records how it was computed, so that gradients flow back to
 * the tensors it came from: PyTorch's tensor, in float64 only.
 *
 * <p><b>Storage and views.</b> Entries live in one row-major {@code double[]}; the entry at index
 * (i₀, …, iₙ₋₁) is {@code data[offset + Σₖ iₖ·strideₖ]}. A <em>view</em> (reshape of a contiguous
 * tensor, transpose, permute, slice, expand, squeeze, unsqueeze) is a new tensor over the same storage
 * with other shape, strides and offset: nothing is copied. {@link #contiguous} copies when needed. A
 * {@link Matrix} is the 2-D case of the same storage: {@link Tensors#fromMatrix} and {@link #toMatrix} share
 * it when the tensor is contiguous.
 *
 * <p><b>Graph.</b> Each op returns a new tensor; when grad mode is on ({@link GradMode}) and an input
 * requires grad, the output remembers the {@link Op} that made it ({@link #gradFn}). {@link #backward}
 * walks those nodes in reverse topological order and adds ∂L/∂x into {@link #grad} of every leaf x
 * that requires grad; gradients accumulate over backward calls until {@link #zeroGrad}.
 *
 * <p><b>Broadcasting</b> follows NumPy and PyTorch (see {@code Shapes}); the backward of a broadcast
 * op sums the gradient over the expanded axes ({@link #sumTo}). Shapes print as PyTorch prints them,
 * {@code (2, 3)}, and every shape error names the op and both shapes: {@code "matmul: (2, 3) @ (4, 5)"}.
 * The math of each op, forward and backward, is in the Javadoc of its class ({@link Arithmetic},
 * {@link Unary}, {@link Reductions}, {@link Views}, {@link MatMul}, {@link Indexing},
 * {@link Softmaxes}, {@link LossOps}).
 */
public final class Tensor {
    final double[] data;
    final int[] shape;
    final int[] strides;
    final int offset;

    boolean requiresGrad;
    Op gradFn;
    Tensor grad;
    boolean retainsGrad;

    /** A compact tensor that owns {@code data} (row-major, length numel(shape)). */
    Tensor(double[] data, int[] shape) {
        this(data, shape, Shapes.contiguousStrides(shape), 0);
    }

    /** A view of {@code data}. */
    Tensor(double[] data, int[] shape, int[] strides, int offset) {
        this.data = data;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
    }

    /**
     * Returns this 2-d tensor as a matrix: over the same storage when the tensor is compact
     * ({@link #isContiguous}, offset 0, nothing else in its storage), else a copy.
     *
     * @throws IllegalArgumentException if the tensor is not 2-d
     */
    public Matrix toMatrix() {
        if (shape.length != 2) {
            throw new IllegalArgumentException("toMatrix: a tensor of shape " + Shapes.text(shape) + " is not 2-d");
        }
        return Matrix.wrap(shape[0], shape[1], Strided.values(this));
    }

    // ---------------------------------------------------------------- shape and entries

    /** Returns a copy of the sizes of the axes; {@code []} for a 0-d tensor. */
    public int[] shape() {
        return shape.clone();
    }

    /** Returns the size of one axis (negative counts from the end). */
    public int size(int axis) {
        return shape[Shapes.axis("size", axis, shape)];
    }

    /** Returns the number of axes. */
    public int ndim() {
        return shape.length;
    }

    /** Returns the number of entries, the product of the sizes. */
    public int numel() {
        return Shapes.numel(shape);
    }

    /** Returns a copy of the strides: how far in storage one step along each axis goes. */
    public int[] strides() {
        return strides.clone();
    }

    /** Returns the position of entry (0, …, 0) in the storage. */
    public int offset() {
        return offset;
    }

    /** Returns true when the entries are laid out row-major without gaps (the strides of a fresh tensor). */
    public boolean isContiguous() {
        return Shapes.isContiguous(shape, strides);
    }

    /** Contiguous, from offset 0, and alone in its storage: its storage is its row-major array. */
    boolean isCompact() {
        return offset == 0 && data.length == numel() && isContiguous();
    }

    /** Returns the entry at index (one position per axis). */
    public double get(int... index) {
        return data[Strided.position(this, index)];
    }

    /** Returns the value of a one-entry tensor (0-d, or every size 1). */
    public double item() {
        if (numel() != 1) {
            throw new IllegalStateException("item: a tensor of shape " + Shapes.text(shape) + " has " + numel() + " entries, not 1");
        }
        return data[offset];
    }

    /** Returns a new array of the entries in row-major order. */
    public double[] toArray() {
        return Strided.copy(this);
    }

    // ---------------------------------------------------------------- autograd state

    /** Returns true when gradients flow to this tensor: a leaf made by {@link #requiringGrad}, or an op's output from one. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Returns a leaf over the same storage (not copied) that requires grad: a parameter. */
    public Tensor requiringGrad() {
        Tensor leaf = new Tensor(data, shape, strides, offset);
        leaf.requiresGrad = true;
        return leaf;
    }

    /** Returns a tensor over the same storage that is cut from the graph: no node, no grad. */
    public Tensor detach() {
        return new Tensor(data, shape, strides, offset);
    }

    /** Returns true when no op made this tensor within the graph (it was created, or made under noGrad). */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** Returns the node that made this tensor, or null for a leaf. */
    public Op gradFn() {
        return gradFn;
    }

    /** Returns true once a backward pass has given this tensor a gradient. */
    public boolean hasGrad() {
        return grad != null;
    }

    /**
     * Returns ∂L/∂this accumulated by the backward passes so far (the tensor itself, not a copy; it has
     * this tensor's shape and is contiguous).
     *
     * @throws IllegalStateException if no backward pass has reached this tensor
     */
    public Tensor grad() {
        if (grad == null) {
            throw new IllegalStateException("grad: no gradient here yet: " + (requiresGrad
                    ? (gradFn == null ? "no backward pass has reached this leaf" : "it is not a leaf; call retainGrad() before backward")
                    : "this tensor does not require grad (see requiringGrad())"));
        }
        return grad;
    }

    /** Sets the accumulated gradient to zeros (this tensor's gradient is modified; nothing if there is none). */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad.data, 0.0);
        }
    }

    /** Asks the backward pass to accumulate this non-leaf's gradient too (this tensor is modified). */
    public void retainGrad() {
        retainsGrad = true;
    }

    /** Runs the backward pass from this one-entry tensor (upstream gradient 1), with the reference rules. */
    public void backward() {
        Backprop.run(this, null, Rules.reference(), false);
    }

    /** Runs the backward pass with upstream gradient ∂L/∂this = grad (this tensor's shape; not modified). */
    public void backward(Tensor grad) {
        Backprop.run(this, grad, Rules.reference(), false);
    }

    /** Runs the backward pass from this one-entry tensor with the given local rules (see {@link Rules}). */
    public void backward(Rules rules) {
        Backprop.run(this, null, rules, false);
    }

    /**
     * Runs the backward pass: adds ∂L/∂x to the grad of every leaf x this tensor depends on that requires
     * grad, where L = Σ grad ∘ this.
     *
     * @param grad        ∂L/∂this, of this tensor's shape (not modified); null means 1, for a one-entry tensor
     * @param rules       the local rules ({@link Rules#reference()} unless one is substituted)
     * @param retainGraph true keeps the graph for another backward; false frees it
     * @throws IllegalArgumentException if grad is null and this tensor has more than one entry
     * @throws IllegalStateException if this tensor does not require grad, or the graph was freed
     */
    public void backward(Tensor grad, Rules rules, boolean retainGraph) {
        Backprop.run(this, grad, rules, retainGraph);
    }

    /**
     * Sets this ← this + s·x entry by entry, outside the graph: an optimizer step on a leaf (this
     * tensor is modified; x is not). Throws if this tensor was made by an op that is in a graph.
     */
    public void addScaledInPlace(double s, Tensor x) {
        if (gradFn != null) {
            throw new IllegalStateException("addScaledInPlace: this tensor was made by " + gradFn.name()
                    + " and is part of a graph; change leaves only (parameters), and make a new tensor otherwise");
        }
        Strided.addScaled(this, s, x);
    }

    // ---------------------------------------------------------------- element-wise ({@link Arithmetic}, {@link Unary})

    /** Returns this + b, broadcast. */
    public Tensor add(Tensor b) {
        return new Arithmetic.Add().forward(this, b);
    }

    /** Returns this + c. */
    public Tensor add(double c) {
        return add(Tensors.scalar(c));
    }

    /** Returns this − b, broadcast. */
    public Tensor sub(Tensor b) {
        return new Arithmetic.Sub().forward(this, b);
    }

    /** Returns this − c. */
    public Tensor sub(double c) {
        return sub(Tensors.scalar(c));
    }

    /** Returns this ∘ b (entry by entry), broadcast. */
    public Tensor mul(Tensor b) {
        return new Arithmetic.Mul().forward(this, b);
    }

    /** Returns c·this. */
    public Tensor mul(double c) {
        return mul(Tensors.scalar(c));
    }

    /** Returns this / b (entry by entry), broadcast. */
    public Tensor div(Tensor b) {
        return new Arithmetic.Div().forward(this, b);
    }

    /** Returns this / c. */
    public Tensor div(double c) {
        return div(Tensors.scalar(c));
    }

    /** Returns −this. */
    public Tensor neg() {
        return new Arithmetic.Neg().forward(this);
    }

    /** Returns thisᵖ entry by entry, for a constant exponent p. */
    public Tensor pow(double p) {
        return new Arithmetic.Pow(p).forward(this);
    }

    /** Returns e^this. */
    public Tensor exp() {
        return new Unary.Exp().forward(this);
    }

    /** Returns the natural log. */
    public Tensor log() {
        return new Unary.Log().forward(this);
    }

    /** Returns tanh. */
    public Tensor tanh() {
        return new Unary.Tanh().forward(this);
    }

    /** Returns max(this, 0). */
    public Tensor relu() {
        return new Unary.Relu().forward(this);
    }

    /** Returns σ(this) = 1/(1 + e^(−this)), stably. */
    public Tensor sigmoid() {
        return new Unary.Sigmoid().forward(this);
    }

    // ---------------------------------------------------------------- reductions ({@link Reductions}); axes may be negative

    /** Returns the sum of all entries, 0-d. */
    public Tensor sum() {
        return sum(new int[0], false);
    }

    /** Returns the sums along one axis (kept as size 1 when keepdim). */
    public Tensor sum(int axis, boolean keepdim) {
        return sum(new int[] {axis}, keepdim);
    }

    /** Returns the sums over the given axes (all of them when axes is empty). */
    public Tensor sum(int[] axes, boolean keepdim) {
        return new Reductions.Sum(this, axes, keepdim).forward(this);
    }

    /** Returns the mean of all entries, 0-d. */
    public Tensor mean() {
        return mean(new int[0], false);
    }

    /** Returns the means along one axis. */
    public Tensor mean(int axis, boolean keepdim) {
        return mean(new int[] {axis}, keepdim);
    }

    /** Returns the means over the given axes (all of them when axes is empty). */
    public Tensor mean(int[] axes, boolean keepdim) {
        return new Reductions.Mean(this, axes, keepdim).forward(this);
    }

    /** Returns the maxima along one axis; the gradient is split evenly among tied maxima (PyTorch's amax). */
    public Tensor amax(int axis, boolean keepdim) {
        return amax(new int[] {axis}, keepdim);
    }

    /** Returns the maxima over the given axes (all when empty); gradient split evenly among ties. */
    public Tensor amax(int[] axes, boolean keepdim) {
        return new Reductions.Amax(this, axes, keepdim).forward(this);
    }

    /** Returns the maxima along one axis; the gradient goes to the first maximum only (PyTorch's max(dim)). */
    public Tensor max(int axis, boolean keepdim) {
        return new Reductions.Max(this, axis, keepdim).forward(this);
    }

    /** Returns the index of the first maximum along one axis, as whole numbers (no gradient). */
    public Tensor argmax(int axis, boolean keepdim) {
        return Reductions.argmax(this, axis, keepdim);
    }

    /** Returns log Σ e^x along one axis, stably. */
    public Tensor logsumexp(int axis, boolean keepdim) {
        return logsumexp(new int[] {axis}, keepdim);
    }

    /** Returns log Σ e^x over the given axes (all when empty), stably. */
    public Tensor logsumexp(int[] axes, boolean keepdim) {
        return new Reductions.LogSumExp(this, axes, keepdim).forward(this);
    }

    /** Returns the sum of this over its broadcast axes, so that the result has {@code shape}: un-broadcasting. */
    public Tensor sumTo(int... shape) {
        return Reductions.sumTo(this, shape);
    }

    // ---------------------------------------------------------------- views ({@link Views}): no copy where possible

    /** Returns the same entries in another shape (one size may be −1); a view when contiguous, else a copy. */
    public Tensor reshape(int... shape) {
        Tensor x = isContiguous() ? this : contiguous();
        return new Views.Reshape(x, shape).forward(x);
    }

    /** Returns the view with axes a and b swapped. */
    public Tensor transpose(int a, int b) {
        int[] dims = Views.identity(shape.length);
        int i = Shapes.axis("transpose", a, shape);
        int j = Shapes.axis("transpose", b, shape);
        dims[i] = j;
        dims[j] = i;
        return permute(dims);
    }

    /** Returns the view whose axis k is axis dims[k] of this one. */
    public Tensor permute(int... dims) {
        return new Views.Permute(this, dims).forward(this);
    }

    /** Returns the view of indices [start, stop) along axis. */
    public Tensor slice(int axis, int start, int stop) {
        return slice(axis, start, stop, 1);
    }

    /** Returns the view of indices start, start + step, … below stop along axis (step ≥ 1). */
    public Tensor slice(int axis, int start, int stop, int step) {
        return new Views.Slice(this, axis, start, stop, step).forward(this);
    }

    /** Returns the view broadcast to a larger shape (stride 0 along the expanded axes). */
    public Tensor expand(int... shape) {
        return new Views.Expand(this, shape).forward(this);
    }

    /** Returns the view with a new axis of size 1 at position axis. */
    public Tensor unsqueeze(int axis) {
        return reshape(Views.unsqueezed(shape, axis));
    }

    /** Returns the view without axis, which must have size 1. */
    public Tensor squeeze(int axis) {
        return reshape(Views.squeezed(shape, axis));
    }

    /** Returns this tensor if it is contiguous, else a contiguous copy. */
    public Tensor contiguous() {
        return isContiguous() ? this : new Views.Contiguous().forward(this);
    }

    // ---------------------------------------------------------------- products, indexing, joining

    /** Returns the matrix product, batched and broadcast over leading axes as torch.matmul ({@link MatMul}). */
    public Tensor matmul(Tensor b) {
        return MatMul.matmul(this, b);
    }

    /** Returns the slices at the given indices along axis, in order: an embedding lookup for axis 0. */
    public Tensor indexSelect(int axis, int... index) {
        return new Indexing.IndexSelect(this, axis, index).forward(this);
    }

    /** Returns out[…i…] = this[…index[…i…]…] along axis (PyTorch's gather; index holds whole numbers). */
    public Tensor gather(int axis, Tensor index) {
        return new Indexing.Gather(this, axis, index).forward(this);
    }

    /** Returns a copy of this with src added at the positions index names along axis (PyTorch's scatter_add). */
    public Tensor scatterAdd(int axis, Tensor index, Tensor src) {
        return new Indexing.ScatterAdd(this, axis, index, src).forward(this, src);
    }

    /** Returns the tensors joined along axis; all other sizes must agree. */
    public static Tensor cat(int axis, Tensor... tensors) {
        return new Indexing.Cat(tensors, axis).forward(tensors);
    }

    /** Returns consecutive slices along axis of the given sizes, which must add up to the axis' size: views. */
    public Tensor[] split(int axis, int... sizes) {
        return Views.split(this, axis, sizes);
    }

    // ---------------------------------------------------------------- softmax and losses ({@link Softmaxes}, {@link LossOps})

    /** Returns the softmax along axis, stably. */
    public Tensor softmax(int axis) {
        return new Softmaxes.Softmax(this, axis).forward(this);
    }

    /** Returns log softmax along axis, stably. */
    public Tensor logSoftmax(int axis) {
        return new Softmaxes.LogSoftmax(this, axis).forward(this);
    }

    /** Returns the mean cross-entropy of these (n, k) logits for the labels y (length n, in [0, k)), 0-d. */
    public Tensor crossEntropy(int... y) {
        return new LossOps.CrossEntropy(this, y).forward(this);
    }

    /** Returns the mean squared error mean((this − target)²), 0-d; target of the same shape. */
    public Tensor mse(Tensor target) {
        return new LossOps.MseLoss(this, target).forward(this, target);
    }

    // ---------------------------------------------------------------- text

    /** Returns the entries as nested brackets, with the shape and the node: {@code tensor([[1, 2]], grad_fn=mul)}. */
    @Override
    public String toString() {
        return "tensor(" + TensorFormat.format(this) + (gradFn != null ? ", grad_fn=" + gradFn.name()
                : requiresGrad ? ", requires_grad" : "") + ")";
    }
}
