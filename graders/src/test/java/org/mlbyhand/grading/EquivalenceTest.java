package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.CaseGen;

class EquivalenceTest {
    private static final Matrix V = Matrix.of(new double[][] {{0.6, 0.8}, {0.8, -0.6}});

    @Test
    void aColumnWithTheOppositeSignIsAcceptedAndSaidToBeFine() {
        Matrix flipped = Matrix.of(new double[][] {{0.6, -0.8}, {0.8, 0.6}});
        Equivalence.Judgement j = Equivalence.upToColumnSigns(Tolerance.ROUNDOFF).judge("V", V, flipped, 0);
        assertTrue(j.accepted());
        assertEquals("column 1 of V has the opposite sign: that is fine, each column is defined up to its sign",
                j.note());
        assertFalse(Equivalence.within(Tolerance.ROUNDOFF).judge("V", V, flipped, 0).accepted());
    }

    @Test
    void aWrongEntryBesideAFlippedColumnIsRejectedAndTheFlipIsNotBlamed() {
        Matrix wrong = Matrix.of(new double[][] {{-0.6, 0.8}, {-0.8, -0.5}});
        Equivalence.Judgement j = Equivalence.upToColumnSigns(Tolerance.ROUNDOFF).judge("V", V, wrong, 0);
        assertFalse(j.accepted());
        assertTrue(j.difference().text().startsWith("at V[1][1]: expected -0.6, got -0.5"), j.difference().text());
        assertTrue(j.difference().text().contains("\n  (column 0 of V has the opposite sign: that is fine, each column is"
                + " defined up to its sign; it was compared after flipping it back)"), j.difference().text());
    }

    @Test
    void renamedClustersAreAcceptedAndTheRenamingIsNamed() {
        Equivalence.Judgement j = Equivalence.upToLabelPermutation().judge("labels", new int[] {0, 0, 1, 2},
                new int[] {2, 2, 0, 1}, 0);
        assertTrue(j.accepted());
        assertEquals("your labels are a renaming of the expected ones (0 → 1, 1 → 2, 2 → 0): that is fine", j.note());
        assertNull(Equivalence.upToLabelPermutation().judge("labels", new int[] {0, 1}, new int[] {0, 1}, 0).note());
    }

    @Test
    void aSplitOrAMergedClusterIsRejectedNamingTwoPoints() {
        Equivalence.Judgement merged = Equivalence.upToLabelPermutation().judge("labels", new int[] {0, 0, 1},
                new int[] {1, 1, 1}, 0);
        assertFalse(merged.accepted());
        assertTrue(merged.difference().text().startsWith("labels[0] and labels[2] share your label 1, but the expected"
                + " clustering separates them (labels 0 and 1)."), merged.difference().text());
        Equivalence.Judgement split = Equivalence.upToLabelPermutation().judge("labels", new int[] {0, 0, 1},
                new int[] {0, 2, 1}, 0);
        assertTrue(split.difference().text().startsWith("labels[0] and labels[1] are together in the expected"
                + " clustering (label 0), but your labels separate them (0 and 2)."), split.difference().text());
    }

    @Test
    void aCheckUpToColumnSignsSolvesALearnerWhoseColumnsAreFlipped() {
        MatrixMapGrader g = new MatrixMapGrader("basis", A -> A, checks -> checks.agrees("columns up to sign",
                CaseGen.create().dim("n", 1, 4).matrix("A", "n", "n"), Equivalence.upToColumnSigns(Tolerance.EXACT)));
        assertEquals(Verdict.Status.SOLVED, Grading.grade(g, A -> A.map(a -> -a)).status());
        Verdict halved = Grading.grade(g, A -> A.map(a -> a / 2));
        assertEquals(Verdict.Status.FAILED, halved.status(), halved.report());
    }
}
