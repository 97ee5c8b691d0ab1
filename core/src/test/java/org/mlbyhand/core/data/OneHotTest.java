package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class OneHotTest {
    @Test
    void decodeUndoesEncodeAndEveryRowHasOneOne() {
        CaseGen gen = CaseGen.create().dim("n", 0, 50).integer("k", 1, 8).integer("seed", 0, 1000);
        Property.forAll(gen, 41, 200, c -> {
            int[] labels = Partitions.randomLabels(c.dim("n"), c.integer("k"), c.integer("seed"));
            Matrix Y = OneHot.encode(labels, c.integer("k"));
            assertEquals(c.dim("n") + "×" + c.integer("k"), Y.shape());
            assertArrayEquals(Y.rowSums(), Matrix.filled(1, c.dim("n"), 1.0).row(0));
            assertArrayEquals(labels, OneHot.decode(Y));
        });
    }

    @Test
    void encodeWritesTheIndicatorRows() {
        assertEquals(Matrix.of(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}}), OneHot.encode(new int[] {1, 0, 2}));
    }

    @Test
    void decodeTakesTheFirstLargestScore() {
        assertArrayEquals(new int[] {1, 0}, OneHot.decode(Matrix.of(new double[][] {{0.1, 0.7, 0.7}, {2, 2, -1}})));
    }

    @Test
    void aLabelOutsideTheClassesIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {0, 3}, 3));
        assertTrue(e.getMessage().contains("labels[1] = 3"), e.getMessage());
    }
}
