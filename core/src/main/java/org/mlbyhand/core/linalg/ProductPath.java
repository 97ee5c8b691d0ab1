package org.mlbyhand.core.linalg;

/**
 * Which kernel {@link Matrix#multiply(Matrix)} (and everything built on it) uses for products too large
 * for the simple loop; chosen once, when the product is first used, and reported by
 * {@link MatrixMultiply#path()}. Both paths compute every entry as the same chain of fused multiply-adds
 * in order of p, so they give the same result bit for bit (see {@link MatrixMultiply}); they differ only
 * in speed.
 */
public enum ProductPath {
    /**
     * Cache blocking and tiling in plain Java 17, vectorized by the JIT ({@link MatrixMultiply#blocked},
     * {@link MatrixMultiply#parallel}). Always available; the path of a JVM started without flags.
     */
    PLAIN_JAVA,
    /**
     * Packed panels and a register tile of C through the incubating Vector API
     * ({@link MatrixMultiply#vectorApi}, {@link MatrixMultiply#vectorApiParallel}). Chosen when the JVM was
     * started with {@code --add-modules jdk.incubator.vector} on hardware with vectors of at least four
     * doubles (AVX2, AVX-512), unless {@code -Dmlbyhand.product=plain} asks for the plain path.
     */
    VECTOR_API
}
