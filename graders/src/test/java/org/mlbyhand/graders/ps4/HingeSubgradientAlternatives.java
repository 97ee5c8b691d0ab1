package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.graders.ps4.HingeSubgradientGrader.Subgradient;
import org.mlbyhand.grading.Alternative;

/**
 * Correct hinge subgradients computed otherwise than the reference's row loop, each of which the grader
 * must accept: with the scores as one product X·w and the sum as a product Xᵀv of the violators'
 * weights vᵢ = −sᵢ; and column by column over a mask of the violators.
 */
final class HingeSubgradientAlternatives {
    private HingeSubgradientAlternatives() {
    }

    static final List<Alternative<Subgradient>> ALL = List.of(
            new Alternative<>("z = X·w + b, v = −s on the violators, dw = Xᵀv, db = Σ v", (X, y, w, b) -> {
                SvmInputs.linear("hinge-subgrad", X, y, w, b);
                double[] z = X.multiply(w);                           // (n)
                double[] v = new double[z.length];
                double db = 0.0;
                for (int i = 0; i < z.length; i++) {
                    int s = y[i] == 1 ? 1 : -1;
                    v[i] = s * (z[i] + b) < 1.0 ? -s : 0.0;
                    db += v[i];
                }
                return new LinearGradient(X.transpose().multiply(v), db);
            }),
            new Alternative<>("a mask of the violators, then column by column", (X, y, w, b) -> {
                SvmInputs.linear("hinge-subgrad", X, y, w, b);
                int n = X.rows();
                boolean[] violates = new boolean[n];
                for (int i = 0; i < n; i++) {
                    double[] x = X.row(i);
                    double z = b;
                    for (int j = 0; j < x.length; j++) {
                        z += x[j] * w[j];
                    }
                    violates[i] = (2 * y[i] - 1) * z < 1.0;
                }
                double[] dw = new double[w.length];
                for (int j = 0; j < w.length; j++) {
                    for (int i = 0; i < n; i++) {
                        if (violates[i]) {
                            dw[j] -= (2 * y[i] - 1) * X.get(i, j);
                        }
                    }
                }
                double db = 0.0;
                for (int i = 0; i < n; i++) {
                    db -= violates[i] ? 2 * y[i] - 1 : 0;
                }
                return new LinearGradient(dw, db);
            }));
}
