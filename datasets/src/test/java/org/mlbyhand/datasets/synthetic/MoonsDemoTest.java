package org.mlbyhand.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.nn.MLP;
import org.mlbyhand.datasets.Dataset;

/**
 * micrograd's demo on core's scalar engine: a 2-16-16-1 MLP learns the two moons to 100% training
 * accuracy, with micrograd's loss and schedule (here, because core cannot depend on the data sets).
 * <pre>{@code
 *   yᵢ ∈ {−1, +1},  scoreᵢ = mlp(xᵢ)
 *   L = (1/n) Σᵢ relu(1 − yᵢ·scoreᵢ)  +  α Σₚ p²          SVM max-margin loss + L2, α = 1e-4
 *   step k = 0 … 99:   p ← p − (1 − 0.9·k/100)·∂L/∂p     SGD with a decaying rate, full batch
 * }</pre>
 */
class MoonsDemoTest {
    private static final int STEPS = 100;
    private static final double ALPHA = 1e-4;

    @Test
    void anMlpOnValuesFitsTheMoonsToFullTrainingAccuracyAsInMicrogradsDemo() {
        Dataset moons = Moons.sample(100, 0.1, 1337);
        Matrix X = moons.features();
        double[] y = new double[moons.rows()];
        int[] labels = moons.labels();
        for (int i = 0; i < y.length; i++) {
            y[i] = 2.0 * labels[i] - 1.0;                       // 0/1 → −1/+1
        }
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1337);
        double first = Double.NaN;
        double accuracy = 0.0;
        double loss = Double.NaN;
        for (int k = 0; k < STEPS; k++) {
            Value total = new Value(0.0);
            int correct = 0;
            for (int i = 0; i < y.length; i++) {
                Value score = model.apply(X.get(i, 0), X.get(i, 1)).get(0);
                total = total.add(score.mul(-y[i]).add(1.0).relu());
                correct += (y[i] > 0) == (score.data() > 0) ? 1 : 0;
            }
            Value reg = new Value(0.0);
            for (Value p : model.parameters()) {
                reg = reg.add(p.mul(p));
            }
            Value objective = total.mul(1.0 / y.length).add(reg.mul(ALPHA));
            model.zeroGrad();
            objective.backward();
            double rate = 1.0 - 0.9 * k / STEPS;
            List<Value> parameters = model.parameters();
            for (Value p : parameters) {
                p.setData(p.data() - rate * p.grad());
            }
            first = k == 0 ? objective.data() : first;
            loss = objective.data();
            accuracy = (double) correct / y.length;
        }
        assertTrue(loss < first / 10, "the loss fell from " + first + " to " + loss);
        assertEquals(1.0, accuracy, "training accuracy at the last step (loss " + loss + ")");
    }
}
