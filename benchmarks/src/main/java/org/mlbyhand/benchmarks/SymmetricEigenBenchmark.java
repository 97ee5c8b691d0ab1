package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.mlbyhand.core.decompose.SymmetricEigen;
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
 * S = V·Λ·Vᵀ with every eigenvalue and eigenvector, for a symmetric S = (G + Gᵀ)/2 (G n×n Gaussian).
 * Core's {@link SymmetricEigen#of} reduces S to tridiagonal form by Householder reflections, then runs
 * the implicit QL algorithm on the tridiagonal; EJML does the same reduction and implicit QR; LAPACK's
 * {@code dsyevd} (OpenBLAS through Smile, one thread) the same reduction, blocked, then divide and
 * conquer. There is no common flop count: the table shows time. EJML and LAPACK work in place, so their
 * calls include copying S (O(n²)). All three run on one thread; {@link #core} runs on a pool of one
 * thread ({@link OneThread}) as the other decompositions' rows do, so that a future blocked reduction on
 * the multi-threaded product is still compared like for like.
 *
 * <p><b>Agreement</b>, checked before timing: ‖S·V − V·Λ‖_F / ‖S‖_F ≤ 1e-12 for the method about to be
 * timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SymmetricEigenBenchmark {
    @Param({"256"})
    public int n;

    private Matrix S;
    private DMatrixRMaj ejmlS;
    private EigenDecomposition_F64<DMatrixRMaj> ejmlEigen;
    private smile.math.matrix.Matrix smileS;
    private OneThread oneThread;

    /** Draws S, runs OpenBLAS on one thread, and checks the method about to be timed. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Matrix G = Operands.gaussian(new Rng(Operands.SEED), n, n);
        S = G.plus(G.transpose()).scale(0.5);
        ejmlS = Operands.ejml(S);
        ejmlEigen = DecompositionFactory_DDRM.eig(n, true, true);
        smileS = smile.math.matrix.Matrix.of(S.toArray()).uplo(UPLO.LOWER);
        openblas.blas_set_num_threads(1);
        oneThread = new OneThread();

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Matrix V = Matrix.zeros(n, n);
        double[] lambda = new double[n];
        switch (method) {
            case "core" -> {
                SymmetricEigen e = core();
                V = e.eigenvectors();
                lambda = e.eigenvalues();
            }
            case "ejml" -> {
                EigenDecomposition_F64<DMatrixRMaj> e = ejml();
                for (int j = 0; j < n; j++) {
                    lambda[j] = e.getEigenvalue(j).getReal();
                    DMatrixRMaj v = e.getEigenVector(j);
                    for (int i = 0; i < n; i++) {
                        V.set(i, j, v.get(i, 0));
                    }
                }
            }
            case "nativeLapack" -> {
                smile.math.matrix.Matrix.EVD e = nativeLapack();
                lambda = e.wr.clone();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        V.set(i, j, e.Vr.get(i, j));
                    }
                }
            }
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        }
        Matrix VLambda = V.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                VLambda.set(i, j, V.get(i, j) * lambda[j]);
            }
        }
        double residual = S.multiply(V).minus(VLambda).frobeniusNorm() / S.frobeniusNorm();
        if (!(residual <= 1e-12)) {
            throw new IllegalStateException(method + " " + n + ": ‖S·V − V·Λ‖/‖S‖ = " + residual);
        }
    }

    /** Shuts the one-thread pool down. */
    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core: {@link SymmetricEigen#of(Matrix)}, on one thread. */
    @Benchmark
    public SymmetricEigen core() {
        return oneThread.call(() -> SymmetricEigen.of(S));
    }

    /** EJML's symmetric eigendecomposition with vectors, on a copy of S. */
    @Benchmark
    public EigenDecomposition_F64<DMatrixRMaj> ejml() {
        if (!ejmlEigen.decompose(ejmlS.copy())) {
            throw new IllegalStateException("EJML: the eigendecomposition failed");
        }
        return ejmlEigen;
    }

    /** LAPACK dsyevd (OpenBLAS) through Smile, one thread, with vectors, on a copy of S. */
    @Benchmark
    public smile.math.matrix.Matrix.EVD nativeLapack() {
        return smileS.eigen(false, true, false);
    }
}
