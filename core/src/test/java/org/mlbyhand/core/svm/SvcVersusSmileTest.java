package org.mlbyhand.core.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mlbyhand.core.golden.Close.assertClose;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;
import smile.base.svm.KernelMachine;
import smile.base.svm.LASVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;

/**
 * SVC against Smile 3.1.1's LASVM, only where that solver reaches the same optimum. Smile's SVM is LASVM
 * (Bordes et al. 2005): online passes over the data in a random order, then at most #SV "reprocess"
 * steps; with one epoch it stops far from the optimum (decision values off by 1e-3 to 1). What is
 * compared, and the mapping:
 * <ul>
 *   <li>the RBF kernel on moons, circles and standardized breast cancer (the two-class golden data) at
 *       C = 0.1, 1, 10 and our γ = "scale"; Smile's {@code GaussianKernel(σ)} is exp(−‖x − z‖²/(2σ²)),
 *       so σ = 1/√(2γ);</li>
 *   <li>LASVM(kernel, C, tol = 1e-10) with 10 epochs, seeded by {@code MathEx.setSeed}; labels +1 for
 *       class 1, −1 for class 0, so Smile's weights sᵢαᵢ are our dualCoef and its score our decision
 *       function;</li>
 *   <li>the same support vectors (as a set of training rows), their coefficients and the decision
 *       function on the golden probe points, to {@link Tolerances#SMILE_LASVM} (LASVM stops short of
 *       tol: its last pass takes at most #SV steps).</li>
 * </ul>
 * Not compared: the linear and polynomial kernels on circles, where the optimum has no free support
 * vector and the intercept is any point of an interval (LASVM and libsvm take different midpoints), and
 * the sigmoid kernel (not positive semi-definite: the answer depends on the path).
 */
class SvcVersusSmileTest {
    @ParameterizedTest
    @ValueSource(strings = {"svm_moons.json", "svm_circles.json", "svm_breast_cancer.json"})
    void lasvmRunForTenEpochsFindsOurRbfSolution(String file) {
        Golden g = Golden.load(file);
        Matrix X = g.matrix("X");
        int[] y = g.labels("y");
        Matrix P = g.matrix("P");
        double[][] x = X.toArray();
        int[] s = new int[y.length];
        Map<double[], Integer> rowOf = new IdentityHashMap<>();
        for (int i = 0; i < y.length; i++) {
            s[i] = 2 * y[i] - 1;
            rowOf.put(x[i], i);
        }
        for (double C : new double[] {0.1, 1.0, 10.0}) {
            SvcModel ours = new Svc().withC(C).withTol(Tolerances.TIGHT).fit(X, y);
            double gamma = ((Kernel.Rbf) ours.kernel()).gamma();
            MathEx.setSeed(19650218L);
            KernelMachine<double[]> theirs = new LASVM<>(new GaussianKernel(1 / Math.sqrt(2 * gamma)), C, Tolerances.TIGHT).fit(x, s, 10);
            String at = Cases.dataName(file) + ", rbf, C = " + C;
            int[] support = new int[theirs.vectors().length];
            double[] weight = new double[support.length];
            Integer[] order = new Integer[support.length];
            for (int q = 0; q < support.length; q++) {
                support[q] = rowOf.get(theirs.vectors()[q]);
                order[q] = q;
            }
            Arrays.sort(order, (p, q) -> Integer.compare(support[p], support[q]));
            int[] sortedSupport = new int[support.length];
            for (int q = 0; q < support.length; q++) {
                sortedSupport[q] = support[order[q]];
                weight[q] = theirs.weights()[order[q]];
            }
            int[] ourSupport = ours.supportIndices();
            double[] ourWeight = sortedByRow(ourSupport, ours.dualCoef().row(0));
            Arrays.sort(ourSupport);
            assertArrayEquals(ourSupport, sortedSupport, at + ": support vectors");
            assertClose(at + ": dual coefficients", ourWeight, weight, Tolerances.SMILE_LASVM);
            double[] score = new double[P.rows()];
            for (int i = 0; i < score.length; i++) {
                score[i] = theirs.score(P.row(i));
            }
            assertClose(at + ": decision function", ours.decisionFunction(P).column(0), score, Tolerances.SMILE_LASVM);
        }
    }

    /** Returns values reordered so that their training rows increase. */
    private static double[] sortedByRow(int[] rows, double[] values) {
        Integer[] order = new Integer[rows.length];
        for (int q = 0; q < rows.length; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (p, q) -> Integer.compare(rows[p], rows[q]));
        double[] sorted = new double[rows.length];
        for (int q = 0; q < rows.length; q++) {
            sorted[q] = values[order[q]];
        }
        return sorted;
    }
}
