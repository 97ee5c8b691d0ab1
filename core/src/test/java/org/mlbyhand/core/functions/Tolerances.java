package org.mlbyhand.core.functions;

/** Every tolerance of the activation and loss tests, in one place. Never loosen one to make a test pass. */
final class Tolerances {
    private Tolerances() {
    }

    /** Finite-difference gradient checks: central differences with step 1e-6 are good to about 1e-8. */
    static final double FINITE_DIFFERENCE = 1e-6;

    /** Results that a formula gives exactly up to a few roundings of numbers near 1. */
    static final double ROUNDING = 1e-13;

    /** Trials per property. */
    static final int TRIALS = 100;
}
