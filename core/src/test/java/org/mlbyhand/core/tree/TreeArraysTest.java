package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class TreeArraysTest {

    @Test
    void theArraysOfAFittedTreeSendEveryRowToTheSameLeafAndValue() {
        Rng rng = new Rng(5);
        Matrix X = RandomMatrices.gaussian(rng, 60, 3);
        double[] y = new double[60];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.rint(3 * X.get(i, 0)) + (X.get(i, 1) > 0 ? 1 : 0);
        }
        RegressionTree fitted = new DecisionTreeRegressor().withMaxDepth(4).fit(X, y);
        TreeArrays arrays = fitted.tree().arrays();
        Matrix Xtest = RandomMatrices.gaussian(rng, 30, 3);
        assertArrayEquals(fitted.tree().apply(Xtest), arrays.apply(Xtest));
        assertArrayEquals(fitted.predict(Xtest), arrays.predictValue(Xtest));
    }

    @Test
    void arraysOfDifferentNodeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TreeArrays(new int[] {-1}, new int[] {-1, -1},
                new int[] {-2}, new double[] {-2}, Matrix.zeros(1, 1), new double[1], new int[1]));
    }
}
