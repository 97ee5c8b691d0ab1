package org.mlbyhand.core.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class LossesTest {
    private static final double H = 1e-6;
    private static final CaseGen LINEAR = CaseGen.create().dim("n", 1, 10).dim("p", 1, 5)
            .matrix("X", "n", "p").vector("y", "n").vector("w", "p").scalar("b", -2, 2);
    private static final CaseGen SOFTMAX = CaseGen.create().dim("n", 1, 8).dim("p", 1, 4).dim("k", 2, 4)
            .matrix("X", "n", "p").matrix("W", "k", "p").vector("b", "k");

    @Test
    void mseIsTheMeanOfSquaredErrors() {
        assertEquals((1 + 4 + 0) / 3.0, Losses.mseLoss(new double[] {1, 2, 3}, new double[] {2, 0, 3}), Tolerances.ROUNDING);
        assertThrows(ShapeMismatchException.class, () -> Losses.mseLoss(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> Losses.mseLoss(new double[0], new double[0]));
    }

    @Test
    void theMseGradientMatchesCentralDifferences() {
        Property.forAll(LINEAR, 1L, Tolerances.TRIALS, c -> {
            LinearGradient g = Losses.mseGradient(c.matrix("X"), c.vector("y"), c.vector("w"), c.scalar("b"));
            checkLinearGradient(c, g, (w, b) -> Losses.mseLoss(c.vector("y"), predict(c.matrix("X"), w, b)));
        });
    }

    @Test
    void theBinaryCrossEntropyGradientMatchesCentralDifferences() {
        Property.forAll(LINEAR, 2L, Tolerances.TRIALS, c -> {
            int[] y = labels(c.vector("y"));
            LinearGradient g = Losses.binaryCrossEntropyGradient(c.matrix("X"), y, c.vector("w"), c.scalar("b"));
            checkLinearGradient(c, g, (w, b) -> Losses.binaryCrossEntropy(y, predict(c.matrix("X"), w, b)));
        });
    }

    @Test
    void binaryCrossEntropyFromScoresEqualsTheTextbookFormulaAndStaysFiniteInTheTails() {
        double[] z = {-3, -0.2, 0, 1.5, 4};
        int[] y = {0, 1, 1, 0, 1};
        double naive = 0;
        for (int i = 0; i < z.length; i++) {
            double p = 1 / (1 + Math.exp(-z[i]));
            naive -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
        }
        assertEquals(naive / z.length, Losses.binaryCrossEntropy(y, z), 1e-14);
        assertEquals(1000.0, Losses.binaryCrossEntropy(new int[] {0}, new double[] {1000}), "the naive formula gives ∞");
        assertEquals(1000.0, Losses.binaryCrossEntropy(new int[] {1}, new double[] {-1000}));
        assertThrows(IllegalArgumentException.class, () -> Losses.binaryCrossEntropy(new int[] {2}, new double[] {0}));
    }

    @Test
    void softmaxCrossEntropyWithTwoClassesIsTheBinaryCrossEntropyOfTheScoreDifference() {
        double[] z = {-3, -0.2, 0, 1.5, 700};
        int[] y = {0, 1, 1, 0, 1};
        Matrix Z = Matrix.zeros(5, 2);
        for (int i = 0; i < 5; i++) {
            Z.set(i, 0, 0.7);
            Z.set(i, 1, 0.7 + z[i]);
        }
        assertEquals(Losses.binaryCrossEntropy(y, z), Losses.softmaxCrossEntropy(y, Z), 1e-14);
    }

    @Test
    void theSoftmaxCrossEntropyGradientMatchesCentralDifferences() {
        Property.forAll(SOFTMAX, 3L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("X");
            int k = c.dim("k");
            int[] y = new int[X.rows()];
            for (int i = 0; i < y.length; i++) {
                y[i] = (i * 7 + 3) % k;
            }
            SoftmaxGradient g = Losses.softmaxCrossEntropyGradient(X, y, c.matrix("W"), c.vector("b"));
            for (int r = 0; r < k; r++) {
                for (int j = 0; j < X.cols(); j++) {
                    Matrix Wp = c.matrix("W").copy();
                    Matrix Wm = c.matrix("W").copy();
                    Wp.set(r, j, Wp.get(r, j) + H);
                    Wm.set(r, j, Wm.get(r, j) - H);
                    double fd = (Losses.softmaxCrossEntropy(y, Affine.scores(X, Wp, c.vector("b")))
                            - Losses.softmaxCrossEntropy(y, Affine.scores(X, Wm, c.vector("b")))) / (2 * H);
                    assertEquals(fd, g.dW().get(r, j), Tolerances.FINITE_DIFFERENCE, "dW[" + r + "][" + j + "]");
                }
                double[] bp = c.vector("b").clone();
                double[] bm = c.vector("b").clone();
                bp[r] += H;
                bm[r] -= H;
                double fd = (Losses.softmaxCrossEntropy(y, Affine.scores(X, c.matrix("W"), bp))
                        - Losses.softmaxCrossEntropy(y, Affine.scores(X, c.matrix("W"), bm))) / (2 * H);
                assertEquals(fd, g.db()[r], Tolerances.FINITE_DIFFERENCE, "db[" + r + "]");
            }
        });
    }

    @Test
    void labelsOutsideTheClassesAreRejectedWithTheirIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.softmaxCrossEntropy(new int[] {0, 3}, Matrix.zeros(2, 3)));
        assertEquals("softmaxCrossEntropy: y[1] = 3 is outside [0, 3)", e.getMessage());
    }

    private interface Loss {
        double at(double[] w, double b);
    }

    private static void checkLinearGradient(Case c, LinearGradient g, Loss loss) {
        double[] w = c.vector("w");
        double b = c.scalar("b");
        for (int j = 0; j < w.length; j++) {
            double[] wp = w.clone();
            double[] wm = w.clone();
            wp[j] += H;
            wm[j] -= H;
            double fd = (loss.at(wp, b) - loss.at(wm, b)) / (2 * H);
            double tol = Tolerances.FINITE_DIFFERENCE * (1 + Math.abs(fd));
            assertEquals(fd, g.dw()[j], tol, "dw[" + j + "]");
        }
        double fd = (loss.at(w, b + H) - loss.at(w, b - H)) / (2 * H);
        assertEquals(fd, g.db(), Tolerances.FINITE_DIFFERENCE * (1 + Math.abs(fd)), "db");
    }

    private static double[] predict(Matrix X, double[] w, double b) {
        double[] z = X.multiply(w);
        for (int i = 0; i < z.length; i++) {
            z[i] += b;
        }
        return z;
    }

    private static int[] labels(double[] v) {
        int[] y = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            y[i] = v[i] > 0 ? 1 : 0;
        }
        return y;
    }
}
