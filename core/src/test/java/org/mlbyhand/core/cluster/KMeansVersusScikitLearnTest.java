package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * k-means against scikit-learn 1.2 from supplied centres (golden files kmeans_blobs.json and
 * kmeans_digits.json from tools/parity/make_golden_unsupervised.py: KMeans(init=C0, n_init=1,
 * algorithm="lloyd")). Same algorithm, same stopping rules, no mapping: labels and the iteration count
 * must be equal, centres and distances agree to 1e-12, the inertia to 1e-12 relative. The blobs cases
 * cover strict convergence, a stop on the centre shift, a stop at max_iter and an empty cluster
 * refilled from the farthest point.
 */
@ExtendWith(Parity.class)
class KMeansVersusScikitLearnTest {
    @Test
    void lloydFromTheSameCentresMatchesScikitLearnOnBlobs() {
        check("k-means (blobs)", Golden.load("kmeans_blobs.json"));
    }

    @Test
    void lloydFromTheSameCentresMatchesScikitLearnOnDigits() {
        check("k-means (digits)", Golden.load("kmeans_digits.json"));
    }

    private static void check(String model, Golden g) {
        Matrix X = g.matrix("X");
        for (Golden c : g.objects("cases")) {
            String name = c.string("name");
            Matrix C0 = c.matrix("init");
            KMeansModel m = new KMeans(C0.rows(), 0L).withInit(C0).withMaxIter((int) c.number("max_iter")).withTol(c.number("tol")).fit(X);
            assertArrayEquals(c.labels("labels"), m.labels(), name + ": labels");
            assertEquals((int) c.number("n_iter"), m.nIter(), name + ": n_iter");
            assertClose(model, "centres", name + ": centres", c.matrix("cluster_centers"), m.clusterCenters(), Tolerances.SKLEARN_KMEANS);
            assertClose(model, "inertia / expected", name + ": inertia / expected", 1.0, m.inertia() / c.number("inertia"),
                    Tolerances.SKLEARN_INERTIA_RELATIVE);
            assertClose(model, "transform (distances)", name + ": transform", c.matrix("transform_first_rows"),
                    m.transform(X.slice(0, 10, 0, X.cols())), Tolerances.SKLEARN_KMEANS);
            double tol = c.number("tol_absolute");
            assertClose(model, "tolerance / expected", name + ": tolerance", 1.0, tol == 0 ? 1.0 : Lloyd.tolerance(X, c.number("tol")) / tol,
                    Tolerances.SKLEARN_INERTIA_RELATIVE);
        }
    }
}
