package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.AdjustedRand;

class MiniBatchKMeansTest {
    @Test
    void wellSeparatedBlobsAreFoundFromSmallBatches() {
        Matrix X = Blobs.of(1L, 2000, 3, 4, 0.5);
        KMeansModel m = new MiniBatchKMeans(4, 3L).withBatchSize(64).fit(X);
        assertEquals(1.0, AdjustedRand.adjustedRandScore(Blobs.truth(2000, 4), m.labels()));
        KMeansModel full = new KMeans(4, 3L).fit(X);
        assertTrue(m.inertia() <= full.inertia() * 1.01, "mini-batch inertia " + m.inertia() + " vs Lloyd's " + full.inertia());
        assertEquals(Lloyd.inertia(X, m.clusterCenters(), m.labels()), m.inertia());
    }

    @Test
    void withoutEarlyStoppingItRunsMaxIterEpochs() {
        Matrix X = Blobs.of(2L, 100, 2, 3, 1.0);
        KMeansModel m = new MiniBatchKMeans(3, 1L).withBatchSize(10).withMaxIter(7).withMaxNoImprovement(0).fit(X);
        assertEquals(7, m.nIter(), "70 steps of 10 rows: 7 epochs of 100");
    }

    @Test
    void earlyStoppingOnTheCentreShiftEndsBeforeMaxIter() {
        Matrix X = Blobs.of(2L, 400, 2, 3, 0.3);
        KMeansModel m = new MiniBatchKMeans(3, 1L).withBatchSize(40).withMaxIter(50).withMaxNoImprovement(0).withTol(1e-3).fit(X);
        assertTrue(m.nIter() < 50, "nIter " + m.nIter());
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnotherRandomStream() {
        Matrix X = Blobs.of(3L, 300, 2, 5, 2.5);
        MiniBatchKMeans e = new MiniBatchKMeans(5, 8L).withBatchSize(32);
        assertEquals(e.fit(X).clusterCenters(), e.fit(X).clusterCenters());
        assertTrue(!new MiniBatchKMeans(5, 9L).withBatchSize(32).fit(X).clusterCenters().equals(e.fit(X).clusterCenters()));
    }

    @Test
    void aStarvedCentreIsReassignedToARowOfTheBatch() {
        // centre 2 starts far from every row: it gets no rows, count 0, and is moved at the first step
        Matrix X = Blobs.of(4L, 200, 2, 2, 0.5);
        Matrix C0 = Matrix.of(new double[][] {{0, 0}, {10, -10}, {500, 500}});
        KMeansModel m = new MiniBatchKMeans(3, 2L).withInit(C0).withBatchSize(20).withMaxIter(3).fit(X);
        assertTrue(m.clusterCenters().get(2, 0) < 50, "centre 2 is at " + m.clusterCenters().get(2, 0));
        KMeansModel off = new MiniBatchKMeans(3, 2L).withInit(C0).withBatchSize(20).withMaxIter(3).withReassignmentRatio(0).fit(X);
        assertEquals(500.0, off.clusterCenters().get(2, 0), "without reassignment it never moves");
    }
}
