package org.mlbyhand.core.linalg;

/**
 * The rungs of the matrix-multiply ladder as separate entry points, for benchmarks and for learners who
 * want to measure them; models just call {@link Matrix#multiply(Matrix)}, which picks the fastest. Each
 * method computes
 * <pre>{@code
 *   C = A·B,   Cᵢⱼ = Σₚ Aᵢₚ Bₚⱼ        A is m×k, B is k×n, C is m×n
 * }</pre>
 * into an output matrix that is overwritten, so the timing of a product does not include allocating it.
 *
 * <p><b>Two product paths.</b> {@link #blocked} and {@link #parallel} are plain Java 17, vectorized by
 * the JIT. {@link #vectorApi} and {@link #vectorApiParallel} keep a tile of C in vector registers through
 * the incubating Vector API, and need a JVM started with {@code --add-modules jdk.incubator.vector}. Which
 * one {@link Matrix#multiply(Matrix)} uses is decided once, at the first product, and reported by
 * {@link #path()}: the Vector API kernel if the JVM has the module (and vectors of at least four doubles),
 * the plain kernel otherwise or if the JVM was started with {@code -Dmlbyhand.product=plain}. A learner's
 * build passes no flag, so it runs the plain path and never sees the incubator's warning; the maintainers'
 * test profile runs core's tests on both paths, and the benchmarks run with the module.
 *
 * <p>Accuracy: {@link #naive} and {@link #loopOrder} round every product and every sum; {@link #blocked},
 * {@link #parallel}, {@link #vectorApi} and {@link #vectorApiParallel} use fused multiply-adds in the same
 * order of p (see the design notes in {@code MatrixProducts}) and agree with each other bit for bit,
 * whatever the path and the number of threads, and with {@link #naive} to within k·u·Σₚ|Aᵢₚ||Bₚⱼ| per
 * entry, u = 2⁻⁵³. So the two paths' results never differ, not even in the last bit, and neither do
 * grades or golden-file comparisons. Special values follow IEEE arithmetic: a NaN or infinity in A or B
 * reaches the entries of C that use it.
 */
public final class MatrixMultiply {
    private MatrixMultiply() {
    }

    /**
     * The definition: the i-j-k triple loop, each Cᵢⱼ one dot product of row i of A and column j of B.
     *
     * @param A m×k (not modified)
     * @param B k×n (not modified)
     * @param C m×n (overwritten); must be neither A nor B
     * @throws ShapeMismatchException if the shapes do not fit, naming all three
     * @throws IllegalArgumentException if C is A or B
     */
    public static void naive(Matrix A, Matrix B, Matrix C) {
        check("naive", A, B, C);
        MatrixProducts.multiplyNaive(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols());
    }

    /**
     * The same sums as {@link #naive}, bit for bit, in i-k-j loop order: row i of C accumulates Aᵢₚ times
     * row p of B, so the inner loop streams along rows instead of striding down a column.
     *
     * @param A m×k (not modified)
     * @param B k×n (not modified)
     * @param C m×n (overwritten); must be neither A nor B
     * @throws ShapeMismatchException if the shapes do not fit, naming all three
     * @throws IllegalArgumentException if C is A or B
     */
    public static void loopOrder(Matrix A, Matrix B, Matrix C) {
        check("loopOrder", A, B, C);
        MatrixProducts.multiplyLoopOrder(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols());
    }

    /**
     * Cache blocking and tiling on the calling thread only, in plain Java that the JIT vectorizes.
     *
     * @param A m×k (not modified)
     * @param B k×n (not modified)
     * @param C m×n (overwritten); must be neither A nor B
     * @throws ShapeMismatchException if the shapes do not fit, naming all three
     * @throws IllegalArgumentException if C is A or B
     */
    public static void blocked(Matrix A, Matrix B, Matrix C) {
        check("blocked", A, B, C);
        BlockedProduct.multiply(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols(), false);
    }

