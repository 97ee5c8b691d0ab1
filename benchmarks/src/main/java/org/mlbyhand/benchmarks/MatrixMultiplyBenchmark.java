package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixMultiply;
import org.mlbyhand.core.random.Rng;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * C = A·B (A m×k, B k×n), 2·m·k·n flops: the ladder of {@code core}'s kernels, then EJML and OpenBLAS.
 *
 * <p>The ladder, each rung one idea (see {@code MatrixProducts} in core):
 * {@link #naive} (i-j-k) → {@link #loopOrder} (i-k-j) → {@link #blockedNoSimd} (cache blocking and
 * tiling, with the JIT's auto-vectorization switched off) → {@link #blocked} (the same code, vectorized by
 * the JIT) → {@link #parallel} (the same, on all cores) → {@link #vectorApi} (core's optional Vector API
 * kernel: packed panels and a tile of C in vector registers) → {@link #vectorApiParallel} (the same, on all
 * cores). The Vector API rows need {@code --add-modules jdk.incubator.vector}, which their forks get;
 * every other row calls its kernel by name, so the flag does not change what it measures. Before timing,
 * {@link #setUp} runs the method about to be timed once and checks its answer ({@link Agreement}); the
 * Vector API rows must also give the plain kernel's result bit for bit.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MatrixMultiplyBenchmark {
    /** "n" for n×n·n×n, or "mxkxn": 4096x64x64 is a minibatch of 4096 rows through a 64→64 layer. */
    @Param({"64", "128", "256", "512", "1024", "4096x64x64"})
    public String shape;

    private int m;
    private int k;
    private int n;
    private Matrix A;
    private Matrix B;
    private Matrix C;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlB;
    private DMatrixRMaj ejmlC;
    private DoublePointer nativeA;
    private DoublePointer nativeB;
    private DoublePointer nativeC;

    /** Flops of one product of the given shape (2·m·k·n). */
    public static double flops(String shape) {
        int[] s = Operands.productShape(shape);
        return 2.0 * s[0] * s[1] * s[2];
    }

    /** Draws the operands, sets OpenBLAS's thread count, and checks the method about to be timed. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        int[] s = Operands.productShape(shape);
        m = s[0];
        k = s[1];
        n = s[2];
        Rng rng = new Rng(Operands.SEED);
        A = Operands.gaussian(rng, m, k);
        B = Operands.gaussian(rng, k, n);
        C = Matrix.zeros(m, n);
        ejmlA = Operands.ejml(A);
        ejmlB = Operands.ejml(B);
        ejmlC = new DMatrixRMaj(m, n);
        nativeA = Operands.offHeap(A.toRowMajorArray());
        nativeB = Operands.offHeap(B.toRowMajorArray());
        nativeC = Operands.offHeap(new double[m * n]);

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        openblas.blas_set_num_threads(method.equals("nativeBlasParallel") ? Runtime.getRuntime().availableProcessors() : 1);
        double[] result = switch (method) {
            case "naive" -> naive().toRowMajorArray();
            case "loopOrder" -> loopOrder().toRowMajorArray();
            case "blockedNoSimd" -> blockedNoSimd().toRowMajorArray();
            case "blocked" -> blocked().toRowMajorArray();
            case "parallel" -> parallel().toRowMajorArray();
            case "vectorApi" -> agreesWithBlockedBitForBit("vectorApi", vectorApi());
            case "vectorApiParallel" -> agreesWithBlockedBitForBit("vectorApiParallel", vectorApiParallel());
            case "ejml" -> ejml().data.clone();
            case "ejmlParallel" -> ejmlParallel().data.clone();
            case "nativeBlas" -> Operands.onHeap(nativeBlas(), m * n);
            case "nativeBlasParallel" -> Operands.onHeap(nativeBlasParallel(), m * n);
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        Agreement.checkProduct(method + " " + shape, A.toRowMajorArray(), B.toRowMajorArray(), result, m, k, n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        nativeA.close();
        nativeB.close();
        nativeC.close();
    }

    /** The definition: i-j-k, one dot product per entry, striding down columns of B. */
    @Benchmark
    public Matrix naive() {
        MatrixMultiply.naive(A, B, C);
        return C;
    }

    /** The same sums in i-k-j order: rows of B stream through the inner loop. */
    @Benchmark
    public Matrix loopOrder() {
        MatrixMultiply.loopOrder(A, B, C);
        return C;
    }

    /** Cache blocking and tiling, with the JIT's auto-vectorization (SuperWord) switched off. */
    @Benchmark
    @Fork(jvmArgsAppend = "-XX:-UseSuperWord")
    public Matrix blockedNoSimd() {
        MatrixMultiply.blocked(A, B, C);
        return C;
    }

    /** Cache blocking and tiling, the inner loop vectorized by the JIT: core on one core. */
    @Benchmark
    public Matrix blocked() {
        MatrixMultiply.blocked(A, B, C);
        return C;
    }

    /** {@link #blocked} with row blocks on all cores (the common fork-join pool). */
    @Benchmark
    public Matrix parallel() {
        MatrixMultiply.parallel(A, B, C);
        return C;
    }

    /**
     * Core's Vector API kernel ({@code MatrixMultiply.vectorApi}): A and B packed into slivers, a register
     * tile of C (6 rows × 2 vectors with AVX2, 4 × 3 with AVX-512), one thread.
     */
    @Benchmark
    @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
    public Matrix vectorApi() {
        MatrixMultiply.vectorApi(A, B, C);
        return C;
    }

    /** {@link #vectorApi} with tiles of C on all cores (the common fork-join pool). */
    @Benchmark
    @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
    public Matrix vectorApiParallel() {
        MatrixMultiply.vectorApiParallel(A, B, C);
        return C;
    }

    private double[] agreesWithBlockedBitForBit(String method, Matrix result) {
        double[] vector = result.toRowMajorArray();
        if (!java.util.Arrays.equals(vector, blocked().toRowMajorArray())) {
            throw new IllegalStateException(method + " " + shape + " differs from core's blocked kernel");
        }
        return vector;
    }

    /** EJML's single-threaded product. */
    @Benchmark
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.mult(ejmlA, ejmlB, ejmlC);
        return ejmlC;
    }

    /** EJML's concurrent product (its own thread pool, one thread per core). */
    @Benchmark
    public DMatrixRMaj ejmlParallel() {
        CommonOps_MT_DDRM.mult(ejmlA, ejmlB, ejmlC);
        return ejmlC;
    }

    /** OpenBLAS dgemm through Smile's BLAS binding, one thread, operands in native memory. */
    @Benchmark
    public DoublePointer nativeBlas() {
        return gemm();
    }

    /** OpenBLAS dgemm with one thread per core. */
    @Benchmark
    public DoublePointer nativeBlasParallel() {
        return gemm();
    }

    private DoublePointer gemm() {
        BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE, m, n, k,
                1.0, nativeA, k, nativeB, n, 0.0, nativeC, n);
        return nativeC;
    }
}
