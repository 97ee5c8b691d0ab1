package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class ShuffleAndRowsTest {
    @Test
    void shuffledRowsArePermutedTogetherWithTheirTargets() {
        CaseGen gen = CaseGen.create().dim("n", 0, 30).dim("p", 1, 4).matrix("X", "n", "p").integer("seed", 0, 1000);
        Property.forAll(gen, 61, 200, c -> {
            Matrix X = c.matrix("X");
            int n = X.rows();
            int[] order = Shuffle.order(n, c.integer("seed"));
            Partitions.assertPartition(n, List.of(order));
            double[] y = X.column(0);
            Matrix Xs = Rows.take(X, order);
            assertArrayEquals(Xs.column(0), Rows.take(y, order));
            assertEquals(Xs, Shuffle.rows(X, c.integer("seed")));
        });
    }

    @Test
    void anIndexOutsideTheRowsIsNamed() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> Rows.take(new int[] {1, 2}, new int[] {0, 2}));
        assertTrue(e.getMessage().contains("indices[1] = 2"), e.getMessage());
    }

    @Test
    void aSplitThatIsNotAPartitionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Split(3, new int[] {0, 1}, new int[] {1}));
        assertTrue(e.getMessage().contains("row 1 appears twice"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Split(3, new int[] {0}, new int[] {1}));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    }
}
