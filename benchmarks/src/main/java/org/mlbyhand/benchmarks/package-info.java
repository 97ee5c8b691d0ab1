/**
 * JMH benchmarks of {@code core}'s dense kernels against EJML and native OpenBLAS (through Smile), one class
 * per kernel family, each checking that the implementation it times gives the right answer before timing
 * it. {@link org.mlbyhand.benchmarks.BenchmarkTable} runs them and prints one table; see README.md.
 */
package org.mlbyhand.benchmarks;
