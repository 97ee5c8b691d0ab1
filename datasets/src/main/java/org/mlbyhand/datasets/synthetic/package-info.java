/**
 * Seeded synthetic data sets in the spirit of scikit-learn's {@code make_*} functions: two moons,
 * concentric circles, Gaussian blobs, spirals, a linear regression with known coefficients and a
 * multi-class classification problem. Each takes a seed and returns a
 * {@link org.mlbyhand.datasets.Dataset}; the same arguments and seed give bit-identical data. Rows are
 * shuffled, so any prefix is a fair sample.
 *
 * <p>Reproducibility: all randomness comes from one {@link org.mlbyhand.core.random.Rng} per call, and
 * trigonometry uses {@link java.lang.StrictMath}, whose results are the same on every JVM.
 */
package org.mlbyhand.datasets.synthetic;
