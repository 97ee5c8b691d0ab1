package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Aᵀ (A n×n): no arithmetic, only moving 8·n² bytes; one side is read or written with a stride of n, so
 * a naive loop misses the cache on every step once a column of A outgrows it, and a blocked transpose
 * (EJML's, for large matrices) does not. No native column: OpenBLAS's transpose is not part of BLAS, and
 * Smile does not call it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class TransposeBenchmark {
    @Param({"256", "1024", "4096"})
    public int n;

    private Matrix A;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlT;

    /** Draws A and checks the method about to be timed entry by entry. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        A = Operands.gaussian(new Rng(Operands.SEED), n, n);
        ejmlA = Operands.ejml(A);
        ejmlT = new DMatrixRMaj(n, n);
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        double[] t = switch (method) {
            case "core" -> core().toRowMajorArray();
            case "ejml" -> ejml().data.clone();
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        double[] a = A.toRowMajorArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (t[j * n + i] != a[i * n + j]) {
                    throw new IllegalStateException(method + " " + n + ": transpose wrong at [" + j + "][" + i + "]");
                }
            }
        }
    }

    /** core: {@link Matrix#transpose()} (allocates the result). */
    @Benchmark
    public Matrix core() {
        return A.transpose();
    }

    /** EJML's transpose into a preallocated matrix (blocked for large matrices). */
    @Benchmark
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.transpose(ejmlA, ejmlT);
        return ejmlT;
    }
}
