package org.mlbyhand.core.svm;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The matrix of the SVM dual, Q = diag(y)·K·diag(y),
 * <pre>{@code
 *   Q[i][j] = yᵢ·yⱼ·k(xᵢ, xⱼ)        i, j = 0 … l−1,   yᵢ = ±1
 * }</pre>
 * computed one row at a time, on demand, and kept in a least-recently-used cache of at most
 * {@code cacheSize} megabytes: SMO reads two rows per step, mostly the same few, so a cache much smaller
 * than the l×l matrix (which does not fit in memory for large l) saves most kernel evaluations. This is
 * libsvm's {@code SVC_Q} with its {@code Cache}, and like libsvm:
 * <ul>
 *   <li>rows are stored in single precision, {@code Q[i][j] = (float) (yᵢ·yⱼ·k(xᵢ, xⱼ))}: half the memory,
 *       twice the rows. The solver therefore solves the dual of the rounded matrix (relative error
 *       2⁻²⁴ ≈ 6e-8 per entry), exactly the problem libsvm, and so scikit-learn, solves; that is what
 *       lets {@link Svc}'s answers agree with scikit-learn's to 1e-6 and better;</li>
 *   <li>the diagonal Q[i][i] = k(xᵢ, xᵢ) is kept apart, in double precision, for every i;</li>
 *   <li>the cache holds at least two rows, whatever its size.</li>
 * </ul>
 * The cache changes only the speed: a row is the same float array whether it was kept or recomputed.
 *
 * <p>Not thread-safe: one solver owns one cache. Not immutable either: {@link #row} fills and evicts.
 */
public final class KernelCache {
    private final Kernel kernel;
    private final double[][] x;         // l rows of length p
    private final int[] y;              // ±1
    private final double[] diagonal;    // QD[i] = k(xᵢ, xᵢ)
    private final int capacity;         // rows kept
    private final LinkedHashMap<Integer, float[]> rows;
    private long evaluations;

    /**
     * Prepares Q for the rows of X with signs y. Computes the diagonal (l kernel evaluations) and no row.
     *
     * @param kernel    the kernel (not null)
     * @param X         l×p training rows, finite (not modified; copied)
     * @param y         length l, each +1 or −1 (not modified; copied)
     * @param cacheSize the memory for rows, in megabytes (scikit-learn's {@code cache_size}, default 200), &gt; 0
     * @throws ShapeMismatchException if y's length is not l
     * @throws IllegalArgumentException if a sign is not ±1, cacheSize is not finite and &gt; 0, or kernel is null
     */
    public KernelCache(Kernel kernel, Matrix X, int[] y, double cacheSize) {
        if (kernel == null) {
            throw new IllegalArgumentException("KernelCache: kernel is null");
        }
        if (y.length != X.rows()) {
            throw new ShapeMismatchException("KernelCache: X is " + X.shape() + ", y has length " + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 1 && y[i] != -1) {
                throw new IllegalArgumentException("KernelCache: y[" + i + "] = " + y[i] + "; the signs are +1 and −1");
            }
        }
        if (!(cacheSize > 0.0) || Double.isInfinite(cacheSize)) {
            throw new IllegalArgumentException("KernelCache: cacheSize must be finite and > 0 megabytes, got " + cacheSize);
        }
        this.kernel = kernel;
        this.x = X.toArray();
        this.y = y.clone();
        int l = y.length;
        this.diagonal = new double[l];
        for (int i = 0; i < l; i++) {
            diagonal[i] = kernel.apply(x[i], x[i]);
        }
        this.evaluations = l;
        long bytesPerRow = 4L * Math.max(l, 1);
        this.capacity = (int) Math.max(2, Math.min(l, (long) (cacheSize * (1 << 20)) / bytesPerRow));
        this.rows = new LinkedHashMap<>(16, 0.75f, true) {   // access order: eldest = least recently used
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Returns l, the number of rows (and columns) of Q. */
    public int size() {
        return y.length;
    }

    /** Returns the sign yᵢ = ±1 of row i. */
    public int sign(int i) {
        return y[i];
    }

    /**
     * Returns row i of Q, Q[i][j] = (float) (yᵢ·yⱼ·k(xᵢ, xⱼ)) for j = 0 … l−1, from the cache or computed
     * (l kernel evaluations) and cached, evicting the least recently used row if the cache is full.
     *
     * <p>For speed the array returned is the cache's own, not a copy: read it, never write it (a write
     * would change Q for every later reader).
     *
     * @throws IndexOutOfBoundsException if i is not in [0, l)
     */
    public float[] row(int i) {
        if (i < 0 || i >= y.length) {
            throw new IndexOutOfBoundsException("KernelCache.row: i = " + i + " is outside [0, " + y.length + ")");
        }
        float[] Qi = rows.get(i);
        if (Qi == null) {
            Qi = new float[y.length];
            for (int j = 0; j < Qi.length; j++) {
                Qi[j] = (float) (y[i] * y[j] * kernel.apply(x[i], x[j]));
            }
            evaluations += Qi.length;
            rows.put(i, Qi);
        }
        return Qi;
    }

    /** Returns Q[i][i] = k(xᵢ, xᵢ), in double precision (libsvm's {@code QD}). */
    public double diagonal(int i) {
        return diagonal[i];
    }

    /** Returns the number of rows the cache holds at most: min(l, max(2, cacheSize bytes / (4·l))). */
    public int capacity() {
        return capacity;
    }

    /** Returns the number of kernel evaluations so far (the diagonal's l included). */
    public long kernelEvaluations() {
        return evaluations;
    }
}