    /**
     * {@link #blocked}, with the rows of every block of C shared out to all cores through the common
     * fork-join pool, whatever the size (unlike {@link Matrix#multiply(Matrix)}, which stays on one thread
     * for small products). The result is bit-for-bit that of {@link #blocked}.
     *
     * @param A m×k (not modified)
     * @param B k×n (not modified)
     * @param C m×n (overwritten); must be neither A nor B
     * @throws ShapeMismatchException if the shapes do not fit, naming all three
     * @throws IllegalArgumentException if C is A or B
     */
    public static void parallel(Matrix A, Matrix B, Matrix C) {
        check("parallel", A, B, C);
        BlockedProduct.multiply(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols(), true);
    }

    /**
     * The kernel of the Vector API path: A and B packed into slivers, and a tile of C (6 rows × 2 vectors
     * with AVX2, 4 rows × 3 vectors with AVX-512) kept in registers for 256 steps of p, on the calling
     * thread only. The result is bit-for-bit that of {@link #blocked}.
     *
     * @param A m×k (not modified)
     * @param B k×n (not modified)
     * @param C m×n (overwritten); must be neither A nor B
     * @throws ShapeMismatchException if the shapes do not fit, naming all three
     * @throws IllegalArgumentException if C is A or B
     * @throws UnsupportedOperationException if this JVM cannot run the Vector API kernel (started without
     *         {@code --add-modules jdk.incubator.vector}, or vectors of fewer than four doubles)
     */
    public static void vectorApi(Matrix A, Matrix B, Matrix C) {
        check("vectorApi", A, B, C);
        vectorKernel("vectorApi").multiply(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols(), false);
    }

    /**
     * {@link #vectorApi} with the tiles of C shared out to all cores, as {@link #parallel} does, whatever the
     * size. The result is bit-for-bit that of {@link #blocked}.
     *
     * @param A m×k (not modified)
     * @param B k×n (not modified)
     * @param C m×n (overwritten); must be neither A nor B
     * @throws ShapeMismatchException if the shapes do not fit, naming all three
     * @throws IllegalArgumentException if C is A or B
     * @throws UnsupportedOperationException if this JVM cannot run the Vector API kernel
     */
    public static void vectorApiParallel(Matrix A, Matrix B, Matrix C) {
        check("vectorApiParallel", A, B, C);
        vectorKernel("vectorApiParallel").multiply(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols(), true);
    }

    /**
     * The product path that {@link Matrix#multiply(Matrix)} uses in this JVM: {@link ProductPath#VECTOR_API}
     * if the JVM was started with {@code --add-modules jdk.incubator.vector}, its vectors hold at least four
     * doubles, and {@code -Dmlbyhand.product=plain} is not set; {@link ProductPath#PLAIN_JAVA} otherwise.
     * Decided once, at the first call or product, and the same for the life of the JVM.
     */
    public static ProductPath path() {
        return ProductPaths.chosen();
    }

    private static TiledProduct vectorKernel(String name) {
        return ProductPaths.vectorApi().orElseThrow(() -> new UnsupportedOperationException(name
                + ": the Vector API kernel needs a JVM started with --add-modules " + ProductPaths.VECTOR_MODULE
                + " and vectors of at least 4 doubles (AVX2 or wider)"));
    }

    private static void check(String name, Matrix A, Matrix B, Matrix C) {
        String shapes = name + ": A is " + A.shape() + ", B is " + B.shape() + ", C is " + C.shape();
        if (A.cols() != B.rows()) {
            throw new ShapeMismatchException(shapes + " (A has " + A.cols() + " columns, B " + B.rows() + " rows)");
        }
        if (C.rows() != A.rows() || C.cols() != B.cols()) {
            throw new ShapeMismatchException(shapes + " (C must be " + A.rows() + "×" + B.cols() + ")");
        }
        if (C == A || C == B) {
            throw new IllegalArgumentException(name + ": the output C must not be the same matrix as "
                    + (C == A ? "A" : "B") + " (it is overwritten while A and B are read)");
        }
    }
}
