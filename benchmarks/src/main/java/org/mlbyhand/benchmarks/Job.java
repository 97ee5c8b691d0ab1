package org.mlbyhand.benchmarks;

/**
 * One row of the table: a benchmark method at one size.
 *
 * @param kernel         what is computed, e.g. "A·B", or the model family, e.g. "k-means"
 * @param benchmarkClass the JMH class
 * @param method         the benchmark method
 * @param param          the name of the size parameter ("shape", "n" or "data")
 * @param size           its value
 * @param label          the implementation, as the table names it
 * @param family         "core", "exhibit", or the reference it is: "EJML", "native", "Smile", "by hand"
 * @param parallel       whether it uses every core (else one thread)
 * @param flops          floating-point operations per call, or 0 for kernels that only move data (and models)
 * @param shown          the size as the table prints it, e.g. "4096×64 · 64×64" or "10,000×20, depth 8"
 * @param rate           work per call the table divides by the time (kernel evaluations), or null
 */
record Job(String kernel, Class<?> benchmarkClass, String method, String param, String size, String label,
           String family, boolean parallel, double flops, String shown, Rate rate) {

    /** A kernel row: the size printed as {@link ResultTable#size} prints it, no rate. */
    Job(String kernel, Class<?> benchmarkClass, String method, String param, String size, String label,
        String family, boolean parallel, double flops) {
        this(kernel, benchmarkClass, method, param, size, label, family, parallel, flops, ResultTable.size(size), null);
    }

    /** The JMH include pattern that selects exactly this method. */
    String includePattern() {
        return "^" + benchmarkClass.getName().replace(".", "\\.") + "\\." + method + "$";
    }

    /**
     * Work done per call, counted outside the timed calls: the table prints perCall / time.
     *
     * @param perCall how many (for example, kernel evaluations in one fit)
     * @param unit    the column heading for perCall per second, in millions: "M kernel evaluations/s"
     */
    record Rate(double perCall, String unit) {
    }
}
