package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * The substitution point the graders use: one op's backward replaced, the rest of the engine core's,
 * checked end to end with {@link Gradcheck}; nothing leaks from one backward pass to the next.
 */
class RulesTest {
    private static final double FINE = 1e-7;

    private final Rng rng = new Rng(11);
    /** A two-layer network's loss: W1 (3, 4), W2 (4, 2); tanh and matmul in the middle. */
    private final Function<Tensor[], Tensor> network = w -> {
        Tensor X = Tensors.randn(new Rng(3), 5, 3);
        return X.matmul(w[0]).tanh().matmul(w[1]).crossEntropy(0, 1, 1, 0, 1);
    };

    @Test
    void aCorrectSubstitutedRulePassesTheEndToEndCheck() {
        Rules learner = Rules.reference().with(Unary.Tanh.class,
                (op, g) -> new Tensor[] {g.mul(Tensors.scalar(1).sub(op.output().mul(op.output())))});
        Gradcheck.check(learner, network, Tensors.randn(rng, 3, 4), Tensors.randn(rng, 4, 2)).assertWithin(FINE);
    }

    @Test
    void aWrongSubstitutedRuleFailsTheCheckThatTheReferencePasses() {
        Tensor W1 = Tensors.randn(rng, 3, 4);
        Tensor W2 = Tensors.randn(rng, 4, 2);
        Rules forgotSquare = Rules.reference().with(Unary.Tanh.class,
                (op, g) -> new Tensor[] {g.mul(Tensors.scalar(1).sub(op.output()))});           // 1 − y instead of 1 − y²
        Gradcheck.Result wrong = Gradcheck.check(forgotSquare, network, W1, W2);
        assertTrue(wrong.maxRelativeError() > 1e-2, "CS231n: > 1e-2 is wrong; got " + wrong);
        assertEquals(0, wrong.input(), "only W1's gradient goes through tanh");
        assertTrue(Gradcheck.check(network, W1, W2).passes(FINE));
        AssertionError e = assertThrows(AssertionError.class, () -> wrong.assertWithin(FINE));
        assertTrue(e.getMessage().startsWith("gradient check failed at input 0["), e.getMessage());
    }

    @Test
    void aMatmulRuleReceivesTheNodeAndReplacesOnlyMatmul() {
        int[] calls = {0};
        Rules counting = Rules.reference().with(MatMul.class, (op, g) -> {
            calls[0]++;
            return op.backward(g);
        });
        Tensor W1 = Tensors.randn(rng, 3, 4).requiringGrad();
        Tensor W2 = Tensors.randn(rng, 4, 2).requiringGrad();
        network.apply(new Tensor[] {W1, W2}).backward(counting);
        assertEquals(2, calls[0], "one call per matmul node");
    }

    @Test
    void aRuleReturningTheWrongShapeIsNamedAtItsOwnOp() {
        Rules transposed = Rules.reference().with(MatMul.class,
                (op, g) -> new Tensor[] {g.matmul(op.input(1).transpose(0, 1)).transpose(0, 1), op.input(0).transpose(0, 1).matmul(g)});
        Tensor A = Tensors.randn(rng, 2, 3).requiringGrad();
        Tensor B = Tensors.randn(rng, 3, 4).requiringGrad();
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> A.matmul(B).tanh().sum().backward(transposed));
        assertEquals("backward of matmul (substituted rule): the gradient of input 0 has shape (3, 2), the input has shape (2, 3)",
                e.getMessage());
    }

    @Test
    void aRuleReturningTooFewGradientsIsNamed() {
        Rules one = Rules.reference().with(Arithmetic.Mul.class, (op, g) -> new Tensor[] {g});
        Tensor x = Tensors.randn(rng, 3).requiringGrad();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.mul(x).sum().backward(one));
        assertEquals("backward of mul (substituted rule): returned 1 gradient(s) for 2 input(s); return one per input"
                + " (null for an input that needs none)", e.getMessage());
    }

    @Test
    void substitutionsAreValuesThatNeverChangeTheReference() {
        Rules reference = Rules.reference();
        Rules zero = reference.with(Unary.Exp.class, (op, g) -> new Tensor[] {Tensors.zeros(op.input(0).shape())});
        assertTrue(reference.isReference());
        assertFalse(zero.isReference());
        assertSame(reference, Rules.reference());
        Tensor x = Tensors.of(1, 2).requiringGrad();
        x.exp().sum().backward(zero);
        assertArrayEquals(new double[] {0, 0}, x.grad().toArray());
        x.zeroGrad();
        x.exp().sum().backward();
        assertArrayEquals(new double[] {Math.exp(1), Math.exp(2)}, x.grad().toArray(), "the next plain backward uses the reference again");
    }

    @Test
    void aSubstitutedScalarRuleIsUsedOnlyByTheBackwardItIsPassedTo() {
        Rules learner = Rules.reference().with(ScalarOp.TANH, (input, a, b, out) -> 1 - out);   // forgot the square
        Value x = new Value(0.5);
        x.tanh().backward(learner);
        double t = Math.tanh(0.5);
        assertEquals(1 - t, x.grad(), 1e-15);
        x.zeroGrad();
        x.tanh().backward();
        assertEquals(1 - t * t, x.grad(), 1e-15);
    }
}
