package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.graders.ps4.DecisionFunctionGrader.Decision;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the decision function, each a complete implementation the grader must reject. The
 * first hand-picked case (f = [0.75, 0.25]) gives each of the first four its own answer: [0.5, 0] without
 * b, [0.25, −0.25] with libsvm's −b, [1, 0.5] with b once per support vector, [1, 1] for the sign. The
 * last is right whenever the coefficients fit the support vectors, and fails only the rejection of a
 * dualCoef longer than them.
 */
final class DecisionFunctionBugs {
    private DecisionFunctionBugs() {
    }

    private enum Mistake {
        NO_INTERCEPT, MINUS_INTERCEPT, INTERCEPT_PER_SUPPORT_VECTOR, SIGN
    }

    static final List<Bug<Decision>> ALL = List.of(
            new Bug<>("intercept forgotten",
                    "the decision function is Σₛ cₛ·k(svₛ, x) + b: add the intercept b to every point's sum.",
                    (X, SV, c, b, k) -> decision(X, SV, c, b, k, Mistake.NO_INTERCEPT)),
            new Bug<>("intercept subtracted: Σ cₛ·k(svₛ, x) − b",
                    "scikit-learn's intercept_ is added: f(x) = Σₛ cₛ·k(svₛ, x) + b. (libsvm stores rho = −b and"
                            + " subtracts it; here you are given b.)",
                    (X, SV, c, b, k) -> decision(X, SV, c, b, k, Mistake.MINUS_INTERCEPT)),
            new Bug<>("intercept added once per support vector",
                    "b is added once per point, after the sum over the support vectors, not inside that loop.",
                    (X, SV, c, b, k) -> decision(X, SV, c, b, k, Mistake.INTERCEPT_PER_SUPPORT_VECTOR)),
            new Bug<>("the sign of f returned: the prediction, not the decision value",
                    "the decision function is the value f(x) itself, whose sign is the prediction and whose size"
                            + " says how far x is from the boundary: return the sum, not its sign.",
                    (X, SV, c, b, k) -> decision(X, SV, c, b, k, Mistake.SIGN)),
            new Bug<>("dualCoef's length not checked",
                    "there is one coefficient per support vector: throw ShapeMismatchException when dualCoef's"
                            + " length is not the number of rows of supportVectors (a longer one is silently cut"
                            + " short by a loop over the support vectors).",
                    (X, SV, c, b, k) -> {
                        if (X.cols() != SV.cols()) {
                            throw new ShapeMismatchException("svm-decision: columns differ");
                        }
                        return values(X, SV, c, b, k, null);
                    }));

    private static double[] decision(Matrix X, Matrix SV, double[] c, double b, Kernel k, Mistake mistake) {
        SvmInputs.decision("svm-decision", X, SV, c);
        return values(X, SV, c, b, k, mistake);
    }

    private static double[] values(Matrix X, Matrix SV, double[] c, double b, Kernel k, Mistake mistake) {
        double[] f = new double[X.rows()];
        for (int r = 0; r < f.length; r++) {
            double[] x = X.row(r);
            double sum = 0.0;
            for (int s = 0; s < SV.rows(); s++) {
                sum += c[s] * k.apply(SV.row(s), x);
                if (mistake == Mistake.INTERCEPT_PER_SUPPORT_VECTOR) {
                    sum += b;
                }
            }
            if (mistake == null || mistake == Mistake.SIGN) {
                sum += b;
            } else if (mistake == Mistake.MINUS_INTERCEPT) {
                sum -= b;
            }
            f[r] = mistake == Mistake.SIGN ? Math.signum(sum) : sum;
        }
        return f;
    }
}
