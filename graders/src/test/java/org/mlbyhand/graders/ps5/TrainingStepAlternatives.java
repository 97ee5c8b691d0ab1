package org.mlbyhand.graders.ps5;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.graders.ps5.Signatures.TrainingStep;
import org.mlbyhand.grading.Alternative;

/** Correct training steps written differently from the reference, each of which the grader must accept. */
final class TrainingStepAlternatives {
    private TrainingStepAlternatives() {
    }

    static final List<Alternative<TrainingStep>> ALL = List.of(
            new Alternative<>("micrograd's demo: a list of per-point losses summed and times 1/n, each gradient zeroed"
                    + " by hand", (net, X, y, lr, alpha) -> {
                        List<Value> losses = new ArrayList<>();
                        for (int i = 0; i < y.length; i++) {
                            Value score = net.apply(X.get(i, 0), X.get(i, 1)).get(0);
                            losses.add(score.mul(y[i] == 1 ? -1.0 : 1.0).add(1.0).relu());
                        }
                        Value data = losses.get(0);
                        for (int i = 1; i < losses.size(); i++) {
                            data = data.add(losses.get(i));
                        }
                        Value reg = null;
                        for (Value p : net.parameters()) {
                            reg = reg == null ? p.mul(p) : reg.add(p.mul(p));
                        }
                        Value total = data.mul(1.0 / y.length).add(reg.mul(alpha));
                        for (Value p : net.parameters()) {
                            p.zeroGrad();
                        }
                        total.backward();
                        for (Value p : net.parameters()) {
                            p.setData(p.data() - lr * p.grad());
                        }
                        return total.data();
                    }),
            new Alternative<>("the margin as 1 − y′·score with sub, the penalty with pow(2), zeroGrad before the forward"
                    + " pass", (net, X, y, lr, alpha) -> {
                        net.zeroGrad();
                        Value reg = new Value(0.0);
                        for (Value p : net.parameters()) {
                            reg = reg.add(p.pow(2));
                        }
                        Value data = new Value(0.0);
                        for (int i = 0; i < y.length; i++) {
                            Value score = net.apply(X.row(i)).get(0);
                            data = data.add(new Value(1.0).sub(score.mul(2.0 * y[i] - 1.0)).relu());
                        }
                        Value total = reg.mul(alpha).add(data.div(y.length));
                        total.backward();
                        for (Value p : net.parameters()) {
                            p.setData(p.data() - lr * p.grad());
                        }
                        return total.data();
                    }));
}
