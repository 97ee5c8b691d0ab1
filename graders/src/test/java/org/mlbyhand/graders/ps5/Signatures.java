package org.mlbyhand.graders.ps5;

import java.util.List;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.nn.MLP;

/**
 * The function types of problem set 5, one per shape of stub: each stub's one public static method
 * is bound to one of these (the graders are not compiled against the exercises).
 */
public final class Signatures {
    private Signatures() {
    }

    /** The local backward of a scalar op of two operands: {∂L/∂a, ∂L/∂b} from a, b and g = ∂L/∂out. */
    @FunctionalInterface
    public interface BinaryRule {
        double[] apply(double a, double b, double g);
    }

    /**
     * The local backward of a scalar op of one operand x: ∂L/∂x from x, a second number (the exponent
     * p of pow, or the op's output) and g = ∂L/∂out.
     */
    @FunctionalInterface
    public interface UnaryRule {
        double apply(double x, double second, double g);
    }

    /** A topological order of the nodes a root depends on; node v = op(a[v], b[v]), −1 for no operand. */
    @FunctionalInterface
    public interface TopoSort {
        int[] order(int[] a, int[] b, int root);
    }

    /** The backward pass over a graph numbered in topological order, from the local derivatives. */
    @FunctionalInterface
    public interface BackwardPass {
        double[] gradients(int[] a, int[] b, double[] da, double[] db);
    }

    /** One neuron's output as a {@link Value} built from its parameters and inputs. */
    @FunctionalInterface
    public interface NeuronForward {
        Value apply(List<Value> w, Value b, List<Value> x, boolean nonlin);
    }

    /** An MLP's outputs as {@link Value}s built from its sizes, its parameters and its inputs. */
    @FunctionalInterface
    public interface MlpForward {
        List<Value> apply(int[] sizes, List<Value> params, List<Value> x);
    }

    /** One step of gradient descent on a network (modified), returning the loss before the step. */
    @FunctionalInterface
    public interface TrainingStep {
        double step(MLP net, Matrix X, int[] y, double lr, double alpha);
    }

    /** The storage position of an index of a strided view. */
    @FunctionalInterface
    public interface Position {
        int position(int[] shape, int[] strides, int offset, int[] index);
    }

    /** A gradient summed back to a shape that was broadcast. */
    @FunctionalInterface
    public interface SumTo {
        Tensor apply(Tensor g, int[] shape);
    }

    /** The local backward of C = A·B: {∂L/∂A, ∂L/∂B} from A, B and G = ∂L/∂C. */
    @FunctionalInterface
    public interface MatMulRule {
        Tensor[] apply(Tensor A, Tensor B, Tensor G);
    }

    /** The local backward of a sum or a mean along one axis: ∂L/∂x from x's shape and g. */
    @FunctionalInterface
    public interface ReduceRule {
        Tensor apply(int[] shape, int axis, boolean keepdim, boolean mean, Tensor g);
    }

    /** The local backward of max along one axis: ∂L/∂x from x and g. */
    @FunctionalInterface
    public interface MaxRule {
        Tensor apply(Tensor x, int axis, boolean keepdim, Tensor g);
    }

    /** An op along one axis of a tensor: softmax, log-softmax. */
    @FunctionalInterface
    public interface AlongAxis {
        Tensor apply(Tensor x, int axis);
    }

    /** The local backward of an op along an axis, from its output y and g = ∂L/∂y. */
    @FunctionalInterface
    public interface OutputRule {
        Tensor apply(Tensor y, Tensor g, int axis);
    }

    /** The local backward of the mean cross-entropy of logits z (n, k) for labels y, given g = ∂L/∂loss. */
    @FunctionalInterface
    public interface CrossEntropyRule {
        Tensor apply(Tensor z, int[] y, double g);
    }

    /** The local backward of an embedding lookup out = E[index]: ∂L/∂E from E's row count, index and g. */
    @FunctionalInterface
    public interface EmbeddingRule {
        Tensor apply(int rows, int[] index, Tensor g);
    }
}
