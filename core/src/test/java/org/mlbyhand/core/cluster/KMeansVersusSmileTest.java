package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;
import smile.clustering.PartitionClustering;
import smile.math.MathEx;

/**
 * k-means against Smile 3.1.1's {@code KMeans.lloyd} from the same initial centres, on the blobs and
 * digits of the golden files. Mapping: Smile seeds with its own k-means++ (random rows, one candidate
 * each) and then alternates "update the centroids from the labels, reassign" while the distortion
 * falls by more than tol. Its seeding is public ({@code PartitionClustering.seed}) and draws from
 * {@code MathEx}'s generator, so seeding once with {@code MathEx.setSeed(s)} and again before
 * {@code lloyd} gives the very medoids lloyd starts from; with tol = 0 Smile runs to the fixed point,
 * which {@link Lloyd#run} from those medoids with tol = 0 reaches too. Then Smile's y are our labels
 * (cluster j is the one grown from medoid j on both sides), its centroids our centres and its
 * distortion our inertia. Iteration counts are not compared: Smile counts its seeding assignment apart.
 */
class KMeansVersusSmileTest {
    @Test
    void smileLloydFromItsSeedsEndsAtOurFixedPointOnBlobs() {
        check(Golden.load("kmeans_blobs.json").matrix("X"), 4, 17L);
        check(Golden.load("kmeans_blobs.json").matrix("X"), 3, 18L);
    }

    @Test
    void smileLloydFromItsSeedsEndsAtOurFixedPointOnDigits() {
        check(Golden.load("kmeans_digits.json").matrix("X"), 10, 19L);
    }

    private static void check(Matrix X, int k, long seed) {
        double[][] data = X.toArray();
        double[][] medoids = new double[k][];
        MathEx.setSeed(seed);
        PartitionClustering.seed(data, medoids, new int[data.length], MathEx::squaredDistanceWithMissingValues);
        MathEx.setSeed(seed);
        smile.clustering.KMeans theirs = smile.clustering.KMeans.lloyd(data, k, 1000, 0.0);
        KMeansModel ours = Lloyd.run(X, Matrix.of(medoids), 1000, 0.0);
        String what = "k = " + k + " from Smile's seeds (seed " + seed + ")";
        assertArrayEquals(theirs.y, ours.labels(), what + ": labels");
        Matrix C = Matrix.of(theirs.centroids);
        double d = C.minus(ours.clusterCenters()).maxAbs() / C.maxAbs();
        assertTrue(d <= Tolerances.SMILE_KMEANS_RELATIVE, what + ": centres differ by " + d + " relative");
        double e = Math.abs(theirs.distortion - ours.inertia()) / theirs.distortion;
        assertTrue(e <= Tolerances.SMILE_KMEANS_RELATIVE, what + ": distortion " + theirs.distortion + ", inertia " + ours.inertia());
    }
}
