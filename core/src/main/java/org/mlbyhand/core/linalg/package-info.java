/**
 * Dense linear algebra: the {@link org.mlbyhand.core.linalg.Matrix} type (row-major {@code double[]}),
 * vector operations on {@code double[]}, and the kernels behind products. Everything above it in
 * {@code core} is built on this package.
 */
package org.mlbyhand.core.linalg;
