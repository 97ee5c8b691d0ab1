package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The backward pass itself: accumulation, freeing, no-grad and anomaly modes, and their errors. */
class EngineTest {

    @Test
    void aTensorUsedTwiceReceivesBothContributions() {
        Tensor x = Tensors.of(3, -2).requiringGrad();
        x.mul(x).add(x).sum().backward();                               // d/dx (x² + x) = 2x + 1
        assertArrayEquals(new double[] {7, -3}, x.grad().toArray());
    }

    @Test
    void gradientsAccumulateOverBackwardCallsUntilZeroGrad() {
        Tensor x = Tensors.of(1, 2).requiringGrad();
        x.mul(3).sum().backward();
        x.mul(3).sum().backward();
        assertArrayEquals(new double[] {6, 6}, x.grad().toArray());
        x.zeroGrad();
        assertArrayEquals(new double[] {0, 0}, x.grad().toArray());
        x.mul(2).sum().backward();
        assertArrayEquals(new double[] {2, 2}, x.grad().toArray());
    }

    @Test
    void aSecondBackwardThroughAFreedGraphSaysSoAndRetainGraphAllowsIt() {
        Tensor x = Tensors.of(1, 2).requiringGrad();
        Tensor y = x.exp().sum();
        y.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertEquals("backward: the graph through sum was freed by an earlier backward; to run backward through it twice,"
                + " pass retainGraph = true to the first one: backward(grad, rules, true)", e.getMessage());
        Tensor z = x.exp().sum();
        x.zeroGrad();
        z.backward(null, Rules.reference(), true);
        z.backward(null, Rules.reference(), false);
        assertArrayEquals(new double[] {2 * Math.exp(1), 2 * Math.exp(2)}, x.grad().toArray(), 1e-15);
    }

    @Test
    void aNonScalarOutputNeedsAnExplicitUpstreamGradient() {
        Tensor x = Tensors.zeros(2, 3).requiringGrad();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.tanh().backward());
        assertEquals("backward: the output has shape (2, 3); only a one-entry output has the implicit upstream gradient 1."
                + " Pass ∂L/∂output, a tensor of shape (2, 3): backward(grad)", e.getMessage());
        Tensor y = x.mul(2);
        y.backward(Tensors.ones(2, 3).mul(0.5));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, x.grad().toArray());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> x.mul(2).backward(Tensors.ones(3, 2)));
        assertEquals("backward: the upstream gradient has shape (3, 2), the output has shape (2, 3)", wrong.getMessage());
    }

    @Test
    void onlyTensorsThatRequireGradHaveAGraph() {
        Tensor c = Tensors.of(1, 2);
        assertFalse(c.exp().requiresGrad());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.exp().sum().backward());
        assertTrue(e.getMessage().startsWith("backward: this tensor does not require grad"), e.getMessage());
        Tensor x = c.requiringGrad();
        assertTrue(x.isLeaf());
        assertEquals("exp", x.exp().gradFn().name());
        IllegalStateException none = assertThrows(IllegalStateException.class, x::grad);
        assertEquals("grad: no gradient here yet: no backward pass has reached this leaf", none.getMessage());
    }

    @Test
    void noGradRecordsNothingAndIsRestoredWhenItsScopeCloses() {
        Tensor x = Tensors.of(1, 2).requiringGrad();
        try (Scope outer = GradMode.noGrad()) {
            Tensor y = x.exp();
            assertFalse(y.requiresGrad());
            assertNull(y.gradFn());
            try (Scope inner = GradMode.enableGrad()) {
                assertTrue(x.exp().requiresGrad());
            }
            assertFalse(GradMode.isEnabled());
        }
        assertTrue(GradMode.isEnabled());
        assertTrue(x.exp().requiresGrad());
    }

    @Test
    void retainGradKeepsAnIntermediateGradient() {
        Tensor x = Tensors.of(1, 2).requiringGrad();
        Tensor y = x.mul(3);
        y.retainGrad();
        y.mul(y).sum().backward();
        assertArrayEquals(new double[] {6, 12}, y.grad().toArray());
        assertArrayEquals(new double[] {18, 36}, x.grad().toArray());
    }

    @Test
    void anOptimizerStepChangesALeafInPlaceButNeverANodesOutput() {
        Tensor W = Tensors.of(1, 2).requiringGrad();
        W.mul(W).sum().backward();
        W.addScaledInPlace(-0.5, W.grad());
        assertArrayEquals(new double[] {0, 0}, W.toArray());
        Tensor y = W.exp();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.addScaledInPlace(1, y));
        assertTrue(e.getMessage().startsWith("addScaledInPlace: this tensor was made by exp"), e.getMessage());
    }

    @Test
    void anomalyModeNamesTheOpWhoseForwardFirstMadeANonFiniteValue() {
        Tensor x = Tensors.of(1, 0, 2).requiringGrad();
        try (Scope s = Anomaly.detect()) {
            AnomalyException e = assertThrows(AnomalyException.class, () -> x.mul(2).log().exp().sum());
            assertEquals("anomaly: log made -Infinity at [1] of its (3,) output from finite inputs", e.getMessage());
            Tensor nan = Tensors.of(Double.NaN, 1);
            AnomalyException leaf = assertThrows(AnomalyException.class, () -> nan.mul(2));
            assertEquals("anomaly: input 0 of mul already holds NaN at [0] (a leaf), so mul did not make it", leaf.getMessage());
        }
        assertFalse(Anomaly.isDetecting());
        assertEquals(Double.NEGATIVE_INFINITY, x.mul(2).log().get(1), "outside the scope nothing is checked");
    }

    @Test
    void anomalyModeNamesTheOpWhoseBackwardMadeANonFiniteGradient() {
        Tensor x = Tensors.of(0, 4).requiringGrad();
        try (Scope s = Anomaly.detect()) {
            Tensor y = x.pow(0.5).sum();                                    // √0 = 0 is finite; its slope is not
            AnomalyException e = assertThrows(AnomalyException.class, y::backward);
            assertEquals("anomaly: the backward of pow made Infinity at [0] in the gradient of input 0, shape (2,)", e.getMessage());
        }
    }

    @Test
    void aDeepChainDoesNotOverflowTheStack() {
        Tensor x = Tensors.scalar(1).requiringGrad();
        Tensor y = x;
        for (int i = 0; i < 20_000; i++) {
            y = y.mul(1.0);
        }
        y.backward();
        assertEquals(1.0, x.grad().item());
    }
}
