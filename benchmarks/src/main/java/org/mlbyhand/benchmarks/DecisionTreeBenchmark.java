package org.mlbyhand.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.ClassificationTree;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionTree;
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
import smile.classification.DecisionTree;
import smile.data.DataFrame;

/**
 * Fitting one CART tree, core's {@link DecisionTreeClassifier} / {@link DecisionTreeRegressor} against
 * Smile's {@link DecisionTree} / {@link smile.regression.RegressionTree}, on n×p seeded data (a two-class
 * problem, {@link ModelData#classification}; a linear one with noise, {@link ModelData#regression}).
 *
 * <p><b>What maps.</b> Both grow depth first, split on the best threshold of every feature (Gini; squared
 * error), midway between consecutive distinct values, and keep at least minSamplesLeaf rows per leaf:
 * <pre>{@code
 *   core (scikit-learn's names)            Smile 3.1.1
 *   maxDepth = D  (root at depth 0)        maxDepth = D + 1   (Smile counts the root as depth 1)
 *   minSamplesLeaf = L, minSamplesSplit 2  nodeSize = L       (Smile splits a node of ≥ 2L rows: so does core)
 *   no leaf limit                          maxNodes = Integer.MAX_VALUE (which also selects depth first)
 *   maxFeatures = all                      mtry = p           (the default)
 * }</pre>
 * Smile also merges two sibling leaves that predict the same class (fewer nodes, same predictions). Both
 * break a tie between features towards the lower index, but a tie is often decided by rounding: a node of
 * a few rows can be cut into the same two groups by several features, and each library sums the rows in
 * each feature's sorted order, so the "equal" decreases differ in the last bits, differently in each
 * library, and the two trees then route new rows differently. At depth 8 on 10,000 rows no such tie
 * decides a held-out prediction (on 2,000 rows some do from depth 6 on), so the agreement check requires
 * the same label (classifier) and the same value to 1e-9 (regressor) on every held-out row.
 *
 * <p><b>Threads.</b> core's tree is sequential. Smile's scans the features of a node with a parallel stream:
 * its one-thread rows run it on a one-thread pool ({@link OneThread}), its all-core rows as it comes.
 * Smile builds from a DataFrame, made once in the set-up; core from a Matrix. Both fits include sorting
 * each feature once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class DecisionTreeBenchmark {
    /** The depth limit of both trees (scikit-learn's convention). */
    static final int MAX_DEPTH = 8;
    /** The fewest rows in a leaf. */
    static final int MIN_SAMPLES_LEAF = 1;

    /** "nxp": n training rows of p features. */
    @Param({"10000x20"})
    public String shape;

    private ModelData.Labelled classes;
    private ModelData.Valued values;
    private DataFrame classFrame;
    private DataFrame valueFrame;
    private DecisionTreeClassifier classifier;
    private DecisionTreeRegressor regressor;
    private OneThread oneThread;

    /** Draws the data, and checks that the method about to be timed predicts as core's tree does. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        int[] np = ModelData.shape(shape);
        classes = ModelData.classification(np[0], np[1], Math.min(10, np[1]), 1.0);
        values = ModelData.regression(np[0], np[1], Math.min(10, np[1]), 10.0);
        classFrame = ModelData.frame(classes.X(), classes.y());
        valueFrame = ModelData.frame(values.X(), values.y());
        classifier = new DecisionTreeClassifier().withMaxDepth(MAX_DEPTH).withMinSamplesLeaf(MIN_SAMPLES_LEAF);
        regressor = new DecisionTreeRegressor().withMaxDepth(MAX_DEPTH).withMinSamplesLeaf(MIN_SAMPLES_LEAF);
        oneThread = new OneThread();

        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Matrix testX = classes.testX();
        DataFrame testFrame = smile.data.DataFrame.of(testX.toArray());
        int[] expected = classifier.fit(classes.X(), classes.y()).predict(testX);
        double[] expectedValues = regressor.fit(values.X(), values.y()).predict(values.testX());
        DataFrame valueTestFrame = smile.data.DataFrame.of(values.testX().toArray());
        switch (method) {
            case "coreClassifier" -> sameLabels(method, expected, coreClassifier().predict(testX));
            case "smileClassifier" -> sameLabels(method, expected, smileClassifier().predict(testFrame));
            case "smileClassifierParallel" -> sameLabels(method, expected, smileClassifierParallel().predict(testFrame));
            case "coreRegressor" -> sameValues(method, expectedValues, coreRegressor().predict(values.testX()));
            case "smileRegressor" -> sameValues(method, expectedValues, smileRegressor().predict(valueTestFrame));
            case "smileRegressorParallel" -> sameValues(method, expectedValues, smileRegressorParallel().predict(valueTestFrame));
            default -> throw new IllegalStateException("no agreement check for benchmark " + method);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.close();
    }

    /** core's classification tree, one thread. */
    @Benchmark
    public ClassificationTree coreClassifier() {
        return oneThread.call(() -> classifier.fit(classes.X(), classes.y()));
    }

    /** Smile's classification tree (CART, Gini), one thread. */
    @Benchmark
    public DecisionTree smileClassifier() {
        return oneThread.call(this::smileClassifierFit);
    }

    /** Smile's classification tree, its features scanned on all cores (the common pool). */
    @Benchmark
    public DecisionTree smileClassifierParallel() {
        return smileClassifierFit();
    }

    /** core's regression tree, one thread. */
    @Benchmark
    public RegressionTree coreRegressor() {
        return oneThread.call(() -> regressor.fit(values.X(), values.y()));
    }

    /** Smile's regression tree (CART, least squares), one thread. */
    @Benchmark
    public smile.regression.RegressionTree smileRegressor() {
        return oneThread.call(this::smileRegressorFit);
    }

    /** Smile's regression tree, its features scanned on all cores. */
    @Benchmark
    public smile.regression.RegressionTree smileRegressorParallel() {
        return smileRegressorFit();
    }

    private DecisionTree smileClassifierFit() {
        return DecisionTree.fit(ModelData.RESPONSE, classFrame, SplitRule.GINI, MAX_DEPTH + 1, Integer.MAX_VALUE,
                MIN_SAMPLES_LEAF);
    }

    private smile.regression.RegressionTree smileRegressorFit() {
        return smile.regression.RegressionTree.fit(ModelData.RESPONSE, valueFrame, MAX_DEPTH + 1, Integer.MAX_VALUE,
                MIN_SAMPLES_LEAF);
    }

    private static void sameLabels(String method, int[] expected, int[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                throw new IllegalStateException(method + ": held-out row " + i + " is predicted " + actual[i]
                        + ", core's tree says " + expected[i] + " (agreement " + ModelData.agreement(expected, actual) + ")");
            }
        }
    }

    private static void sameValues(String method, double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(actual[i] - expected[i]) <= 1e-9 * Math.max(1.0, Math.abs(expected[i])))) {
                throw new IllegalStateException(method + ": held-out row " + i + " is predicted " + actual[i]
                        + ", core's tree says " + expected[i] + " (tolerance 1e-9 relative)");
            }
        }
    }
}
