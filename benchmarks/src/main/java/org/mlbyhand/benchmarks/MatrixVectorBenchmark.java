package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.mult.MatrixVectorMult_DDRM;
import org.mlbyhand.core.linalg.Matrix;
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
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * y = A·x (A n×n), 2·n² flops. Each entry of A is used once, so this kernel is bound by memory bandwidth,
 * not by arithmetic: no blocking can help, and the three implementations should be close once A no longer
 * fits in cache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MatrixVectorBenchmark {
    @Param({"256", "1024", "4096"})
    public int n;

    private Matrix A;
    private double[] x;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlX;
    private DMatrixRMaj ejmlY;
    private DoublePointer nativeA;
    private DoublePointer nativeX;
    private DoublePointer nativeY;

    /** Flops of one product (2·n²). */
    public static double flops(int n) {
        return 2.0 * n * n;
    }

    /** Draws the operands, runs OpenBLAS on one thread, and checks the method about to be timed. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Rng rng = new Rng(Operands.SEED);
        A = Operands.gaussian(rng, n, n);
        x = Operands.gaussian(rng, n, 1).toRowMajorArray();
        ejmlA = Operands.ejml(A);
        ejmlX = new DMatrixRMaj(n, 1, true, x);
        ejmlY = new DMatrixRMaj(n, 1);
        nativeA = Operands.offHeap(A.toRowMajorArray());
        nativeX = Operands.offHeap(x);
        nativeY = Operands.offHeap(new double[n]);
        openblas.blas_set_num_threads(1);

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        double[] y = switch (method) {
            case "core" -> core();
            case "ejml" -> ejml().data.clone();
            case "nativeBlas" -> Operands.onHeap(nativeBlas(), n);
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        Agreement.checkMatrixVector(method + " " + n, A.toRowMajorArray(), x, y, n, n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        nativeA.close();
        nativeX.close();
        nativeY.close();
    }

    /** core: {@link Matrix#multiply(double[])}, a dot product per row (allocates y). */
    @Benchmark
    public double[] core() {
        return A.multiply(x);
    }

    /** EJML's matrix-vector product. */
    @Benchmark
    public DMatrixRMaj ejml() {
        MatrixVectorMult_DDRM.mult(ejmlA, ejmlX, ejmlY);
        return ejmlY;
    }

    /** OpenBLAS dgemv through Smile, one thread, operands in native memory. */
    @Benchmark
    public DoublePointer nativeBlas() {
        BLAS.engine.gemv(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, n, n, 1.0, nativeA, n, nativeX, 1, 0.0, nativeY, 1);
        return nativeY;
    }
}
