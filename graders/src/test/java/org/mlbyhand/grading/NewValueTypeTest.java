package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.ValueTypes;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

/**
 * A value type the engine did not know, added in one class ({@link TokenIdsType}, named in
 * {@code META-INF/services}): generated, shrunk by deleting positions, copied, checked for
 * modification, compared entry by entry, and sent to and from the sandbox.
 */
class NewValueTypeTest {

    @Test
    void theNewTypeIsRegisteredFromItsServiceFile() {
        assertTrue(ValueTypes.isRegistered(new TokenIds(1, 2)));
    }

    @Test
    void aWrongAnswerShrinksToTheShortestSequenceAndNamesTheEntryAndTheBug() {
        Verdict v = Sandbox.grade(new ReverseTokensGrader(), Target.bug(ReverseTokensGrader.SKIPS_FIRST), List.of());
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().matches("(?s).*input \\(shrunk from tokens \\d+; .*\\): tokens = tokens\\[\\d+\\]\n.*"),
                v.report());
        assertTrue(v.report().matches("(?s).*\n  at reversed\\[0\\]: expected \\d+, got 0  .*"), v.report());
        assertTrue(v.report().contains("hint: HINT-SKIP"), v.report());
    }

    @Test
    void modifyingTheSequenceIsCaughtThroughTheSandbox() {
        Verdict v = Sandbox.grade(new ReverseTokensGrader(), Target.bug(ReverseTokensGrader.IN_PLACE), List.of());
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("your code modified its input: tokens[0] was"), v.report());
        assertTrue(v.report().contains("hint: HINT-IN-PLACE"), v.report());
    }

    @Test
    void theReferenceIsSolvedThroughTheSandbox() {
        assertEquals(Verdict.Status.SOLVED,
                Sandbox.grade(new ReverseTokensGrader(), Target.REFERENCE, List.of()).status());
    }
}
