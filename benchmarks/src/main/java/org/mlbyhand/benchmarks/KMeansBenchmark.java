package org.mlbyhand.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.mlbyhand.core.cluster.KMeans;
import org.mlbyhand.core.cluster.KMeansModel;
import org.mlbyhand.core.cluster.Lloyd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.synthetic.Blobs;
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
import smile.clustering.BBDTree;

/**
 * {@link #ITERATIONS} Lloyd iterations of k-means on n points in d dimensions, from the same k given
 * centres: core's {@link KMeans} against Smile's k-means (pure Java), one thread each.
 *
 * <p><b>The data</b> are k Gaussian blobs ({@link Blobs}: centres uniform in [−10, 10]^d, every coordinate
 * N(centre, σ²)), with σ = 1 (scikit-learn's {@code make_blobs} default: the blobs are far apart) or σ = 4
 * (they overlap). The initial centres are k rows drawn at random (scikit-learn's {@code init="random"}).
 * From such a start neither data set converges within {@value #ITERATIONS} iterations (checked), so both
 * implementations do exactly that many.
 *
 * <p><b>Smile</b> ({@code KMeans.fit}) does not run Lloyd's algorithm point by point: it builds a BBD tree
 * (Kanungo et al. 2002, a k-d tree with each node's bounding box, point count and sum) and assigns whole
 * boxes at once whenever every point of a box is provably closest to one centre ("filtering"). The
 * assignments, and so the centres, are exactly Lloyd's; how much it saves depends on how well the
 * clusters are separated. Smile's public API seeds its own centres (k-means++, from its global generator)
 * and cannot start from given ones, so {@link #smile} runs the loop of Smile's
 * {@code KMeans.fit(BBDTree, data, k, maxIter, tol)} after its seeding step: build the tree (as
 * {@code KMeans.fit(data, k, …)} does on every call), then call {@link BBDTree#clustering} once per
 * iteration, which assigns and moves the centres to the means.
 *
 * <p><b>core</b> ({@link KMeans} with the given centres, tol = 0, maxIter = {@value #ITERATIONS}) also
 * skips distances, row by row rather than box by box: each row's search starts at its previous label and
 * skips every centre that the triangle inequality, applied to the k×k centre-to-centre distances, proves
 * no nearer (Elkan's lemma, with margins that make the labels Lloyd's bit for bit; see core's
 * {@code PrunedAssignment}). After the last update it assigns once more so that the labels and the inertia
 * belong to the final centres (Smile's distortion is that of the previous ones): one pass more.
 *
 * <p><b>Agreement</b>: the final centres equal to 1e-9, and the inertia of Smile's centres equal to core's
 * to 1e-12 relative.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class KMeansBenchmark {
    /** Lloyd iterations per fit. */
    static final int ITERATIONS = 20;

    /** "nxdxk/σ": n points in d dimensions, k blobs and centres, each coordinate's standard deviation σ. */
    @Param({"100000x20x16/1.0", "100000x20x16/4.0"})
    public String data;

    private Matrix X;
    private double[][] x;
    private Matrix C0;
    private KMeans kMeans;
    private OneThread oneThread;

    /** Draws the blobs and the initial centres, and checks the method about to be timed (class comment). */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String[] shapeAndSpread = data.split("/");
        String[] s = shapeAndSpread[0].split("x");
        int n = Integer.parseInt(s[0]);
        int d = Integer.parseInt(s[1]);
        int k = Integer.parseInt(s[2]);
        X = Blobs.sample(n, k, d, Double.parseDouble(shapeAndSpread[1]), ModelData.SEED).data().features();
        x = X.toArray();
        C0 = X.selectRows(Arrays.copyOf(new Rng(ModelData.SEED).permutation(n), k));    // k×d
        kMeans = new KMeans(k, ModelData.SEED).withInit(C0).withMaxIter(ITERATIONS).withTol(0.0);
        oneThread = new OneThread();

        KMeansModel reference = kMeans.fit(X);
        if (reference.nIter() != ITERATIONS) {
            throw new IllegalStateException(data + ": core's k-means converged after " + reference.nIter()
                    + " iterations, before the " + ITERATIONS + " this benchmark times; use other data");
        }
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Matrix C = switch (method) {
            case "core" -> core().clusterCenters();
            case "smile" -> Matrix.of(smile());
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        double shift = C.minus(reference.clusterCenters()).maxAbs();
        if (!(shift <= 1e-9)) {
            throw new IllegalStateException(method + " " + data + ": final centres differ from core's by " + shift);
        }
        double inertia = Lloyd.inertia(X, C, Lloyd.assign(X, C));
        if (!(Math.abs(inertia - reference.inertia()) <= 1e-12 * reference.inertia())) {
            throw new IllegalStateException(method + " " + data + ": inertia " + inertia + ", core's " + reference.inertia());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core's KMeans from the given centres: assign and update, ITERATIONS times, then assign once more. */
    @Benchmark
    public KMeansModel core() {
        return oneThread.call(() -> kMeans.fit(X));
    }

    /** Smile's k-means loop from the given centres: build the BBD tree, then ITERATIONS filtering passes. */
    @Benchmark
    public double[][] smile() {
        return oneThread.call(() -> {
            BBDTree tree = new BBDTree(x);
            double[][] centroids = C0.toArray();                        // k×d, moved to the means in place
            double[][] sums = new double[centroids.length][x[0].length];
            int[] sizes = new int[centroids.length];
            int[] labels = new int[x.length];
            for (int t = 0; t < ITERATIONS; t++) {
                tree.clustering(centroids, sums, sizes, labels);
            }
            return centroids;
        });
    }
}
