package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class ForestVoteTest {
    @Test
    void theVoteAveragesProbabilitiesNotLabels() {
        // Tree 1 is sure of class 0, trees 2 and 3 lean to class 1: a majority of labels says 1, the mean says 0.
        List<Matrix> P = List.of(Matrix.of(new double[][] {{1.0, 0.0}}), Matrix.of(new double[][] {{0.4, 0.6}}),
                Matrix.of(new double[][] {{0.4, 0.6}}));
        Matrix mean = ForestVote.meanProbabilities(P);
        assertArrayEquals(new double[] {1.8 / 3, 1.2 / 3}, mean.row(0), 0.0, "(Σ_t P_t)/T, summed in tree order");
        assertArrayEquals(new int[] {0}, ForestVote.argmax(mean));
    }

    @Test
    void tiesGoToTheLowestClass() {
        assertArrayEquals(new int[] {0, 1, 2}, ForestVote.argmax(Matrix.of(new double[][] {
            {0.5, 0.5, 0.0}, {0.2, 0.4, 0.4}, {0.25, 0.25, 0.5}})));
    }

    @Test
    void badInputIsNamed() {
        assertMessage(() -> ForestVote.meanProbabilities(List.of()), "ForestVote.meanProbabilities: probabilities is empty");
        String message = assertThrows(ShapeMismatchException.class, () -> ForestVote.meanProbabilities(
                List.of(Matrix.zeros(2, 3), Matrix.zeros(2, 2)))).getMessage();
        assertTrue(message.contains("probabilities[0] is 2×3, probabilities[1] is 2×2"), message);
        assertMessage(() -> ForestVote.argmax(Matrix.zeros(2, 0)), "ForestVote.argmax: P is 2×0");
    }
}
