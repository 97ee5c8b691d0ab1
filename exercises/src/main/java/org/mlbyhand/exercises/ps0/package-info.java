/**
 * Problem set 0, matrix numerics: the kernels and factorisations every later model stands on.
 * Solve them in order: matmul, transpose, matvec, forward and back substitution, Cholesky, least
 * squares by Householder QR.
 */
package org.mlbyhand.exercises.ps0;
