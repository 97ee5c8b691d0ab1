package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.graders.ps4.DecisionFunctionGrader.Decision;
import org.mlbyhand.grading.Alternative;

/**
 * Correct decision functions computed otherwise than the reference (the kernel matrix times the
 * coefficients), each of which the grader must accept: each point's sum started at b, support vectors in
 * reverse order; and, for the linear kernel, w = Σₛ cₛ·svₛ formed first (scikit-learn's coef_) and
 * f = X·w + b, the loop for the others.
 */
final class DecisionFunctionAlternatives {
    private DecisionFunctionAlternatives() {
    }

    static final List<Alternative<Decision>> ALL = List.of(
            new Alternative<>("each sum started at b, the support vectors from the last", (X, SV, c, b, k) -> {
                SvmInputs.decision("svm-decision", X, SV, c);
                double[] f = new double[X.rows()];
                for (int r = 0; r < f.length; r++) {
                    double sum = b;
                    for (int s = SV.rows() - 1; s >= 0; s--) {
                        sum += c[s] * k.apply(X.row(r), SV.row(s));
                    }
                    f[r] = sum;
                }
                return f;
            }),
            new Alternative<>("linear kernel: w = Σₛ cₛ·svₛ first, then X·w + b", DecisionFunctionAlternatives::primal));

    private static double[] primal(Matrix X, Matrix SV, double[] c, double b, Kernel k) {
        SvmInputs.decision("svm-decision", X, SV, c);
        double[] f;
        if (k instanceof Kernel.Linear) {
            double[] w = SV.transpose().multiply(c);                  // (p)
            f = X.multiply(w);
        } else {
            f = new double[X.rows()];
            for (int r = 0; r < f.length; r++) {
                for (int s = 0; s < SV.rows(); s++) {
                    f[r] += c[s] * k.apply(SV.row(s), X.row(r));
                }
            }
        }
        for (int r = 0; r < f.length; r++) {
            f[r] += b;
        }
        return f;
    }
}
