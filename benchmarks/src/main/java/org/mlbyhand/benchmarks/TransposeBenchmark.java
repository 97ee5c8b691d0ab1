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
 * (core's, by tiles of 8 rows × 256 columns that write a whole cache line per step; EJML's, by 60×60
 * blocks for large matrices) does not. The 32×32-tile exhibit shows that square tiles are not enough at
 * n = 1024: 32 rows 8 KiB apart fall into one set of the 12-way L1 cache. No native column: OpenBLAS's transpose is not part of BLAS, and
 * Smile does not call it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class TransposeBenchmark {
    @Param({"64", "256", "1024", "4096"})
    public int n;

    private Matrix A;
    private Matrix T;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlT;
    private double[] rawA;

    /** Draws A and checks the method about to be timed entry by entry. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        A = Operands.gaussian(new Rng(Operands.SEED), n, n);
        ejmlA = Operands.ejml(A);
        ejmlT = new DMatrixRMaj(n, n);
        T = Matrix.zeros(n, n);
        rawA = A.toRowMajorArray();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        double[] t = switch (method) {
            case "core" -> core().toRowMajorArray();
            case "coreAllocating" -> coreAllocating().toRowMajorArray();
            case "ejml" -> ejml().data.clone();
            case "blocked" -> blocked().clone();
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

    /** core: {@link Matrix#transposeInto(Matrix)}, by 8-row tiles, into a preallocated matrix (as EJML's row). */
    @Benchmark
    public Matrix core() {
        A.transposeInto(T);
        return T;
    }

    /**
     * core: {@link Matrix#transpose()}, the same tiles into a new matrix: the difference from {@link #core} is
     * the cost of allocating and zeroing the result (at n = 64 about as much as the transpose itself).
     */
    @Benchmark
    public Matrix coreAllocating() {
        return A.transpose();
    }

    /**
     * An exhibit, not in core: the same loop over 32×32 tiles (8 KiB read, 8 KiB written: both in L1), so
     * the strided side touches each cache line 8 times while it is in cache instead of once. Allocates
     * its result, like {@link #core}.
     */
    @Benchmark
    public double[] blocked() {
        double[] T = new double[n * n];
        for (int i0 = 0; i0 < n; i0 += TILE) {
            for (int j0 = 0; j0 < n; j0 += TILE) {
                for (int i = i0; i < Math.min(n, i0 + TILE); i++) {
                    for (int j = j0; j < Math.min(n, j0 + TILE); j++) {
                        T[j * n + i] = rawA[i * n + j];
                    }
                }
            }
        }
        return T;
    }

    private static final int TILE = 32;

    /** EJML's transpose into a preallocated matrix (blocked for large matrices). */
    @Benchmark
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.transpose(ejmlA, ejmlT);
        return ejmlT;
    }
}
