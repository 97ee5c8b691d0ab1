package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

class BidiagonalQrTest {
    /**
     * Relative error of every singular value of a graded bidiagonal: Demmel and Kahan's bound is about
     * 70·n·u per value (n = 10 here, so ≈ 1e-13); Jacobi on the same matrix is as accurate.
     */
    private static final double RELATIVE_SIGMA = 1e-12;

    @Test
    void gradedBidiagonalsGetEverySingularValueToHighRelativeAccuracy() {
        // Entries from 1 down to 1e-90 (the chase runs top to bottom), and reversed (bottom to top).
        Rng rng = new Rng(72L);
        for (int trial = 0; trial < 20; trial++) {
            int n = 10;
            double[] d = new double[n];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = rng.uniform(0.5, 2.0) * Math.pow(10, -10 * i);
                e[i] = i < n - 1 ? rng.uniform(0.5, 2.0) * Math.pow(10, -10 * i - 5) : 0.0;
            }
            assertRelativelyAccurate(d, e, "decreasing, trial " + trial);
            double[] dr = new double[n];
            double[] er = new double[n];
            for (int i = 0; i < n; i++) {
                dr[i] = d[n - 1 - i];
                er[i] = i < n - 1 ? e[n - 2 - i] : 0.0;
            }
            assertRelativelyAccurate(dr, er, "increasing, trial " + trial);
        }
    }

    @Test
    void aZeroOnTheDiagonalDeflatesAndTheFactorsStayOrthogonal() {
        // B with d₂ = 0: a zero singular value, found by the zero-shift sweeps.
        double[] d = {2, 1, 0, 3, 0.5};
        double[] e = {1, 1, 1, 1, 0};
        Matrix B = dense(d, e);
        double[][] U = identity(5);
        double[][] V = identity(5);
        BidiagonalQr.diagonalize(d, e, U, V);
        assertFactors(B, d, U, V);
        double smallest = Double.POSITIVE_INFINITY;
        for (double s : d) {
            smallest = Math.min(smallest, s);
        }
        assertEquals(0.0, smallest, 1e-15, "a zero on the diagonal makes B singular");
    }

    @Test
    void randomBidiagonalsDecompose() {
        Rng rng = new Rng(73L);
        for (int trial = 0; trial < 100; trial++) {
            int n = rng.nextInt(1, 40);
            double[] d = new double[n];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = rng.nextGaussian();
                e[i] = i < n - 1 ? rng.nextGaussian() : 0.0;
            }
            Matrix B = dense(d, e);
            double[][] U = identity(n);
            double[][] V = identity(n);
            BidiagonalQr.diagonalize(d, e, U, V);
            assertFactors(B, d, U, V);
        }
    }

    private static void assertRelativelyAccurate(double[] d, double[] e, String what) {
        int n = d.length;
        Matrix B = dense(d, e);
        double[] expected = Svd.jacobi(B).singularValues();
        double[][] U = identity(n);
        double[][] V = identity(n);
        double[] sigma = d.clone();
        BidiagonalQr.diagonalize(sigma, e.clone(), U, V);
        java.util.Arrays.sort(sigma);
        for (int j = 0; j < n; j++) {
            double s = sigma[n - 1 - j];
            double error = Math.abs(s - expected[j]) / expected[j];
            assertTrue(error <= RELATIVE_SIGMA, Errors.against(what + ": |σ" + j + " − σ" + j + "(Jacobi)|/σ" + j
                    + " with σ" + j + " = " + expected[j], error, RELATIVE_SIGMA));
        }
    }

    private static void assertFactors(Matrix B, double[] sigma, double[][] U, double[][] V) {
        for (double s : sigma) {
            assertTrue(s >= 0.0, "σ ≥ 0, got " + s);
        }
        Matrix Um = Matrix.of(U).transpose();                // U[j] is column j
        Matrix Vm = Matrix.of(V).transpose();
        double reconstruction = Errors.relative(B, Errors.product(Um, sigma, Vm));
        assertTrue(reconstruction <= Tolerances.RECONSTRUCTION,
                Errors.against("‖B − UΣVᵀ‖/‖B‖", reconstruction, Tolerances.RECONSTRUCTION));
        double orthogonality = Math.max(Errors.orthogonality(Um), Errors.orthogonality(Vm));
        assertTrue(orthogonality <= Tolerances.ORTHOGONALITY,
                Errors.against("max(‖UᵀU − I‖, ‖VᵀV − I‖)", orthogonality, Tolerances.ORTHOGONALITY));
    }

    private static Matrix dense(double[] d, double[] e) {
        int n = d.length;
        Matrix B = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            B.set(i, i, d[i]);
            if (i < n - 1) {
                B.set(i, i + 1, e[i]);
            }
        }
        return B;
    }

    private static double[][] identity(int n) {
        double[][] I = new double[n][n];
        for (int i = 0; i < n; i++) {
            I[i][i] = 1.0;
        }
        return I;
    }
}
