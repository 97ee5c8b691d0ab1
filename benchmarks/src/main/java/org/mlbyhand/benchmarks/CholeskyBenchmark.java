package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.mlbyhand.core.decompose.Cholesky;
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
import smile.math.blas.UPLO;

/**
 * S = L·Lᵀ for a symmetric positive definite S (n×n), about n³/3 flops. Every implementation returns a
 * new factor and leaves S unchanged: EJML factors in place, so its call includes copying S (O(n²)).
 * Core's {@link Cholesky#of} is blocked from n = 128 on: 64 columns of L at a time, the sums over earlier
 * columns by the fast matrix product ({@code BlockedCholesky}). That product uses every core for large
 * shapes, so {@link #core} runs on a pool of one thread ({@link OneThread}), to compare with EJML's and
 * LAPACK's single-threaded rows, and {@link #coreAllCores} as a caller would. EJML switches to its own
 * blocked algorithm from n = 1000 on.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CholeskyBenchmark {
    @Param({"256", "1024"})
    public int n;

    private Matrix S;
    private DMatrixRMaj ejmlS;
    private CholeskyDecomposition_F64<DMatrixRMaj> ejmlCholesky;
    private smile.math.matrix.Matrix smileS;
    private OneThread oneThread;

    /** Flops of one factorization (n³/3). */
    public static double flops(int n) {
        return n * (double) n * n / 3.0;
    }

    /** Draws S = G·Gᵀ + n·I, runs OpenBLAS on one thread, and checks the method about to be timed. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Matrix G = Operands.gaussian(new Rng(Operands.SEED), n, n);
        S = G.multiply(G.transpose()).plus(Matrix.identity(n).scale(n));
        ejmlS = Operands.ejml(S);
        ejmlCholesky = DecompositionFactory_DDRM.chol(n, true);
        smileS = smile.math.matrix.Matrix.of(S.toArray()).uplo(UPLO.LOWER);
        openblas.blas_set_num_threads(1);
        oneThread = new OneThread();

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Matrix L = switch (method) {
            case "core" -> core().l();
            case "coreAllCores" -> coreAllCores().l();
            case "ejml" -> Matrix.fromRowMajor(n, n, ejml().getT(null).data);
            case "nativeLapack" -> {
                smile.math.matrix.Matrix lu = nativeLapack().lu;
                Matrix M = Matrix.zeros(n, n);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        M.set(i, j, lu.get(i, j));
                    }
                }
                yield M;
            }
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        double error = L.multiply(L.transpose()).minus(S).frobeniusNorm() / S.frobeniusNorm();
        if (!(error <= 1e-12)) {
            throw new IllegalStateException(method + " " + n + ": ‖L·Lᵀ − S‖/‖S‖ = " + error);
        }
    }

    /** Shuts the one-thread pool down. */
    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core: {@link Cholesky#of(Matrix)}, on one thread. */
    @Benchmark
    public Cholesky core() {
        return oneThread.call(() -> Cholesky.of(S));
    }

    /** core: {@link Cholesky#of(Matrix)}, its products on every core. */
    @Benchmark
    public Cholesky coreAllCores() {
        return Cholesky.of(S);
    }

    /** EJML's Cholesky (lower), on a copy of S. */
    @Benchmark
    public CholeskyDecomposition_F64<DMatrixRMaj> ejml() {
        if (!ejmlCholesky.decompose(ejmlS.copy())) {
            throw new IllegalStateException("EJML: not positive definite");
        }
        return ejmlCholesky;
    }

    /** LAPACK dpotrf (OpenBLAS) through Smile, one thread, on a copy of S. */
    @Benchmark
    public smile.math.matrix.Matrix.Cholesky nativeLapack() {
        return smileS.cholesky();
    }
}
