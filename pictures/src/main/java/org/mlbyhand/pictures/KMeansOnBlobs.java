package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.cluster.KMeansPlusPlus;
import org.mlbyhand.core.cluster.Lloyd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.synthetic.Blobs;

/**
 * {@code ps3-kmeans-blobs.png}: the learner's k-means (ps3 kmeans-pp seeding, then ps3 kmeans-lloyd) with
 * k = 4 on 400 seeded points from 4 Gaussian blobs: the cells of the plane nearest each centre found,
 * the points coloured by their cell, the centres as crosses and the blobs' true centres as rings.
 */
final class KMeansOnBlobs {
    static final String FILE = "ps3-kmeans-blobs.png";
    private static final int K = 4;
    private static final int SEED = 3;

    private KMeansOnBlobs() {
    }

    static Path draw(LearnerCode learner, Path out) throws IOException {
        Path file = out.resolve(FILE);
        Blobs blobs = Blobs.sample(400, K, 2, 1.5, 11);
        Matrix X = blobs.data().features();                                        // (400, 2)
        int trials = KMeansPlusPlus.defaultTrials(K);
        var yourSeeds = learner.call("ps3.KMeansPlusPlusSeeding", "indices", int[].class,
                new Class<?>[] {Matrix.class, int.class, int.class, int.class}, X, K, trials, SEED);
        Matrix C0 = X.selectRows(yourSeeds.orElseGet(() -> KMeansPlusPlus.indices(X, K, trials, new Rng(SEED))));
        var yourCentres = learner.call("ps3.KMeansLloyd", "fit", Matrix.class,
                new Class<?>[] {Matrix.class, Matrix.class, int.class, double.class}, X, C0, 300, 1e-4);
        Matrix centres = yourCentres.orElseGet(() -> Lloyd.run(X, C0, 300, 1e-4).clusterCenters());
        String whose = yourSeeds.isPresent() && yourCentres.isPresent() ? "Your k-means"
                : yourSeeds.isPresent() || yourCentres.isPresent() ? "Your k-means, in part," : "Core's k-means";
        String pieces = "seeding: " + (yourSeeds.isPresent() ? "your kmeans-pp" : "core's k-means++")
                + "; iterations: " + (yourCentres.isPresent() ? "your kmeans-lloyd" : "core's Lloyd")
                + (yourSeeds.isPresent() && yourCentres.isPresent() ? "" : " (yours is not solved yet)");
        double inertia = Lloyd.inertia(X, centres, Lloyd.assign(X, centres));
        ClusterMap.write(file, whose + " with k = " + K + " on 400 points from 4 blobs", List.of(pieces,
                String.format(Locale.ROOT, "inertia %.1f; × centres found, ○ the blobs' true centres", inertia)),
                X, centres, blobs.centers());
        return file;
    }
}
