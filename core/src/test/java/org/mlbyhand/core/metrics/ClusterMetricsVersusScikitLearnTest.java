package org.mlbyhand.core.metrics;

import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Silhouette samples and score, Davies–Bouldin and the adjusted Rand index against scikit-learn 1.2
 * within 1e-12 (golden file cluster_metrics.json from tools/parity/make_golden_unsupervised.py), under
 * k-means, true, random and oddly numbered labellings (values 7, −1 and a singleton 42) and label pairs
 * from identical to unrelated. Same definitions, no mapping.
 */
@ExtendWith(Parity.class)
class ClusterMetricsVersusScikitLearnTest {
    /** Issue #14: metrics to 1e-12. */
    private static final double METRIC = 1e-12;

    private static final Golden GOLDEN = Golden.load("cluster_metrics.json");

    @Test
    void silhouetteAndDaviesBouldinMatchForEveryLabelling() {
        Matrix X = GOLDEN.matrix("X");
        for (Golden c : GOLDEN.objects("scores")) {
            int[] labels = c.labels("labels");
            String name = c.string("name");
            assertClose("Clustering metrics", "silhouette samples", name + ": silhouette_samples", c.vector("silhouette_samples"),
                    Silhouette.silhouetteSamples(X, labels), METRIC);
            assertClose("Clustering metrics", "silhouette score", name + ": silhouette_score", c.number("silhouette_score"),
                    Silhouette.silhouetteScore(X, labels), METRIC);
            assertClose("Clustering metrics", "Davies–Bouldin", name + ": davies_bouldin_score", c.number("davies_bouldin"),
                    DaviesBouldin.daviesBouldinScore(X, labels), METRIC);
        }
    }

    @Test
    void adjustedRandMatchesForEveryPair() {
        for (Golden c : GOLDEN.objects("adjusted_rand")) {
            assertClose("Clustering metrics", "adjusted Rand index", c.string("name"), c.number("adjusted_rand"),
                    AdjustedRand.adjustedRandScore(c.labels("labels_true"), c.labels("labels_pred")), METRIC);
        }
    }
}
