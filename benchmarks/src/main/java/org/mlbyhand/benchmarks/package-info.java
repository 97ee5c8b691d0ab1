/**
 * JMH benchmarks of {@code core}'s dense kernels against EJML and native OpenBLAS (through Smile), and of its
 * model families against Smile, EJML and native LAPACK, one class per kernel or model family, each checking
 * that the implementation it times gives the right answer (or, between different algorithms, an agreeing
 * one) before timing it. {@link org.mlbyhand.benchmarks.BenchmarkTable} runs them and prints one table;
 * see README.md.
 */
package org.mlbyhand.benchmarks;
