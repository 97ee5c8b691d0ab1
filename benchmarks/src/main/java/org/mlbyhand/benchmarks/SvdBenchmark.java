package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A = U·Σ·Vᵀ with U and V, A Gaussian: square (n = 256) or tall ("10000x256", rows×cols, the shape PCA
 * decomposes). The algorithms differ (core {@code of}: Householder bidiagonalization and implicit-shift
 * QR, after a QR when A is tall; core {@code jacobi}: one-sided Jacobi, on Rᵀ when A is tall; EJML:
 * implicit QR on a bidiagonal; LAPACK: divide and conquer), so there is no common flop count: the table
 * shows time. Core forms a tall A's U lazily, so its two methods ask for {@link Svd#u} (which also copies
 * U out, a small cost EJML's call does not pay); {@code coreSigmaV} times σ and V alone, what PCA uses.
 * EJML decomposes in place, so its call includes copying A. Core's methods run in a JVM that sees one
 * processor, so that the products inside (the QR's and the reflectors' blocks) stay on one thread, like
 * EJML and LAPACK here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SvdBenchmark {
    /** Core's forks see one processor, so {@code Matrix.multiply} never splits its work across threads. */
    static final String ONE_PROCESSOR = "-XX:ActiveProcessorCount=1";

    /** The shape: a square order "256", or rows×cols "10000x256". */
    @Param({"256", "10000x256"})
    public String n;

    private int rows;
    private int cols;
    private Matrix A;
    private DMatrixRMaj ejmlA;
    private SingularValueDecomposition_F64<DMatrixRMaj> ejmlSvd;
    private smile.math.matrix.Matrix smileA;

    /** Draws A, runs OpenBLAS on one thread, and checks that the method about to be timed reconstructs A. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String[] shape = n.split("x");
        rows = Integer.parseInt(shape[0]);
        cols = Integer.parseInt(shape[shape.length - 1]);
        A = Operands.gaussian(new Rng(Operands.SEED), rows, cols);
        ejmlA = Operands.ejml(A);
        ejmlSvd = DecompositionFactory_DDRM.svd(rows, cols, true, true, true);
        smileA = smile.math.matrix.Matrix.of(A.toArray());
        openblas.blas_set_num_threads(1);

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Matrix U;
        double[] s;
        Matrix V;
        switch (method) {
            case "core", "jacobi", "coreSigmaV" -> {
                Svd svd = method.equals("jacobi") ? jacobi() : core();
                U = svd.u();
                s = svd.singularValues();
                V = svd.v();
            }
            case "ejml" -> {
                SingularValueDecomposition_F64<DMatrixRMaj> svd = ejml();
                int k = Math.min(rows, cols);
                U = Matrix.fromRowMajor(rows, k, svd.getU(null, false).data);
                s = svd.getSingularValues();
                V = Matrix.fromRowMajor(cols, k, svd.getV(null, false).data);
            }
            case "nativeLapack" -> {
                smile.math.matrix.Matrix.SVD svd = nativeLapack();
                U = Matrix.of(svd.U.toArray());
                s = svd.s;
                V = Matrix.of(svd.V.toArray());
            }
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        }
        Matrix reconstructed = U.multiply(Matrix.diagonal(java.util.Arrays.copyOf(s, U.cols()))).multiply(V.transpose());
        double error = reconstructed.minus(A).frobeniusNorm() / A.frobeniusNorm();
        if (!(error <= 1e-10)) {
            throw new IllegalStateException(method + " " + n + ": ‖U·Σ·Vᵀ − A‖/‖A‖ = " + error);
        }
    }

    /** core: {@link Svd#of(Matrix)}, U formed. */
    @Benchmark
    @Fork(jvmArgsAppend = ONE_PROCESSOR)
    public Svd core() {
        Svd svd = Svd.of(A);
        svd.u();
        return svd;
    }

    /** core: {@link Svd#of(Matrix)}, σ and V only (a tall A's U is never formed). */
    @Benchmark
    @Fork(jvmArgsAppend = ONE_PROCESSOR)
    public Svd coreSigmaV() {
        return Svd.of(A);
    }

    /** core: {@link Svd#jacobi(Matrix)}, U formed. */
    @Benchmark
    @Fork(jvmArgsAppend = ONE_PROCESSOR)
    public Svd jacobi() {
        Svd svd = Svd.jacobi(A);
        svd.u();
        return svd;
    }

    /** EJML's SVD with U and V, on a copy of A. */
    @Benchmark
    public SingularValueDecomposition_F64<DMatrixRMaj> ejml() {
        if (!ejmlSvd.decompose(ejmlA.copy())) {
            throw new IllegalStateException("EJML: SVD did not converge");
        }
        return ejmlSvd;
    }

    /** LAPACK (OpenBLAS) through Smile, one thread, with U and V. */
    @Benchmark
    public smile.math.matrix.Matrix.SVD nativeLapack() {
        return smileA.svd(true, false);
    }
}
