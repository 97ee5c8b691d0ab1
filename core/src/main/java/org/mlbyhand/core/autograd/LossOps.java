package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The two losses of the course as single ops, each averaged ("reduction = mean", PyTorch's default).
 * Forward and local backward (g = ∂L/∂out, a number since out is 0-d):
 * <pre>{@code
 *   cross_entropy  out = (1/n) Σᵢ −log softmax(zᵢ)_{yᵢ}       z (n, k) logits, y n labels in [0, k)
 *                      = (1/n) Σᵢ [logSumExp(zᵢ) − z_{i,yᵢ}]   dz = (g/n)·(softmax(z) − onehot(y))
 *   mse_loss       out = (1/N) Σ (a − t)²                      da = (2/N)·(a − t)·g,   dt = −da
 * }</pre>
 * Cross-entropy takes logits, not probabilities: log softmax is computed as (z − m) − log Σ e^(z − m),
 * so a confidently wrong row costs a large finite loss instead of log 0. Its backward is written term for
 * term as PyTorch's log_softmax + nll_loss backward, −c·onehot − e^(log softmax)·(−c) with c = g/n, so the
 * two agree to the last bits even where softmax(z)_y is near 1.
 */
public final class LossOps {
    private LossOps() {
    }

    /** out = mean cross-entropy of logits z (n, k) for labels y. */
    public static final class CrossEntropy extends Op {
        private final int[] y;

        CrossEntropy(Tensor z, int[] y) {
            if (z.ndim() != 2 || z.shape[0] != y.length) {
                throw new ShapeMismatchException("cross_entropy: logits have shape " + Shapes.text(z.shape) + ", labels have length "
                        + y.length + "; logits must be (n, k) with n = " + y.length);
            }
            if (y.length == 0 || z.shape[1] == 0) {
                throw new IllegalArgumentException("cross_entropy: logits of shape " + Shapes.text(z.shape) + " have no rows or no classes");
            }
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0 || y[i] >= z.shape[1]) {
                    throw new IndexOutOfBoundsException("cross_entropy: y[" + i + "] = " + y[i] + " is not a class in [0, "
                            + z.shape[1] + ")");
                }
            }
            this.y = y.clone();
        }

        /** Returns a copy of the labels. */
        public int[] labels() {
            return y.clone();
        }

        @Override
        public String name() {
            return "cross_entropy";
        }

        Tensor forward(Tensor z) {
            double[] logp = logSoftmaxRows(z);
            int k = z.shape[1];
            double total = 0.0;
            for (int i = 0; i < y.length; i++) {
                total += -logp[i * k + y[i]];
            }
            return record(Tensors.scalar(total / y.length), z);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor z = input(0);
            int k = z.shape[1];
            double[] logp = logSoftmaxRows(z);
            double s = -(g.item() / y.length);                    // ∂L/∂(log p_{i,yᵢ}), the same for every row
            double[] dz = new double[logp.length];
            for (int i = 0; i < y.length; i++) {
                for (int j = 0; j < k; j++) {
                    dz[i * k + j] = (j == y[i] ? s : 0.0) - Math.exp(logp[i * k + j]) * s;
                }
            }
            return grads(new Tensor(dz, z.shape.clone()));
        }

        private static double[] logSoftmaxRows(Tensor z) {
            Tensor logp = new Softmaxes.LogSoftmax(z, 1).forward(z.detach());
            return logp.data;
        }
    }

    /** out = mean of (a − t)² over all entries; a and t of the same shape. */
    public static final class MseLoss extends Op {
        MseLoss(Tensor a, Tensor t) {
            if (!Arrays.equals(a.shape, t.shape)) {
                throw new ShapeMismatchException("mse_loss: input " + Shapes.text(a.shape) + ", target " + Shapes.text(t.shape)
                        + "; the shapes must be equal");
            }
            if (a.numel() == 0) {
                throw new IllegalArgumentException("mse_loss: the input of shape " + Shapes.text(a.shape) + " is empty");
            }
        }

        @Override
        public String name() {
            return "mse_loss";
        }

        Tensor forward(Tensor a, Tensor t) {
            double[] d = Strided.zip(name(), a, t, a.shape, (x, y) -> (x - y) * (x - y));
            double total = 0.0;
            for (double v : d) {
                total += v;
            }
            return record(Tensors.scalar(total / d.length), a, t);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            double norm = 2.0 / input(0).numel();
            double c = g.item();
            Tensor da = Arithmetic.zip(name(), input(0), input(1), (x, y) -> (x - y) * norm * c);
            return grads(da, da.neg());
        }
    }
}
