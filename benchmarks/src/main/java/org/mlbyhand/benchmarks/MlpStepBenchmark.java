package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.Tensors;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One forward and backward pass of a two-layer perceptron on a minibatch, the gradients of every
 * parameter: with core's tensor autograd, and written out by hand with {@link Matrix} calls, the same
 * products on the same GEMM. The difference is the engine's overhead: recording the graph, the
 * topological order, allocation of intermediate tensors, views and copies, and the largest part at this
 * size, {@code zeroGrad} filling each parameter's gradient with zeros and backward adding into it (as
 * PyTorch's {@code zero_grad(set_to_none=False)}), where the hand-written step just returns new arrays.
 * <pre>{@code
 *   forward                                   backward (by hand; the engine derives the same)
 *   A = X·W₁ + 1·b₁ᵀ      (B, H)              dZ  = (softmax(Z) − onehot(y))/B          (B, K)
 *   H = relu(A)           (B, H)              dW₂ = Hᵀ·dZ,  db₂ = Σ_rows dZ             (H, K), (K)
 *   Z = H·W₂ + 1·b₂ᵀ      (B, K)              dH  = dZ·W₂ᵀ                              (B, H)
 *   L = mean cross-entropy(Z, y)              dA  = dH ∘ [A > 0]                        (B, H)
 *                                             dW₁ = Xᵀ·dA,  db₁ = Σ_rows dA             (D, H), (H)
 * }</pre>
 * with B = 64, D = 784, H = 256, K = 10 (an MNIST-sized step). The hand-written backward computes the
 * cross-entropy gradient term for term as the engine's {@code LossOps.CrossEntropy} does, so the agreement
 * check asks every gradient to equal the engine's to 1e-12 relative to its largest entry.
 *
 * <p>The products above 96³ multiply-adds run on all cores in both versions ({@code Matrix.multiply}); the
 * {@code OneThread} variants run the whole step on one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MlpStepBenchmark {
    /** "BxDxHxK": batch, inputs, hidden units, classes. */
    @Param({"64x784x256x10"})
    public String shape;

    private Matrix X;
    private Matrix W1;
    private double[] b1;
    private Matrix W2;
    private double[] b2;
    private int[] y;
    private Tensor tX;
    private Tensor tW1;
    private Tensor tb1;
    private Tensor tW2;
    private Tensor tb2;
    private OneThread oneThread;

    /** Draws the batch and He-initialised weights, and checks the method about to be timed against the other. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String[] s = shape.split("x");
        int B = Integer.parseInt(s[0]);
        int D = Integer.parseInt(s[1]);
        int H = Integer.parseInt(s[2]);
        int K = Integer.parseInt(s[3]);
        Rng rng = new Rng(ModelData.SEED);
        X = RandomMatrices.gaussian(rng, B, D);
        W1 = RandomMatrices.gaussian(rng, D, H).scale(Math.sqrt(2.0 / D));
        b1 = RandomMatrices.gaussian(rng, H);
        W2 = RandomMatrices.gaussian(rng, H, K).scale(Math.sqrt(2.0 / H));
        b2 = RandomMatrices.gaussian(rng, K);
        y = new int[B];
        for (int i = 0; i < B; i++) {
            y[i] = rng.nextInt(K);
        }
        tX = Tensors.fromMatrix(X);
        tW1 = Tensors.fromMatrix(W1).requiringGrad();
        tb1 = Tensors.of(b1).requiringGrad();
        tW2 = Tensors.fromMatrix(W2).requiringGrad();
        tb2 = Tensors.of(b2).requiringGrad();
        oneThread = new OneThread();

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Gradients byHand = switch (method) {
            case "tensor" -> {
                tensor();
                yield byHand();
            }
            case "tensorOneThread" -> {
                tensorOneThread();
                yield byHand();
            }
            case "byHand" -> {
                Gradients g = byHand();
                tensor();
                yield g;
            }
            case "byHandOneThread" -> {
                Gradients g = byHandOneThread();
                tensor();
                yield g;
            }
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        same(method, "dW1", tW1.grad().toArray(), byHand.dW1().storage());
        same(method, "db1", tb1.grad().toArray(), byHand.db1());
        same(method, "dW2", tW2.grad().toArray(), byHand.dW2().storage());
        same(method, "db2", tb2.grad().toArray(), byHand.db2());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** The step with the tensor engine: zero the gradients, forward, backward. */
    @Benchmark
    public double tensor() {
        tW1.zeroGrad();
        tb1.zeroGrad();
        tW2.zeroGrad();
        tb2.zeroGrad();
        Tensor h = tX.matmul(tW1).add(tb1).relu();                   // (B, H)
        Tensor loss = h.matmul(tW2).add(tb2).crossEntropy(y);        // ()
        loss.backward();
        return loss.item();
    }

    /** {@link #tensor} on one thread. */
    @Benchmark
    public double tensorOneThread() {
        return oneThread.call(this::tensor);
    }

    /** The same step written out with Matrix calls (class comment). */
    @Benchmark
    public Gradients byHand() {
        int B = X.rows();
        int H = W1.cols();
        int K = W2.cols();
        Matrix A = X.multiply(W1);                                   // (B, H)
        double[] a = A.storage();
        for (int i = 0; i < B; i++) {
            for (int j = 0; j < H; j++) {
                a[i * H + j] += b1[j];
            }
        }
        Matrix Hid = A.map(v -> Math.max(v, 0.0));                   // (B, H)
        Matrix Z = Hid.multiply(W2);                                 // (B, K)
        double[] z = Z.storage();
        double[] dz = new double[B * K];
        double c = -1.0 / B;                                         // ∂L/∂(log p_{i,yᵢ}), as the engine's rule
        for (int i = 0; i < B; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < K; j++) {
                z[i * K + j] += b2[j];
                max = Math.max(max, z[i * K + j]);
            }
            double sum = 0.0;
            for (int j = 0; j < K; j++) {
                sum += Math.exp(z[i * K + j] - max);
            }
            double logSum = Math.log(sum);
            for (int j = 0; j < K; j++) {
                double logp = (z[i * K + j] - max) - logSum;
                dz[i * K + j] = (j == y[i] ? c : 0.0) - Math.exp(logp) * c;
            }
        }
        Matrix dZ = Matrix.wrap(B, K, dz);                           // (B, K)
        Matrix dW2 = Hid.transpose().multiply(dZ);                   // (H, K)
        double[] db2 = dZ.columnSums();                              // (K)
        Matrix dH = dZ.multiply(W2.transpose());                     // (B, H)
        double[] dh = dH.storage();
        for (int t = 0; t < dh.length; t++) {
            if (!(a[t] > 0.0)) {
                dh[t] = 0.0;                                         // relu': 0 at A ≤ 0
            }
        }
        Matrix dW1 = X.transpose().multiply(dH);                     // (D, H)
        double[] db1 = dH.columnSums();                              // (H)
        return new Gradients(dW1, db1, dW2, db2);
    }

    /** {@link #byHand} on one thread. */
    @Benchmark
    public Gradients byHandOneThread() {
        return oneThread.call(this::byHand);
    }

    /** The four gradients of one step. */
    public record Gradients(Matrix dW1, double[] db1, Matrix dW2, double[] db2) {
    }

    private static void same(String method, String name, double[] engine, double[] byHand) {
        double scale = 0.0;
        for (double v : byHand) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < engine.length; i++) {
            if (!(Math.abs(engine[i] - byHand[i]) <= 1e-12 * scale)) {
                throw new IllegalStateException(method + ": " + name + "[" + i + "] is " + engine[i] + " by the engine, "
                        + byHand[i] + " by hand (tolerance 1e-12 × " + scale + ")");
            }
        }
    }
}
