package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The checker itself: CS231n's relative error, the noise floor, and what it reports. */
class GradcheckTest {

    @Test
    void relativeErrorIsTheDifferenceOverTheLargerMagnitude() {
        assertEquals(0.0, Gradcheck.relativeError(0, 0));
        assertEquals(1.0, Gradcheck.relativeError(0, 3));
        assertEquals(0.5, Gradcheck.relativeError(1, 2));
        assertEquals(2.0, Gradcheck.relativeError(-1, 1));
    }

    @Test
    void aCorrectGradientIsFineAndTheInputsAreNotModified() {
        Tensor x = Tensors.of(0.3, -1.2, 2.0);
        Gradcheck.Result r = Gradcheck.check(t -> t[0].exp().mul(t[0]).sum(), x);
        assertTrue(r.maxRelativeError() < 1e-8, r.toString());
        assertEquals(3, r.entries());
        assertArrayEquals(new double[] {0.3, -1.2, 2.0}, x.toArray());
        assertEquals(false, x.requiresGrad());
    }

    @Test
    void aWrongRuleIsReportedAtTheInputAndEntryWhereItIsWorst() {
        Rules wrong = Rules.reference().with(Unary.Exp.class, (op, g) -> new Tensor[] {g.mul(op.output()).mul(1.5)});
        Gradcheck.Result r = Gradcheck.check(wrong, t -> t[0].mul(2).add(t[1].exp()).sum(), Tensors.of(1, 2), Tensors.of(0.5, -0.5));
        assertEquals(1, r.input());
        assertEquals(1.0 / 3.0, r.maxRelativeError(), 1e-8);
        assertTrue(r.index().equals("[0]") || r.index().equals("[1]"), r.index());
    }

    @Test
    void aNonScalarOutputIsReducedWithFixedWeights() {
        Gradcheck.Result a = Gradcheck.check(t -> t[0].matmul(t[1]), Tensors.of(new double[][] {{1, 2}, {3, 4}}), Tensors.of(5, 6));
        assertTrue(a.passes(1e-8), a.toString());
        assertEquals(6, a.entries());
    }
}
