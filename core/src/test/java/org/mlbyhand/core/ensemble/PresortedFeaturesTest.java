package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RandomForestClassifierTest.sameTree;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.PresortedFeatures;

/** The tree package's hook for ensembles: a tree fitted on presorted features is the tree fitted on the matrix, bit for bit. */
class PresortedFeaturesTest {
    @Test
    void treesOnPresortedFeaturesAreBitIdenticalToTreesOnTheMatrix() {
        Dataset<int[]> c = ThreeClasses.data(31L, 150);
        Dataset<double[]> r = Data.regression(32L, 150);
        double[] w = new double[150];
        Rng rng = new Rng(33L);
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextInt(5) / 4.0;   // quarters, some rows of weight 0
        }
        // Ties inside a feature (rounded values) check that the kept order is the stable order of the subset.
        Matrix rounded = c.X().map(v -> Math.round(4 * v) / 4.0);
        DecisionTreeClassifier classifier = new DecisionTreeClassifier().withMaxFeatures(MaxFeatures.count(2)).withRandomState(3L);
        sameTree("classifier", classifier.fit(rounded, c.y(), w).tree(), classifier.fit(PresortedFeatures.of(rounded), c.y(), w).tree());
        DecisionTreeRegressor regressor = new DecisionTreeRegressor().withMinSamplesLeaf(3);
        sameTree("regressor", regressor.fit(r.X(), r.y(), null).tree(), regressor.fit(PresortedFeatures.of(r.X()), r.y(), null).tree());
    }

    @Test
    void badInputIsNamed() {
        Matrix X = Data.regression(1L, 5).X();
        PresortedFeatures sorted = PresortedFeatures.of(X);
        String message = assertThrows(ShapeMismatchException.class, () -> new DecisionTreeRegressor().fit(sorted, new double[4], null)).getMessage();
        assertTrue(message.equals("DecisionTreeRegressor.fit: X is 5×3, y has length 4"), message);
        Matrix nan = X.copy();
        nan.set(2, 1, Double.NaN);
        assertMessage(() -> PresortedFeatures.of(nan), "PresortedFeatures.of: X[2][1] is NaN");
    }
}
