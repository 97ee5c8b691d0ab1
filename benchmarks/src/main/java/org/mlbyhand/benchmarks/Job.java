package org.mlbyhand.benchmarks;

/**
 * One row of the table: a benchmark method at one size.
 *
 * @param kernel         what is computed, e.g. "A·B"
 * @param benchmarkClass the JMH class
 * @param method         the benchmark method
 * @param param          the name of the size parameter ("shape" or "n")
 * @param size           its value
 * @param label          the implementation, as the table names it
 * @param family         "core", "EJML" or "native": whose implementation it is
 * @param parallel       whether it uses every core (else one thread)
 * @param flops          floating-point operations per call, or 0 for kernels that only move data
 */
record Job(String kernel, Class<?> benchmarkClass, String method, String param, String size, String label,
           String family, boolean parallel, double flops) {

    /** The JMH include pattern that selects exactly this method. */
    String includePattern() {
        return "^" + benchmarkClass.getName().replace(".", "\\.") + "\\." + method + "$";
    }
}
