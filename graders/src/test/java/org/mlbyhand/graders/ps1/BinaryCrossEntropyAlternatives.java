package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.grading.Alternative;

/**
 * Correct binary cross-entropies written differently from core's (which takes softplus(−z) for y = 1
 * and softplus(z) for y = 0), each of which the grader must accept. The first two follow the stub,
 * softplus(z) − y·z, which cancels where y = 1 and z is large; the grader's random cases are drawn so
 * that this costs less than its tolerance ({@link LossConditioning}).
 */
final class BinaryCrossEntropyAlternatives {
    private BinaryCrossEntropyAlternatives() {
    }

    static final List<Alternative<ToDoubleBiFunction<int[], double[]>>> ALL = List.of(
            new Alternative<>("softplus(z) = max(z, 0) + log1p(e^(−|z|)), minus y·z", (y, z) -> {
                LabelChecks.binaryScores("loss", y, z);
                double sum = 0.0;
                for (int i = 0; i < y.length; i++) {
                    sum += Math.max(z[i], 0.0) + Math.log1p(Math.exp(-Math.abs(z[i]))) - y[i] * z[i];
                }
                return sum / y.length;
            }),
            new Alternative<>("the stub's two branches of softplus, positive and negative rows summed apart", (y, z) -> {
                LabelChecks.binaryScores("loss", y, z);
                double positives = 0.0;
                double negatives = 0.0;
                for (int i = 0; i < y.length; i++) {
                    double softplus = z[i] > 0 ? z[i] + Math.log1p(Math.exp(-z[i])) : Math.log1p(Math.exp(z[i]));
                    if (y[i] == 1) {
                        positives += softplus - z[i];
                    } else {
                        negatives += softplus;
                    }
                }
                return (positives + negatives) / y.length;
            }),
            new Alternative<>("labels mapped to ±1, each row log(1 + e^(−m)) of its margin m = (2y − 1)·z", (y, z) -> {
                LabelChecks.binaryScores("loss", y, z);
                double sum = 0.0;
                for (int i = 0; i < y.length; i++) {
                    double m = (2 * y[i] - 1) * z[i];
                    sum += m < 0 ? -m + Math.log1p(Math.exp(m)) : Math.log1p(Math.exp(-m));
                }
                return sum / y.length;
            }));

}
