package org.mlbyhand.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * k-NN against scikit-learn 1.2.1 (golden file knn.json from tools/parity/make_golden_selection.py):
 * {@code KNeighborsClassifier} and {@code KNeighborsRegressor(algorithm='brute')} on standardized iris,
 * wine and diabetes, metrics Euclidean, Manhattan and Minkowski p = 3, k = 1, 3, 5, 10, uniform and
 * distance weights; queries whose 11 nearest distances are distinct (scikit-learn leaves the order of
 * equal distances undefined). Labels and neighbour indices must be equal; distances, probabilities
 * and regression predictions agree within {@link Tolerances#SKLEARN}.
 */
@ExtendWith(Parity.class)
class NeighborsVersusScikitLearnTest {
    @Test
    void classifierAndRegressorMatchScikitLearnOnTieFreeQueries() {
        Golden g = Golden.load("knn.json");
        int checked = 0;
        for (Golden data : g.objects("datasets")) {
            Matrix X = data.matrix("X_train");
            Matrix Q = data.matrix("X_query");
            assertTrue(Q.rows() >= 30, data.string("name") + ": too few tie-free queries to mean anything: " + Q.rows());
            for (Golden c : data.objects("cases")) {
                String at = data.string("name") + ", " + c.string("metric") + ", k = " + (int) c.number("n_neighbors")
                        + ", " + c.string("weights");
                if (data.bool("classify")) {
                    KNeighborsClassifierModel m = classifier(c).fit(X, data.labels("y_train"));
                    assertArrayEquals(c.labels("predict"), m.predict(Q), "labels: " + at);
                    assertClose("KNeighborsClassifier", "probabilities", "proba: " + at, c.matrix("proba"), m.predictProba(Q), Tolerances.SKLEARN);
                    checkNeighbors("KNeighborsClassifier", c, m.kneighbors(Q), at);
                } else {
                    KNeighborsRegressorModel m = regressor(c).fit(X, data.vector("y_train"));
                    assertClose("KNeighborsRegressor", "predictions", "predict: " + at, c.vector("predict"), m.predict(Q), Tolerances.SKLEARN);
                    checkNeighbors("KNeighborsRegressor", c, m.kneighbors(Q), at);
                }
                checked++;
            }
        }
        assertEquals(3 * 3 * 4 * 2, checked, "data sets × metrics × k × weights");
    }

    @Test
    void pointsAtDistanceZeroTakeAllTheWeightAsInScikitLearn() {
        Golden z = Golden.load("knn.json").object("zero_distance");
        Matrix X = z.matrix("X_train");
        Matrix Q = z.matrix("X_query");
        for (Golden c : z.objects("cases")) {
            int k = (int) c.number("n_neighbors");
            KNeighborsClassifierModel m = new KNeighborsClassifier(k).withWeights(Weights.DISTANCE).withMetric(Metric.MANHATTAN)
                    .fit(X, z.labels("y_train"));
            assertArrayEquals(c.labels("predict"), m.predict(Q), "labels at k = " + k);
            assertClose("KNeighborsClassifier", "probabilities (zero distances)", "proba at k = " + k, c.matrix("proba"),
                    m.predictProba(Q), Tolerances.SKLEARN);
            assertClose("KNeighborsClassifier", "distances (zero distances)", "distances at k = " + k, c.matrix("distances"),
                    m.kneighbors(Q).distances(), Tolerances.SKLEARN);
            KNeighborsRegressorModel r = new KNeighborsRegressor(k).withWeights(Weights.DISTANCE).withMetric(Metric.MANHATTAN)
                    .fit(X, z.vector("y_train"));
            assertClose("KNeighborsRegressor", "predictions (zero distances)", "regression at k = " + k, c.vector("regression"),
                    r.predict(Q), Tolerances.SKLEARN);
        }
    }

    /** Distances and indices are stored with the uniform-weight cases only (they do not depend on the weights). */
    private static void checkNeighbors(String model, Golden c, Neighbors nn, String at) {
        if (c.string("weights").equals("uniform")) {
            assertClose(model, "kneighbors distances", "distances: " + at, c.matrix("distances"), nn.distances(), Tolerances.SKLEARN);
            assertArrayEquals(toInts(c.matrix("indices")), nn.indices(), "indices: " + at);
        }
    }

    private static KNeighborsClassifier classifier(Golden c) {
        return new KNeighborsClassifier((int) c.number("n_neighbors")).withWeights(weights(c)).withMetric(metric(c)).withP(c.number("p"));
    }

    private static KNeighborsRegressor regressor(Golden c) {
        return new KNeighborsRegressor((int) c.number("n_neighbors")).withWeights(weights(c)).withMetric(metric(c)).withP(c.number("p"));
    }

    private static Weights weights(Golden c) {
        return Weights.valueOf(c.string("weights").toUpperCase(java.util.Locale.ROOT));
    }

    private static Metric metric(Golden c) {
        return Metric.valueOf(c.string("metric").toUpperCase(java.util.Locale.ROOT));
    }

    private static int[][] toInts(Matrix M) {
        int[][] a = new int[M.rows()][M.cols()];
        for (int i = 0; i < M.rows(); i++) {
            for (int j = 0; j < M.cols(); j++) {
                a[i][j] = (int) M.get(i, j);
            }
        }
        return a;
    }
}
