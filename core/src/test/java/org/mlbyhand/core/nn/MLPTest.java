package org.mlbyhand.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.autograd.TorchParity.assertClose;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.autograd.Tensor;
import org.mlbyhand.core.autograd.TorchGolden;
import org.mlbyhand.core.autograd.TorchParity;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.linalg.ShapeMismatchException;

@ExtendWith(TorchParity.class)
class MLPTest {

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        List<Double> a = values(new MLP(2, new int[] {16, 16, 1}, 7).parameters());
        assertEquals(a, values(new MLP(2, new int[] {16, 16, 1}, 7).parameters()));
        assertNotEquals(a, values(new MLP(2, new int[] {16, 16, 1}, 8).parameters()));
    }

    @Test
    void aNetworkHasOneWeightPerInputAndOneBiasPerNeuronWeightsInMinusOneToOneBiasesZero() {
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1);
        assertEquals((2 + 1) * 16 + (16 + 1) * 16 + (16 + 1), model.parameters().size());
        Layer layer = new Layer(3, 2, true, new org.mlbyhand.core.random.Rng(5));
        List<Value> p = layer.parameters();                      // w0 w1 w2 b | w0 w1 w2 b
        for (int k = 0; k < p.size(); k++) {
            double v = p.get(k).data();
            assertTrue(k % 4 == 3 ? v == 0.0 : v >= -1 && v < 1, "parameter " + k + " = " + v);
        }
    }

    @Test
    void theLastLayerIsLinearAndTheOthersRelu() {
        MLP model = new MLP(1, new int[] {1, 1}, 3);
        List<Value> p = model.parameters();                     // w, b of layer 0; w, b of layer 1
        p.get(0).setData(1.0);
        p.get(2).setData(-1.0);
        assertEquals(0.0, model.apply(-2.0).get(0).data(), "relu(−2) = 0, then −1·0 = 0");
        assertEquals(-2.0, model.apply(2.0).get(0).data(), "relu(2) = 2, then the linear −1·2 = −2");
    }

    @Test
    void zeroGradResetsEveryParameter() {
        MLP model = new MLP(2, new int[] {3, 1}, 4);
        model.apply(0.5, -0.25).get(0).backward();
        model.zeroGrad();
        for (Value p : model.parameters()) {
            assertEquals(0.0, p.grad());
        }
    }

    @Test
    void aNeuronRefusesInputsOfTheWrongLength() {
        MLP model = new MLP(2, new int[] {1}, 4);
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> model.apply(1.0, 2.0, 3.0));
        assertEquals("Neuron: 2 weights, 3 inputs", e.getMessage());
    }

    /** The 3-4-4-1 MLP of torch_micrograd.json, on the scalar engine with micrograd's demo loss. */
    @Test
    void smallMlpLossAndEveryParameterGradientMatchPyTorchOnValues() {
        TorchGolden mlp = TorchGolden.load("torch_micrograd.json").object("mlp");
        int[] sizes = mlp.ints("sizes");
        MLP model = new MLP(sizes[0], java.util.Arrays.copyOfRange(sizes, 1, sizes.length), 0);
        List<Tensor> W = mlp.tensors("W");                      // W[i] (out, in): row j is neuron j's weights
        List<Tensor> b = mlp.tensors("b");
        List<Value> params = model.parameters();                 // layer by layer, neuron by neuron: w…, b
        int k = 0;
        for (int i = 0; i < W.size(); i++) {
            for (int j = 0; j < W.get(i).size(0); j++) {
                for (int q = 0; q < W.get(i).size(1); q++) {
                    params.get(k++).setData(W.get(i).get(j, q));
                }
                params.get(k++).setData(b.get(i).get(j));
            }
        }
        Tensor X = mlp.tensor("X");
        double[] y = mlp.numbers("y");
        Value dataLoss = new Value(0);
        for (int r = 0; r < y.length; r++) {
            Value score = model.apply(X.get(r, 0), X.get(r, 1), X.get(r, 2)).get(0);
            assertClose("composites", "MLP 3-4-4-1 (Value, nn)", "score " + r, mlp.tensor("scores").get(r), score.data());
            dataLoss = dataLoss.add(score.mul(-y[r]).add(1).relu());
        }
        Value reg = new Value(0);
        for (Value p : params) {
            reg = reg.add(p.mul(p));
        }
        Value loss = dataLoss.div(y.length).add(reg.mul(mlp.number("alpha")));
        model.zeroGrad();
        loss.backward();
        assertClose("composites", "MLP 3-4-4-1 (Value, nn)", "loss", mlp.number("loss"), loss.data());
        k = 0;
        for (int i = 0; i < W.size(); i++) {
            Tensor dW = mlp.tensors("W_grad").get(i);
            for (int j = 0; j < dW.size(0); j++) {
                for (int q = 0; q < dW.size(1); q++) {
                    assertClose("composites", "MLP 3-4-4-1 (Value, nn)", "dL/dW" + i + "[" + j + "][" + q + "]",
                            dW.get(j, q), params.get(k++).grad());
                }
                assertClose("composites", "MLP 3-4-4-1 (Value, nn)", "dL/db" + i + "[" + j + "]",
                        mlp.tensors("b_grad").get(i).get(j), params.get(k++).grad());
            }
        }
    }

    private static List<Double> values(List<Value> params) {
        List<Double> v = new ArrayList<>();
        params.forEach(p -> v.add(p.data()));
        return v;
    }
}
