package org.mlbyhand.core.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** max_features resolves as scikit-learn resolves it. */
class MaxFeaturesTest {
    @Test
    void eachRuleResolvesAsScikitLearnComputesIt() {
        assertEquals(10, MaxFeatures.all().resolve(10));
        assertEquals(4, MaxFeatures.count(4).resolve(10));
        assertEquals(3, MaxFeatures.sqrt().resolve(10));      // ⌊√10⌋
        assertEquals(4, MaxFeatures.sqrt().resolve(16));
        assertEquals(3, MaxFeatures.log2().resolve(10));      // ⌊log₂ 10⌋
        assertEquals(3, MaxFeatures.log2().resolve(8));       // exactly, not 2.999…
        assertEquals(1, MaxFeatures.log2().resolve(1));       // max(1, 0)
        assertEquals(5, MaxFeatures.fraction(0.5).resolve(10));
        assertEquals(1, MaxFeatures.fraction(0.01).resolve(10));
        assertEquals("'sqrt'", MaxFeatures.sqrt().toString());
        assertEquals(MaxFeatures.count(3), MaxFeatures.count(3));
    }

    @Test
    void impossibleValuesAreRefused() {
        assertMessage(() -> MaxFeatures.count(0), "m must be ≥ 1, got 0");
        assertMessage(() -> MaxFeatures.fraction(1.5), "f must be in (0, 1], got 1.5");
        assertMessage(() -> MaxFeatures.fraction(Double.NaN), "got NaN");
        assertMessage(() -> MaxFeatures.count(5).resolve(4), "maxFeatures = 5 but X has only 4 features");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), "\"" + message + "\" does not contain \"" + part + "\"");
    }
}
