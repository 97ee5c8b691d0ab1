package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mlbyhand.core.data.Labels;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.svm.DualSolution;
import org.mlbyhand.core.svm.KernelCache;
import org.mlbyhand.core.svm.Smo;
import org.mlbyhand.core.svm.Svc;
import org.mlbyhand.core.svm.SvcModel;
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
import smile.classification.SVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;
import smile.math.kernel.MercerKernel;

/**
 * Fitting a two-class RBF support vector classifier, C = 1, γ = "scale" = 1/(p·Var(X)), tolerance 1e-3, on
 * n×p seeded data ({@link ModelData#classification} with class separation 0.5: about a quarter of the rows
 * end up support vectors): core's {@link Svc} against Smile's {@link SVM}, one thread each.
 *
 * <p><b>Not the same algorithm.</b> core is libsvm's SMO without shrinking: it solves the dual to
 * m(α) − M(α) &lt; 1e-3 (the maximal KKT violation), caching rows of Q in float (200 MB: here every row
 * fits). Smile's SVM is LASVM (Bordes et al. 2005): one online pass over the rows in a random order (from
 * Smile's generator, seeded here before every fit), each new row processed and one reprocess step, then
 * reprocess steps until its own gap (gmax − gmin) falls below tol, with kernel rows kept for the support
 * vectors only. The two stop at different points of the same dual, so the models differ slightly: the
 * agreement check asks that the signs of the two decision functions agree on at least
 * {@link #SIGN_AGREEMENT} of the held-out rows and that the accuracies differ by at most 0.01. Smile's
 * Gaussian kernel is exp(−‖x − z‖²/(2σ²)): σ = √(1/(2γ)) gives the same kernel.
 *
 * <p><b>Kernel evaluations</b> ({@link #kernelEvaluations}) are counted outside the timed calls, on the
 * same deterministic fits: for core by the {@link KernelCache} of a replica of {@code Svc.fit}'s one
 * two-class problem (same rows, signs and cache size; its SMO step count is checked against the model's),
 * for Smile by a kernel that counts its calls. The table divides them by the fit time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SvcBenchmark {
    /** The least share of held-out rows on which the two decision functions must have the same sign. */
    static final double SIGN_AGREEMENT = 0.98;
    /** libsvm's and scikit-learn's default tolerance; Smile's default too. */
    static final double TOL = 1e-3;
    /** The penalty. */
    static final double C = 1.0;

    /** "nxp". */
    @Param({"5000x20"})
    public String shape;

    private ModelData.Labelled data;
    private double[][] rows;
    private int[] signs;
    private double sigma;
    private Svc svc;
    private OneThread oneThread;

    /** Draws the data and checks the method about to be timed (class comment). */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        prepare();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Matrix testX = data.testX();
        double[] reference = svc.fit(data.X(), data.y()).decisionFunction(testX).column(0);
        double[] scores = switch (method) {
            case "core" -> core().decisionFunction(testX).column(0);
            case "smile" -> {
                SVM<double[]> model = smile();
                double[] s = new double[testX.rows()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = model.score(testX.row(i));
                }
                yield s;
            }
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        int[] expected = signsOf(reference);
        int[] actual = signsOf(scores);
        double agreement = ModelData.agreement(expected, actual);
        double accuracyGap = Math.abs(ClassificationMetrics.accuracyScore(data.testY(), expected)
                - ClassificationMetrics.accuracyScore(data.testY(), actual));
        if (!(agreement >= SIGN_AGREEMENT && accuracyGap <= 0.01)) {
            throw new IllegalStateException(method + ": decision signs agree with core's on " + agreement
                    + " of the held-out rows (need " + SIGN_AGREEMENT + "), accuracies differ by " + accuracyGap);
        }
    }

    private void prepare() {
        int[] np = ModelData.shape(shape);
        data = ModelData.classification(np[0], np[1], Math.min(10, np[1]), 0.5);
        rows = data.X().toArray();
        signs = new int[data.y().length];
        for (int i = 0; i < signs.length; i++) {
            signs[i] = data.y()[i] == 1 ? 1 : -1;                  // Smile's +1 is class 1: positive scores mean class 1 in both
        }
        svc = new Svc().withC(C).withTol(TOL);
        sigma = Math.sqrt(1.0 / (2.0 * svc.gamma().resolve(data.X())));
        oneThread = new OneThread();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core's Svc (libsvm's SMO, second-order working set, no shrinking). */
    @Benchmark
    public SvcModel core() {
        return oneThread.call(() -> svc.fit(data.X(), data.y()));
    }

    /** Smile's SVM (LASVM), its row order seeded. */
    @Benchmark
    public SVM<double[]> smile() {
        return oneThread.call(() -> smileFit(new GaussianKernel(sigma)));
    }

    private SVM<double[]> smileFit(MercerKernel<double[]> kernel) {
        MathEx.setSeed(ModelData.SEED);                             // per thread: LASVM's row order
        return SVM.fit(rows, signs, kernel, C, TOL);
    }

    /**
     * Returns the kernel evaluations of one fit by core ({@code "core"}) or Smile ({@code "smile"}) at the
     * given shape: deterministic, counted as the class comment says.
     */
    static long kernelEvaluations(String method, String shape) {
        SvcBenchmark b = new SvcBenchmark();
        b.shape = shape;
        b.prepare();
        try {
            return switch (method) {
                case "core" -> b.coreKernelEvaluations();
                case "smile" -> {
                    CountingKernel counting = new CountingKernel(new GaussianKernel(b.sigma));
                    b.oneThread.call(() -> b.smileFit(counting));
                    yield counting.calls;
                }
                default -> throw new IllegalArgumentException("no kernel count for " + method);
            };
        } finally {
            b.tearDown();
        }
    }

    /** Svc.fit's one two-class problem, rebuilt: class 0's rows (s = +1), then class 1's (s = −1). */
    private long coreKernelEvaluations() {
        int[][] members = Labels.members(data.y());
        int[] order = new int[data.y().length];
        int[] s = new int[order.length];
        for (int t = 0; t < order.length; t++) {
            order[t] = t < members[0].length ? members[0][t] : members[1][t - members[0].length];
            s[t] = t < members[0].length ? 1 : -1;
        }
        KernelCache Q = new KernelCache(svc.kernelFor(data.X()), data.X().selectRows(order), s, svc.cacheSize());
        DualSolution solution = Smo.solve(Q, C, TOL, -1);
        int modelSteps = svc.fit(data.X(), data.y()).nIter()[0];
        if (solution.nIter() != modelSteps) {
            throw new IllegalStateException("the replica of Svc.fit took " + solution.nIter() + " SMO steps, the model "
                    + modelSteps + ": the kernel count would not be Svc.fit's");
        }
        return Q.kernelEvaluations();
    }

    private static int[] signsOf(double[] scores) {
        int[] s = new int[scores.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = scores[i] > 0 ? 1 : 0;
        }
        return s;
    }

    /** Smile's Gaussian kernel, counting its evaluations (single-threaded use: LASVM is sequential). */
    private static final class CountingKernel implements MercerKernel<double[]> {
        private static final long serialVersionUID = 1L;
        private final GaussianKernel kernel;
        private long calls;

        CountingKernel(GaussianKernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public double k(double[] x, double[] z) {
            calls++;
            return kernel.k(x, z);
        }

        @Override
        public double[] kg(double[] x, double[] z) {
            calls++;
            return kernel.kg(x, z);
        }

        @Override
        public MercerKernel<double[]> of(double[] params) {
            throw new UnsupportedOperationException("a counting kernel has fixed parameters");
        }

        @Override
        public double[] hyperparameters() {
            return kernel.hyperparameters();
        }

        @Override
        public double[] lo() {
            return kernel.lo();
        }

        @Override
        public double[] hi() {
            return kernel.hi();
        }
    }
}
