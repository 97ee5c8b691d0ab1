package org.mlbyhand.core.estimator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TargetTypeTest {
    @Test
    void rowsAreCutInTheOrderOfTheIndicesRepeatsIncluded() {
        assertArrayEquals(new double[] {30, 10, 30}, TargetType.VALUES.rows(new double[] {10, 20, 30}, new int[] {2, 0, 2}));
        assertArrayEquals(new int[] {1, 0}, TargetType.LABELS.rows(new int[] {0, 1}, new int[] {1, 0}));
        assertEquals(3, TargetType.VALUES.length(new double[3]));
        assertEquals("labels", TargetType.LABELS.toString());
    }

    @Test
    void anIndexOutsideTheTargetsIsNamed() {
        assertEquals("indices[1] = 5 is outside [0, 2)", assertThrows(IndexOutOfBoundsException.class,
                () -> TargetType.LABELS.rows(new int[2], new int[] {0, 5})).getMessage());
    }
}
