package org.mlbyhand.core.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;

class ConditioningTest {
    @Test
    void theIdentityHasConditionNAndAScaledColumnAddsItsScale() {
        assertEquals(3.0, Conditioning.frobenius(Matrix.identity(3)), 1e-15);
        // A = diag(1, 10) stacked on a zero row: ‖A‖_F = √101, ‖A⁺‖_F = √1.01, κ_F = 10.1
        Matrix A = Matrix.of(new double[][] {{1, 0}, {0, 10}, {0, 0}});
        assertEquals(10.1, Conditioning.frobenius(A), 1e-13);
    }

    @Test
    void aRankDeficientMatrixHasAnInfiniteOrRoundOffSizedCondition() {
        assertEquals(Double.POSITIVE_INFINITY, Conditioning.frobenius(Matrix.of(new double[][] {{1, 0}, {0, 0}})));
        double kappa = Conditioning.frobenius(Matrix.of(new double[][] {{1, 1}, {2, 2}, {3, 3}}));
        assertTrue(kappa > 1e14, "κ_F = " + kappa);   // a pivot of round-off size, not exactly 0
    }
}
