package org.mlbyhand.core.autograd;

import static org.mlbyhand.core.autograd.TorchParity.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * micrograd's README expression on both engines, a shared subexpression, and a small MLP's loss and
 * every parameter gradient on tensors, against PyTorch 1.13 to 1e-12 (golden file torch_micrograd.json).
 */
@ExtendWith(TorchParity.class)
class MicrogradParityTest {
    private static final TorchGolden GOLDEN = TorchGolden.load("torch_micrograd.json");

    @Test
    void readmeExpressionOnValuesGivesMicrogradsNumbers() {
        Value a = new Value(-4.0);
        Value b = new Value(2.0);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(new Value(1).add(c).add(a.neg()));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(new Value(3).mul(d).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2.0);
        g = g.add(new Value(10.0).div(f));
        g.backward();
        TorchGolden readme = GOLDEN.object("readme");
        assertClose("composites", "micrograd README (Value)", "g", readme.number("g"), g.data());
        assertClose("composites", "micrograd README (Value)", "dg/da", readme.number("a_grad"), a.grad());
        assertClose("composites", "micrograd README (Value)", "dg/db", readme.number("b_grad"), b.grad());
    }

    @Test
    void readmeExpressionOnZeroDimensionalTensorsGivesTheSameNumbers() {
        Tensor a = Tensors.scalar(-4.0).requiringGrad();
        Tensor b = Tensors.scalar(2.0).requiringGrad();
        Tensor c = a.add(b);
        Tensor d = a.mul(b).add(b.pow(3));
        c = c.add(c).add(1);
        c = c.add(1).add(c).add(a.neg());
        d = d.add(d.mul(2)).add(b.add(a).relu());
        d = d.add(Tensors.scalar(3).mul(d)).add(b.sub(a).relu());
        Tensor e = c.sub(d);
        Tensor f = e.pow(2);
        Tensor g = f.div(2.0);
        g = g.add(Tensors.scalar(10.0).div(f));
        g.backward();
        TorchGolden readme = GOLDEN.object("readme");
        assertClose("composites", "micrograd README (Tensor)", "g", readme.number("g"), g.item());
        assertClose("composites", "micrograd README (Tensor)", "dg/da", readme.number("a_grad"), a.grad().item());
        assertClose("composites", "micrograd README (Tensor)", "dg/db", readme.number("b_grad"), b.grad().item());
    }

    @Test
    void aSubexpressionUsedThreeTimesGetsAllThreeContributions() {
        TorchGolden shared = GOLDEN.object("shared");
        Tensor x = shared.tensor("x").requiringGrad();
        Tensor y = x.tanh();
        Tensor z = y.mul(y).add(y.exp().mul(x)).sum();
        z.backward();
        assertClose("composites", "shared subexpression", "z", shared.number("z"), z.item());
        assertClose("composites", "shared subexpression", "dz/dx", shared.tensor("x_grad"), x.grad());
    }

    @Test
    void smallMlpLossAndEveryParameterGradientMatchOnTensors() {
        TorchGolden mlp = GOLDEN.object("mlp");
        List<Tensor> W = mlp.tensors("W").stream().map(Tensor::requiringGrad).toList();
        List<Tensor> b = mlp.tensors("b").stream().map(Tensor::requiringGrad).toList();
        Tensor X = mlp.tensor("X");                                        // (6, 3)
        Tensor y = Tensors.of(mlp.numbers("y"));                          // (6,)
        Tensor h = X;
        for (int i = 0; i < W.size(); i++) {
            h = h.matmul(W.get(i).transpose(0, 1)).add(b.get(i));         // (6, out)
            h = i < W.size() - 1 ? h.relu() : h;
        }
        Tensor scores = h.squeeze(1);                                      // (6,)
        Tensor dataLoss = Tensors.scalar(1).sub(y.mul(scores)).relu().mean();
        Tensor reg = Tensors.scalar(0);
        for (Tensor p : concat(W, b)) {
            reg = reg.add(p.mul(p).sum());
        }
        Tensor loss = dataLoss.add(reg.mul(mlp.number("alpha")));
        loss.backward();
        assertClose("composites", "MLP 3-4-4-1 (Tensor)", "scores", mlp.tensor("scores"), scores);
        assertClose("composites", "MLP 3-4-4-1 (Tensor)", "loss", mlp.number("loss"), loss.item());
        for (int i = 0; i < W.size(); i++) {
            assertClose("composites", "MLP 3-4-4-1 (Tensor)", "dL/dW" + i, mlp.tensors("W_grad").get(i), W.get(i).grad());
            assertClose("composites", "MLP 3-4-4-1 (Tensor)", "dL/db" + i, mlp.tensors("b_grad").get(i), b.get(i).grad());
        }
    }

    private static List<Tensor> concat(List<Tensor> a, List<Tensor> b) {
        List<Tensor> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
