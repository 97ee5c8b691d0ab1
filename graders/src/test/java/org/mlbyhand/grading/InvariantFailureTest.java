package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;

class InvariantFailureTest {
    /** "Return A·Aᵀ", checked only by an invariant that reads entries of the result. */
    private static MatrixMapGrader gram() {
        return new MatrixMapGrader("gram", A -> A.multiply(A.transpose()), checks -> checks.holds(
                "the diagonal holds the squared row norms", Case.of("A", Matrix.of(new double[][] {{3, 4}})),
                (c, run) -> {
                    Matrix G = (Matrix) run.on(c);
                    Expect.close("G[0][0]", 25.0, G.get(0, 0), Tolerance.ROUNDOFF);
                }));
    }

    @Test
    void theReferenceSatisfiesTheInvariant() {
        MatrixMapGrader g = gram();
        assertEquals(Verdict.Status.SOLVED, Grading.grade(g, g.reference()).status());
    }

    @Test
    void anInvariantThatCannotReadAMalformedResultIsTheLearnersFailureNotAGraderError() {
        MatrixMapGrader g = gram();
        Verdict v = Grading.grade(g, A -> Matrix.zeros(0, 0));
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("your result could not be checked"), v.report());
    }

    @Test
    void aNullResultInAnInvariantSaysSo() {
        MatrixMapGrader g = gram();
        Verdict v = Grading.grade(g, A -> null);
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("your code returned null"), v.report());
    }
}
