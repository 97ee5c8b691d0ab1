package org.mlbyhand.core.linalg;

/**
 * A kernel for C = A·B on raw row-major arrays (A m×k, B k×n, C m×n): {@link BlockedProduct} (plain Java)
 * or {@code VectorApiProduct} (the Vector API, compiled and loaded only when that module is present; see
 * {@link ProductPaths}). C is overwritten, A and B are not modified, and every entry of C must be the
 * fused chain over p in order (see {@link MatrixProducts}), on one thread or on all.
 */
interface TiledProduct {
    /** C = A·B; on all cores if {@code parallel}, with the same result. */
    void multiply(double[] A, double[] B, double[] C, int m, int k, int n, boolean parallel);
}
