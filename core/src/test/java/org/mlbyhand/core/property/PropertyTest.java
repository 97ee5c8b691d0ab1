package org.mlbyhand.core.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PropertyTest {
    private static final CaseGen SIZES = CaseGen.create().integer("k", 0, 100);

    /** A wrapper as the grading engine uses for learner crashes: the class says little, the cause says what. */
    private static final class Crash extends RuntimeException {
        Crash(Throwable cause) {
            super(cause);
        }
    }

    @Test
    void shrinkingKeepsTheKindOfAWrappedFailure() {
        // k ≥ 10 crashes with an index error; 1 ≤ k < 10 crashes with a null pointer. Shrinking from a
        // large k must stop at the smallest index error, not drift into the other crash.
        Falsified<Case> found = Property.search(SIZES, 1, 100, c -> {
            int k = c.integer("k");
            if (k >= 10) {
                throw new Crash(new IndexOutOfBoundsException("k = " + k));
            }
            if (k >= 1) {
                throw new Crash(new NullPointerException("k = " + k));
            }
        }).orElseThrow();
        assertEquals(10, found.shrunk().integer("k"), found.shrunk().toString());
        assertSame(IndexOutOfBoundsException.class, found.failure().getCause().getClass());
    }
}
