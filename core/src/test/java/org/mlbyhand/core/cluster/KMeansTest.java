package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.estimator.UnsupervisedContract;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.AdjustedRand;
import org.mlbyhand.core.random.Rng;

class KMeansTest {
    @TestFactory
    Stream<DynamicContainer> everyKMeansVariantKeepsTheUnsupervisedContract() {
        Transformer<KMeansModel> asTransformer = X -> new KMeans(3, 4L).fit(X);
        return Stream.of(
                UnsupervisedContract.clusterer("KMeans", () -> new KMeans(3, 4L), Blobs::contract),
                UnsupervisedContract.clusterer("KMeans (random init, 2 runs)", () -> new KMeans(3, 4L).withInit(KMeans.Init.RANDOM).withNInit(2),
                        Blobs::contract),
                UnsupervisedContract.transformer("KMeans as a transform to distances", () -> asTransformer, Blobs::contract),
                UnsupervisedContract.clusterer("MiniBatchKMeans", () -> new MiniBatchKMeans(3, 4L).withBatchSize(8), Blobs::contract));
    }

    @Test
    void wellSeparatedBlobsAreFoundExactly() {
        Matrix X = Blobs.of(1L, 120, 2, 4, 0.5);
        KMeansModel m = new KMeans(4, 7L).fit(X);
        assertEquals(1.0, AdjustedRand.adjustedRandScore(Blobs.truth(120, 4), m.labels()));
        assertEquals(Lloyd.inertia(X, m.clusterCenters(), m.labels()), m.inertia());
        assertArrayEquals(m.labels(), m.predict(X));
    }

    @Test
    void restartsKeepTheRunOfLowestInertia() {
        Matrix X = Blobs.of(2L, 90, 2, 6, 3.0);
        double best = Double.POSITIVE_INFINITY;
        Rng rng = new Rng(11L);
        for (int run = 0; run < 8; run++) {
            best = Math.min(best, Lloyd.run(X, KMeansPlusPlus.centres(X, 6, rng), 300, 1e-4).inertia());
        }
        assertEquals(best, new KMeans(6, 11L).withNInit(8).fit(X).inertia(),
                "the same stream, consumed run after run, gives the same initial centres");
        assertTrue(new KMeans(6, 11L).withNInit(8).fit(X).inertia() <= new KMeans(6, 11L).withNInit(1).fit(X).inertia());
    }

    @Test
    void givenCentresRunOnceWhateverNInitIs() {
        Matrix X = Blobs.of(3L, 60, 2, 3, 2.0);
        Matrix C0 = X.slice(0, 3, 0, 2);
        KMeansModel m = new KMeans(3, 1L).withNInit(10).withInit(C0).fit(X);
        KMeansModel once = Lloyd.run(X, C0, 300, 1e-4);
        assertEquals(once.clusterCenters(), m.clusterCenters());
        assertEquals(once.nIter(), m.nIter());
    }

    @Test
    void transformGivesTheDistanceToEveryCentreAndScoreTheNegativeInertia() {
        Matrix X = Matrix.of(new double[][] {{0, 0}, {0, 2}, {6, 8}, {6, 10}});
        KMeansModel m = new KMeans(2, 1L).withInit(Matrix.of(new double[][] {{0, 1}, {6, 9}})).fit(X);
        assertArrayEquals(new double[] {1, Math.sqrt(117)}, m.transform(Matrix.of(new double[][] {{0, 0}})).row(0), Tolerances.ROUNDING);
        assertEquals(Matrix.of(new double[][] {{0, 1}, {6, 9}}), m.clusterCenters());
        assertEquals(-4.0, m.score(X));
        assertEquals(4.0, m.inertia());
    }

    @Test
    void badInputIsRejectedWithAMessageNamingIt() {
        Matrix X = Blobs.of(4L, 5, 2, 2, 1.0);
        LloydTest.assertMessage(IllegalArgumentException.class, () -> new KMeans(6, 1L).fit(X),
                "KMeans.fit: X is 5×2, fewer rows than nClusters = 6");
        LloydTest.assertMessage(IllegalArgumentException.class, () -> new KMeans(0, 1L), "nClusters must be ≥ 1, got 0");
        LloydTest.assertMessage(IllegalArgumentException.class, () -> new KMeans(2, 1L).withTol(-1), "tol must be finite and ≥ 0");
        LloydTest.assertMessage(ShapeMismatchException.class, () -> new KMeans(2, 1L).withInit(Matrix.zeros(3, 2)),
                "C0 is 3×2, expected 2×2");
        LloydTest.assertMessage(ShapeMismatchException.class, () -> new KMeans(2, 1L).withInit(Matrix.zeros(2, 3)).fit(X),
                "C0 is 2×3, expected 2×2");
        LloydTest.assertMessage(ShapeMismatchException.class, () -> new KMeans(2, 1L).fit(X).predict(Matrix.zeros(1, 3)),
                "the model has 2 features, X is 1×3");
    }
}
