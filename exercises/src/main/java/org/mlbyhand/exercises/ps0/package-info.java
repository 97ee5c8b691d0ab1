/**
 * Problem set 0, matrix numerics: the kernels and factorisations every later model stands on.
 * Solve them in order: matmul, transpose, matvec, forward, backward, cholesky, lstsq.
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=0}.
 */
package org.mlbyhand.exercises.ps0;
