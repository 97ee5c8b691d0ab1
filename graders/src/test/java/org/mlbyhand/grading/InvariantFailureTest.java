package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;

class InvariantFailureTest {
    /** "Return A·Aᵀ", checked only by an invariant that reads entries of the result. */
    private static final class GramGrader extends Grader<UnaryOperator<Matrix>> {
        @Override
        public Exercise exercise() {
            return new Exercise("test", "gram", "Gram matrix", 1, "none");
        }

        @Override
        public UnaryOperator<Matrix> reference() {
            return A -> A.multiply(A.transpose());
        }

        @Override
        public List<Bug<UnaryOperator<Matrix>>> bugs() {
            return List.of();
        }

        @Override
        public Object call(UnaryOperator<Matrix> f, Case c) {
            return f.apply(c.matrix("A"));
        }

        @Override
        public void declare(Checks checks) {
            checks.holds("the diagonal holds the squared row norms", Case.of("A", Matrix.of(new double[][] {{3, 4}})),
                    (c, run) -> {
                        Matrix G = (Matrix) run.on(c);
                        Expect.close("G[0][0]", 25.0, G.get(0, 0), Tolerance.ROUNDOFF);
                    });
        }
    }

    @Test
    void theReferenceSatisfiesTheInvariant() {
        GramGrader g = new GramGrader();
        assertEquals(Verdict.Status.SOLVED, Grading.grade(g, g.reference()).status());
    }

    @Test
    void anInvariantThatCannotReadAMalformedResultIsTheLearnersFailureNotAGraderError() {
        GramGrader g = new GramGrader();
        Verdict v = Grading.grade(g, A -> Matrix.zeros(0, 0));
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("your result could not be checked"), v.report());
    }

    @Test
    void aNullResultInAnInvariantSaysSo() {
        GramGrader g = new GramGrader();
        Verdict v = Grading.grade(g, A -> null);
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("your code returned null"), v.report());
    }
}
