package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scalar engine: each op's local derivative, the chain rule through shared nodes, accumulation. */
class ValueTest {
    private static final double H = 1e-6;
    /** CS231n's "fine" band for central differences of a smooth function in float64. */
    private static final double FINE = 1e-7;

    @Test
    void everyOpsLocalDerivativeMatchesCentralDifferencesOfItsForward() {
        double[][] points = {{0.7, -1.3}, {-0.4, 2.2}, {1.9, 0.6}};
        for (ScalarOp op : ScalarOp.values()) {
            for (double[] p : points) {
                double a = op == ScalarOp.LOG || op == ScalarOp.POW ? Math.abs(p[0]) : p[0];
                double b = p[1];
                double out = op.forward(a, b);
                double da = (op.forward(a + H, b) - op.forward(a - H, b)) / (2 * H);
                double e = Gradcheck.relativeError(op.derivative(0, a, b, out), da);
                assertTrue(e < FINE, op + " ∂/∂a at " + a + ", " + b + ": relative error " + e);
                if (op.arity() == 2) {
                    double db = (op.forward(a, b + H) - op.forward(a, b - H)) / (2 * H);
                    double eb = Gradcheck.relativeError(op.derivative(1, a, b, out), db);
                    assertTrue(eb < FINE, op + " ∂/∂b at " + a + ", " + b + ": relative error " + eb);
                }
            }
        }
    }

    @Test
    void theChainRuleRunsThroughEveryOpEndToEnd() {
        Value x = new Value(0.3);
        Value y = new Value(-1.7);
        Value f = x.mul(y).add(x.div(y.pow(2))).sub(y.exp().log()).tanh().add(x.neg().sigmoid()).add(y.relu());
        f.backward();
        double fx = g(0.3 + H, -1.7) - g(0.3 - H, -1.7);
        double fy = g(0.3, -1.7 + H) - g(0.3, -1.7 - H);
        assertTrue(Gradcheck.relativeError(x.grad(), fx / (2 * H)) < FINE, "df/dx " + x.grad() + " vs " + fx / (2 * H));
        assertTrue(Gradcheck.relativeError(y.grad(), fy / (2 * H)) < FINE, "df/dy " + y.grad() + " vs " + fy / (2 * H));
    }

    private static double g(double x, double y) {
        return Math.tanh(x * y + x / (y * y) - Math.log(Math.exp(y))) + 1 / (1 + Math.exp(x)) + Math.max(y, 0);
    }

    @Test
    void aValueUsedTwiceGetsBothContributions() {
        Value a = new Value(3.0);
        a.mul(a).backward();
        assertEquals(6.0, a.grad());
        Value b = new Value(-2.0);
        b.add(b).backward();
        assertEquals(2.0, b.grad());
    }

    @Test
    void gradientsAccumulateInLeavesUntilZeroGrad() {
        Value w = new Value(2.0);
        w.mul(3).backward();
        w.mul(3).backward();
        assertEquals(6.0, w.grad());
        w.zeroGrad();
        w.mul(3).backward();
        assertEquals(3.0, w.grad());
    }

    @Test
    void reluHasSlopeZeroAtZeroAsMicrogradAndPyTorch() {
        Value z = new Value(0.0);
        z.relu().backward();
        assertEquals(0.0, z.grad());
    }

    @Test
    void aValueRecordsItsOpAndOperandsAndPrintsAsMicrograd() {
        Value a = new Value(2);
        Value b = new Value(-3);
        Value c = a.mul(b);
        assertEquals(ScalarOp.MUL, c.op());
        assertEquals(List.of(a, b), c.operands());
        assertEquals("*", c.op().symbol());
        assertEquals(List.of(), a.operands());
        c.backward();
        assertEquals("Value(data=-6.0, grad=1.0)", c.toString());
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        Value x = new Value(1.0);
        Value y = x;
        for (int i = 0; i < 200_000; i++) {
            y = y.add(0.0);
        }
        y.backward();
        assertEquals(1.0, x.grad());
    }
}
