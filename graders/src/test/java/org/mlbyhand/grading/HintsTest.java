package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.Case;

/** A hint is shown only when it is about the learner's actual mistake. */
class HintsTest {
    private static final String NO_LENGTH_CHECK = "check the length of x first.";
    private static final String FOUR_ON_LONG = "HINT-FOUR: long vectors are multiplied by 4.";
    private static final String THREE_ON_LONG = "HINT-THREE: long vectors are multiplied by 3.";

    /** Right numbers on every valid input: only its missing input check differs from the reference. */
    private static final Bug<UnaryOperator<double[]>> NO_CHECK =
            new Bug<>("no length check", NO_LENGTH_CHECK, x -> DoublingGrader.times(2, x));

    @Test
    void aBugThatGivesTheRightAnswerOnTheFailingInputIsNotTheLearnersMistake() {
        // The learner's numbers are right, but it modifies x: the no-length-check bug gives the same numbers.
        DoublingGrader g = new DoublingGrader(List.of(NO_CHECK));
        Verdict v = Grading.grade(g, x -> {
            double[] y = DoublingGrader.times(2, x);
            x[0] = 0;
            return y;
        });
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("modified its input"), v.report());
        assertFalse(v.report().contains("hint:"), v.report());
    }

    @Test
    void aLearnerWrongAtRandomIsNotGivenTheHintOfABugThatIsRightThere() {
        DoublingGrader g = new DoublingGrader(List.of(NO_CHECK));
        Verdict v = Grading.grade(g, x -> DoublingGrader.times(2, x).length == 1 ? new double[] {0.5} : x);
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertFalse(v.report().contains(NO_LENGTH_CHECK), v.report());
    }

    @Test
    void anInvariantsHintIsChosenOnTheInputsTheInvariantRan() {
        // The invariant calls the code on x = [1, 2] and on [1, 2, 1, 2]: both bugs are right on the first.
        Bug<UnaryOperator<double[]>> four = new Bug<>("4x on long vectors", FOUR_ON_LONG,
                x -> DoublingGrader.times(x.length > 3 ? 4 : 2, x));
        Bug<UnaryOperator<double[]>> three = new Bug<>("3x on long vectors", THREE_ON_LONG,
                x -> DoublingGrader.times(x.length > 3 ? 3 : 2, x));
        DoublingGrader g = new DoublingGrader(List.of(four, three), (c, run) -> {
            double[] y = (double[]) run.on(c);
            double[] yy = (double[]) run.on(Case.of("x", new double[] {1, 2, 1, 2}));
            Expect.close("f(x ++ x)", new double[] {y[0], y[1], y[0], y[1]}, yy, Tolerance.ROUNDOFF);
        });
        Verdict v = Grading.grade(g, three.implementation());
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains(THREE_ON_LONG), v.report());
        assertFalse(v.report().contains(FOUR_ON_LONG), v.report());
    }

    @Test
    void furtherHintsComeOneAtATimeWhenAskedFor() {
        Bug<UnaryOperator<double[]>> triple = new Bug<UnaryOperator<double[]>>("3x", "HINT-1",
                x -> DoublingGrader.times(3, x)).withMore("HINT-2", "HINT-3");
        DoublingGrader g = new DoublingGrader(List.of(triple));
        String first = Grading.grade(g, triple.implementation()).report();
        assertTrue(first.contains("  hint: HINT-1\n  (a further hint: add -Dhint=more)"), first);
        assertFalse(first.contains("HINT-2"), first);
        System.setProperty("hint", "more");
        try {
            String second = Grading.grade(g, triple.implementation()).report();
            assertTrue(second.contains("  hint: HINT-1\n  next hint: HINT-2\n  (a further hint: add -Dhint=2)"), second);
            System.setProperty("hint", "2");
            String third = Grading.grade(g, triple.implementation()).report();
            assertTrue(third.contains("  next hint: HINT-3\n  (no further hint for this mistake)"), third);
        } finally {
            System.clearProperty("hint");
        }
    }

    @Test
    void aConstantFactorIsShownWhenItHoldsOnTheOriginalAndTheShrunkInput() {
        Verdict v = Grading.grade(new DoublingGrader(List.of()), x -> DoublingGrader.times(4, x));
        assertTrue(v.report().contains("pattern: every entry is 2 times the expected one"), v.report());
    }

    @Test
    void aFactorSeenOnlyOnTheShrunkInputIsACoincidenceAndNotShown() {
        // n·x instead of 2·x: on the shrunk input n = 1 it looks like "0.5 times", on the original it does not.
        Verdict v = Grading.grade(new DoublingGrader(List.of()), x -> DoublingGrader.times(x.length, x));
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertFalse(v.report().contains("pattern:"), v.report());
    }
}
