package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.mlbyhand.core.ensemble.RandomForestClassificationModel;
import org.mlbyhand.core.ensemble.RandomForestClassifier;
import org.mlbyhand.core.metrics.ClassificationMetrics;
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
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;

/**
 * Fitting a random forest of {@link #TREES} classification trees, core's {@link RandomForestClassifier}
 * against Smile's {@link RandomForest}, on the two-class n×p data of {@link DecisionTreeBenchmark}, on one
 * thread and on all cores.
 *
 * <p><b>What maps</b> (scikit-learn's defaults on core's side):
 * <pre>{@code
 *   core                                       Smile 3.1.1
 *   nEstimators = 100                          ntrees = 100
 *   maxFeatures = √p (⌊√20⌋ = 4 per node)      mtry = 4
 *   bootstrap = true (n draws with replacement) subsample = 1.0 (the same)
 *   maxDepth = None, minSamplesLeaf = 1        maxDepth = maxNodes = Integer.MAX_VALUE, nodeSize = 1
 *   oobScore = true                            (always: Smile scores every tree on its out-of-bag rows)
 *   nJobs = 1 / −1                             a one-thread pool / the common pool (a parallel stream of trees)
 * }</pre>
 * The two draw their bootstrap samples and features from different generators, so the forests are equal
 * in distribution, not tree for tree. The agreement check therefore asks: core's forest is bit-identical
 * for nJobs = 1 and −1 (same predictions on every held-out row), and the held-out accuracy of the forest
 * being timed is within {@link #ACCURACY_TOLERANCE} of core's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RandomForestBenchmark {
    /** Trees per forest. */
    static final int TREES = 100;
    /** Features drawn per node, ⌊√20⌋: core's {@code MaxFeatures.sqrt()} on 20 features. */
    static final int MTRY = 4;
    /** Two forests from different random draws differ in held-out accuracy by less than this. */
    static final double ACCURACY_TOLERANCE = 0.02;

    /** "nxp": n training rows of p features (p = 20, so that mtry = 4 is √p). */
    @Param({"10000x20"})
    public String shape;

    private ModelData.Labelled data;
    private DataFrame frame;
    private RandomForestClassifier forest;
    private OneThread oneThread;

    /** Draws the data and checks the method about to be timed (class comment). */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        int[] np = ModelData.shape(shape);
        data = ModelData.classification(np[0], np[1], Math.min(10, np[1]), 1.0);
        frame = ModelData.frame(data.X(), data.y());
        forest = new RandomForestClassifier().withNEstimators(TREES).withOobScore(true).withRandomState(ModelData.SEED);
        oneThread = new OneThread();

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        int[] sequential = forest.withNJobs(1).fit(data.X(), data.y()).predict(data.testX());
        int[] parallel = forest.withNJobs(-1).fit(data.X(), data.y()).predict(data.testX());
        if (ModelData.agreement(sequential, parallel) != 1.0) {
            throw new IllegalStateException("core's forest differs between nJobs = 1 and −1 on "
                    + Math.round((1 - ModelData.agreement(sequential, parallel)) * sequential.length) + " held-out rows");
        }
        DataFrame testFrame = DataFrame.of(data.testX().toArray());
        int[] predicted = switch (method) {
            case "core" -> core().predict(data.testX());
            case "coreParallel" -> coreParallel().predict(data.testX());
            case "smile" -> smile().predict(testFrame);
            case "smileParallel" -> smileParallel().predict(testFrame);
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        };
        double reference = ClassificationMetrics.accuracyScore(data.testY(), sequential);
        double accuracy = ClassificationMetrics.accuracyScore(data.testY(), predicted);
        if (!(Math.abs(accuracy - reference) <= ACCURACY_TOLERANCE)) {
            throw new IllegalStateException(method + ": held-out accuracy " + accuracy + ", core's forest " + reference
                    + " (tolerance " + ACCURACY_TOLERANCE + ")");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core, nJobs = 1 (on a one-thread pool, so nothing else can run in parallel either). */
    @Benchmark
    public RandomForestClassificationModel core() {
        return oneThread.call(() -> forest.withNJobs(1).fit(data.X(), data.y()));
    }

    /** core, nJobs = −1: one tree per task on a pool of one thread per core. */
    @Benchmark
    public RandomForestClassificationModel coreParallel() {
        return forest.withNJobs(-1).fit(data.X(), data.y());
    }

    /** Smile on a one-thread pool. */
    @Benchmark
    public RandomForest smile() {
        return oneThread.call(this::smileFit);
    }

    /** Smile as it comes: its trees are a parallel stream on the common pool. */
    @Benchmark
    public RandomForest smileParallel() {
        return smileFit();
    }

    private RandomForest smileFit() {
        return RandomForest.fit(ModelData.RESPONSE, frame, TREES, MTRY, SplitRule.GINI, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 1, 1.0, null, LongStream.range(0, TREES).map(t -> ModelData.SEED + t));
    }
}
