package org.mlbyhand.core.decompose;

/**
 * Every tolerance of the decomposition tests, in one place. The inputs are at most 12×12, so a
 * backward-stable algorithm's errors are a small multiple of n·u ≈ 1e-15; the tolerances leave
 * a margin of about a thousand for other JDKs' last-bit differences in the test-data generators,
 * and are the contract of issue #2. Never loosen one to make a test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /** Backward error ‖A − (product of the factors)‖_F / ‖A‖_F, any condition number. */
    static final double RECONSTRUCTION = 1e-12;

    /** ‖QᵀQ − I‖_F for every factor that should have orthonormal columns. */
    static final double ORTHOGONALITY = 1e-12;

    /** Eigenvalues and singular values against EJML's: max |difference| / max |value|. */
    static final double SPECTRUM = 1e-10;

    /** Factors (Cholesky's L, QR's R) of well-conditioned inputs against EJML's, relative Frobenius. */
    static final double FACTOR_AGREEMENT = 1e-12;

    /** Solutions of well-conditioned problems against EJML's, relative 2-norm. */
    static final double SOLUTION_AGREEMENT = 1e-10;

    /**
     * Residual invariants that need no reference, scaled by the sizes a backward-stable solve answers
     * to: ‖T·x − b‖ ≤ RESIDUAL·‖T‖‖x‖, and ‖Aᵀ(A·x − b)‖ ≤ RESIDUAL·‖A‖·(‖A‖‖x‖ + ‖b‖).
     */
    static final double RESIDUAL = 1e-12;

    /** Eigenvector against EJML's (up to sign) when its eigenvalue is separated from the rest by ≥ 1% of ‖S‖. */
    static final double SEPARATED_EIGENVECTOR = 1e-10;

    /** Condition number at which the ill-conditioned properties run (issue #2: "up to ~1e8"). */
    static final double ILL_CONDITIONED = 1e8;

    /** Trials per property. */
    static final int TRIALS = 200;
}
