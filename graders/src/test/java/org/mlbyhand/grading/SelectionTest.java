package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.sandbox.MisbehavingGrader;

class SelectionTest {
    private static final List<ProblemSet> CURRICULUM =
            List.of(new ProblemSet("ps0", "Test", List.of(new MisbehavingGrader())));

    @Test
    void emptySelectionGradesEverything() {
        assertEquals(1, new Selection("", "").apply(CURRICULUM).size());
    }

    @Test
    void problemSetsAreMatchedWithOrWithoutPs() {
        assertEquals("ps0", new Selection("0", "").apply(CURRICULUM).get(0).id());
        assertEquals("ps0", new Selection("PS0", "").apply(CURRICULUM).get(0).id());
    }

    @Test
    void aNearMissNameSelectsNothingAndSuggestsTheExercise() {
        Selection misspelt = new Selection("", "cpy");
        assertEquals(List.of(), misspelt.apply(CURRICULUM));
        String message = misspelt.unknown(CURRICULUM);
        assertTrue(message.contains("Did you mean -Dexercise=copy?"), message);
        assertTrue(message.contains("ps0: copy"), message);
    }

    @Test
    void aPartOfAnExerciseNameSuggestsTheWholeName() {
        String message = new Selection("", "cop").unknown(CURRICULUM);
        assertTrue(message.contains("Did you mean -Dexercise=copy?"), message);
    }

    @Test
    void editDistanceCountsSingleEdits() {
        assertEquals(0, Selection.editDistance("matmul", "matmul"));
        assertEquals(1, Selection.editDistance("matmul", "matmull"));
        assertEquals(2, Selection.editDistance("cholesky", "cholsekY".toLowerCase()));
    }
}
