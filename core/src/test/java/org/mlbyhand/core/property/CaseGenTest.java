package org.mlbyhand.core.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

class CaseGenTest {
    private static final CaseGen PRODUCT = CaseGen.create().dim("m", 1, 7).dim("k", 1, 7).dim("n", 1, 7)
            .matrix("A", "m", "k").matrix("B", "k", "n");

    @Test
    void theSameSeedGivesBitIdenticalCases() {
        Rng first = new Rng(7);
        Rng second = new Rng(7);
        for (int trial = 0; trial < 20; trial++) {
            assertEquals(PRODUCT.generate(first).toString(), PRODUCT.generate(second).toString());
        }
    }

    @Test
    void sharedDimensionsAlwaysFit() {
        Property.forAll(PRODUCT, 1, 100, c -> assertEquals(c.matrix("A").cols(), c.matrix("B").rows()));
    }

    @Test
    void shrinkingKeepsSharedDimensionsConsistentAndReachesTheSmallestFailingShape() {
        Optional<Falsified<Case>> found = Property.search(PRODUCT, 3, 100, c -> {
            if (c.dim("k") >= 2) {
                throw new AssertionError("k is at least 2");
            }
        });
        assertTrue(found.isPresent());
        Case shrunk = found.get().shrunk();
        assertEquals(1, shrunk.dim("m"));
        assertEquals(2, shrunk.dim("k"));
        assertEquals(1, shrunk.dim("n"));
        assertEquals(2, shrunk.matrix("A").cols());
        assertEquals(2, shrunk.matrix("B").rows());
        assertEquals("A = [[0, 0]], B = [[0], [0]]", shrunk.toString());
    }

    @Test
    void symmetricPositiveDefiniteMatricesShrinkToSmallIntegerOnes() {
        CaseGen spd = CaseGen.create().dim("n", 1, 6).symmetricPositiveDefinite("S", "n");
        Optional<Falsified<Case>> found = Property.search(spd, 11, 50, c -> {
            if (c.dim("n") >= 2) {
                throw new AssertionError("n is at least 2");
            }
        });
        Matrix S = found.orElseThrow().shrunk().matrix("S");
        assertEquals(2, S.rows());
        assertEquals(S, S.transpose());
        assertEquals(S, S.map(Math::rint), "entries shrink to integers: " + S);
        assertTrue(Structure.isSymmetricPositiveDefinite(S));
    }

    @Test
    void mutationIsReportedAsTheFirstChangedEntry() {
        Case original = Case.of("A", Matrix.of(new double[][] {{4, 2}, {2, 3}}), "b", new double[] {1, 2});
        Case copy = original.copy();
        copy.matrix("A").set(0, 1, 0);
        assertEquals("A[0][1] was 2, now 0", copy.firstDifference(original));
        assertEquals(null, original.copy().firstDifference(original));
    }

    @Test
    void labelsShareTheirDimensionWithMatrixRowsAndShrinkTogether() {
        CaseGen data = CaseGen.create().dim("n", 1, 9).dim("p", 1, 3).matrix("X", "n", "p").labels("y", "n", 2)
                .require("both classes", c -> Arrays.stream(c.labels("y")).distinct().count() == 2);
        Optional<Falsified<Case>> found = Property.search(data, 5, 100, c -> {
            if (c.dim("n") >= 3) {
                throw new AssertionError("n is at least 3");
            }
        });
        Case shrunk = found.orElseThrow().shrunk();
        assertEquals(3, shrunk.labels("y").length);
        assertEquals(3, shrunk.matrix("X").rows());
        assertEquals(1, shrunk.dim("p"));
        assertEquals(2, Arrays.stream(shrunk.labels("y")).distinct().count(), "the require clause holds: " + shrunk);
        assertTrue(Arrays.stream(shrunk.labels("y")).allMatch(label -> label == 0 || label == 1));
    }

    @Test
    void aCopyOfLabelsIsIndependentAndAChangeIsReported() {
        Case original = Case.of("y", new int[] {0, 1, 1});
        Case copy = original.copy();
        copy.labels("y")[2] = 0;
        assertEquals("y[2] was 1, now 0", copy.firstDifference(original));
        assertEquals("y = [0, 1, 1]", original.toString());
        assertEquals("y 3", original.shapes());
    }

    @Test
    void vectorsDrawnFromAGivenDistributionKeepIt() {
        CaseGen ties = CaseGen.create().dim("n", 1, 20).vector("s", "n", rng -> rng.nextInt(4) / 4.0);
        Property.forAll(ties, 9, 50, c -> assertTrue(Arrays.stream(c.vector("s"))
                .allMatch(v -> v == 0 || v == 0.25 || v == 0.5 || v == 0.75), Arrays.toString(c.vector("s"))));
    }
}
