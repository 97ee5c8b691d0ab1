package org.mlbyhand.benchmarks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
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
import smile.feature.extraction.PCA;

/**
 * Fitting PCA with all p components to n×p data, one thread each: core's {@link Pca} with either solver
 * against EJML (pure Java) and Smile's {@link PCA} (native LAPACK through OpenBLAS). Every call starts
 * from the raw rows: column means, centring, then
 * <pre>{@code
 *   core FULL              Svd.of Xc (blocked Householder QR, then Golub–Kahan on R: bidiagonalization and
 *                          implicit-shift QR), σ and V only; scores Xc·V (Matrix.multiply) for the signs
 *   core COVARIANCE_EIGH   C = XcᵀXc/(n − 1) (Matrix.multiply), SymmetricEigen of C, scores Xc·V for the signs
 *   EJML SVD               SVD of Xc, V only (no U), singular values sorted: the PCA of EJML's own example
 *   EJML covariance        C = XcᵀXc (CommonOps_DDRM.multTransA), symmetric eigendecomposition of C
 *   Smile PCA.fit          SVD of Xc with U and V (LAPACK dgesdd, OpenBLAS on one thread); Smile's variances
 *                          are σ² (not divided by n − 1)
 * }</pre>
 * The data: X = Z·diag(0.97ʲ)·Q + 1·μᵀ with Z Gaussian n×p, Q a random orthogonal p×p and μ Gaussian, so
 * the variances fall off geometrically (ratio 0.97² per component) with gaps of about 6% between them.
 *
 * <p><b>Agreement</b>, against Smile's answer computed in the set-up: every explained variance σⱼ²/(n − 1)
 * to 1e-9·λ₀ (absolute: the covariance route loses relative accuracy in the small ones), and the first
 * {@link #CHECKED_AXES} axes to 1e-8 up to sign (|vⱼ·v̂ⱼ| ≥ 1 − 1e-8).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PcaBenchmark {
    /** Leading axes compared up to sign. */
    static final int CHECKED_AXES = 10;

    /** "nxp". */
    @Param({"10000x256"})
    public String shape;

    private int n;
    private int p;
    private Matrix X;
    private double[][] rows;
    private DMatrixRMaj ejmlX;
    private OneThread oneThread;

    /** Draws X, sets OpenBLAS to one thread, and checks the method about to be timed (class comment). */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        int[] np = ModelData.shape(shape);
        n = np[0];
        p = np[1];
        Rng rng = new Rng(ModelData.SEED);
        Matrix Z = RandomMatrices.gaussian(rng, n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                Z.set(i, j, Z.get(i, j) * Math.pow(0.97, j));
            }
        }
        Matrix Q = RandomMatrices.orthogonal(rng, p);
        double[] mu = RandomMatrices.gaussian(rng, p);
        X = Z.multiply(Q);                                                      // n×p
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, X.get(i, j) + mu[j]);
            }
        }
        rows = X.toArray();
        ejmlX = Operands.ejml(X);
        oneThread = new OneThread();
        openblas.blas_set_num_threads(1);

        PCA reference = smile();
        double[] expectedVariance = Arrays.stream(reference.variance()).map(s2 -> s2 / (n - 1)).toArray();
        Matrix expectedAxes = Matrix.of(reference.loadings().toArray());       // p×p, column j = axis j
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        switch (method) {
            case "coreFull" -> check(method, coreFull(), expectedVariance, expectedAxes);
            case "coreCovarianceEigh" -> check(method, coreCovarianceEigh(), expectedVariance, expectedAxes);
            case "ejmlSvd" -> {
                DMatrixRMaj[] WVt = ejmlSvd();
                double[] variance = IntStream.range(0, p).mapToDouble(j -> WVt[0].get(j, j) * WVt[0].get(j, j) / (n - 1)).toArray();
                check(method, variance, Matrix.fromRowMajor(p, p, WVt[1].data).transpose(), expectedVariance, expectedAxes);
            }
            case "ejmlCovariance" -> {
                EigenDecomposition_F64<DMatrixRMaj> eig = ejmlCovariance();
                double[] lambda = new double[p];
                Matrix V = Matrix.zeros(p, p);
                for (int j = 0; j < p; j++) {
                    lambda[j] = eig.getEigenvalue(j).getReal() / (n - 1);
                    for (int f = 0; f < p; f++) {
                        V.set(f, j, eig.getEigenVector(j).get(f));
                    }
                }
                check(method, lambda, V, expectedVariance, expectedAxes);
            }
            case "smile" -> {
                // the reference itself: its variances must be descending and its axes orthonormal
                check(method, expectedVariance, expectedAxes, expectedVariance, expectedAxes);
                double orthogonality = expectedAxes.transpose().multiply(expectedAxes).minus(Matrix.identity(p)).maxAbs();
                if (!(orthogonality <= 1e-12)) {
                    throw new IllegalStateException("smile: ‖VᵀV − I‖max = " + orthogonality);
                }
            }
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core, FULL: the SVD of the centred data. */
    @Benchmark
    public PcaModel coreFull() {
        return oneThread.call(() -> new Pca().withSolver(Pca.Solver.FULL).fit(X));
    }

    /** core, COVARIANCE_EIGH: the eigendecomposition of the covariance matrix. */
    @Benchmark
    public PcaModel coreCovarianceEigh() {
        return oneThread.call(() -> new Pca().withSolver(Pca.Solver.COVARIANCE_EIGH).fit(X));
    }

    /** EJML: centre a copy, SVD with V only, sort the singular values (with V) descending; returns {W, Vᵀ}. */
    @Benchmark
    public DMatrixRMaj[] ejmlSvd() {
        DMatrixRMaj Xc = centred(ejmlX);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, false, true, true);
        if (!svd.decompose(Xc)) {
            throw new IllegalStateException("EJML: SVD did not converge");
        }
        DMatrixRMaj W = svd.getW(null);
        DMatrixRMaj Vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, W, Vt, true);
        return new DMatrixRMaj[] {W, Vt};
    }

    /** EJML: centre a copy, C = XcᵀXc, symmetric eigendecomposition of C. */
    @Benchmark
    public EigenDecomposition_F64<DMatrixRMaj> ejmlCovariance() {
        DMatrixRMaj Xc = centred(ejmlX);
        DMatrixRMaj C = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(Xc, Xc, C);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, true, true);
        if (!eig.decompose(C)) {
            throw new IllegalStateException("EJML: eigendecomposition did not converge");
        }
        return eig;
    }

    /** Smile's PCA.fit: LAPACK's SVD of the centred data, OpenBLAS on one thread. */
    @Benchmark
    public PCA smile() {
        return PCA.fit(rows);
    }

    private DMatrixRMaj centred(DMatrixRMaj A) {
        DMatrixRMaj Xc = A.copy();
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                mean[j] += Xc.data[i * p + j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                Xc.data[i * p + j] -= mean[j];
            }
        }
        return Xc;
    }

    private static void check(String method, PcaModel model, double[] expectedVariance, Matrix expectedAxes) {
        check(method, model.explainedVariance(), model.components().transpose(), expectedVariance, expectedAxes);
    }

    /** Sorts (variance, axis) pairs descending, then compares them with the expected ones (class comment). */
    private static void check(String method, double[] variance, Matrix axes, double[] expectedVariance, Matrix expectedAxes) {
        Integer[] order = IntStream.range(0, variance.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -variance[j]));
        double tolerance = 1e-9 * expectedVariance[0];
        for (int j = 0; j < expectedVariance.length; j++) {
            double v = variance[order[j]];
            if (!(Math.abs(v - expectedVariance[j]) <= tolerance)) {
                throw new IllegalStateException(method + ": explained variance " + j + " is " + v + ", expected "
                        + expectedVariance[j] + " (tolerance " + tolerance + ")");
            }
        }
        for (int j = 0; j < CHECKED_AXES; j++) {
            double dot = 0.0;
            for (int f = 0; f < axes.rows(); f++) {
                dot += axes.get(f, order[j]) * expectedAxes.get(f, j);
            }
            if (!(Math.abs(dot) >= 1 - 1e-8)) {
                throw new IllegalStateException(method + ": axis " + j + " has |cos| = " + Math.abs(dot)
                        + " with the expected one (tolerance 1e-8)");
            }
        }
    }
}
