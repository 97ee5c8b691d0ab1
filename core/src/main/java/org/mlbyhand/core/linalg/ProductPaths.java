package org.mlbyhand.core.linalg;

import java.util.Optional;

/**
 * The start-up choice between the two product paths ({@link ProductPath}), made once, the first time a
 * product needs it:
 * <pre>{@code
 *   -Dmlbyhand.product=plain                    →  PLAIN_JAVA   (for A/B comparisons)
 *   module jdk.incubator.vector not in the JVM  →  PLAIN_JAVA   (a JVM started without flags)
 *   vectors of fewer than 4 doubles             →  PLAIN_JAVA   (see below)
 *   otherwise                                   →  VECTOR_API
 * }</pre>
 * The Vector API kernel is compiled from its own source directory ({@code src/main/vector-api}) with
 * {@code --add-modules jdk.incubator.vector} and loaded here by name, through reflection: no other class
 * of core mentions the incubator module, so core loads and runs on a JVM that does not have it, and
 * prints nothing. If loading fails for any reason, the plain path is used.
 *
 * <p>Why four doubles: with 128-bit vectors (SSE only, or ARM's NEON) the register tile has two doubles per
 * register, and the plain kernel, vectorized by the JIT to the same width, was not measured against it; we
 * keep the plain path there until someone measures. The choice never changes a result, only the speed.
 */
final class ProductPaths {
    /** The system property that forces the plain path: {@code -Dmlbyhand.product=plain}. */
    static final String PROPERTY = "mlbyhand.product";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_KERNEL = "org.mlbyhand.core.linalg.VectorApiProduct";

    /** The plain kernel, always available. */
    static final TiledProduct PLAIN = BlockedProduct::multiply;

    private ProductPaths() {
    }

    /** The path in use; the choice is made on the first call and kept for the life of the JVM. */
    static ProductPath chosen() {
        return Chosen.PATH;
    }

    /** The kernel of the path in use. */
    static TiledProduct kernel() {
        return Chosen.KERNEL;
    }

    /** The Vector API kernel, if this JVM can run it (whatever the property says); empty otherwise. */
    static Optional<TiledProduct> vectorApi() {
        return Optional.ofNullable(Loaded.VECTOR);
    }

    /** Holder idiom: the choice is made when this class is first used, once, thread-safely. */
    private static final class Chosen {
        static final ProductPath PATH = "plain".equals(System.getProperty(PROPERTY)) || Loaded.VECTOR == null
                ? ProductPath.PLAIN_JAVA : ProductPath.VECTOR_API;
        static final TiledProduct KERNEL = PATH == ProductPath.VECTOR_API ? Loaded.VECTOR : PLAIN;
    }

    private static final class Loaded {
        static final TiledProduct VECTOR = loadVectorApi();
    }

    private static TiledProduct loadVectorApi() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return null;
        }
        try {
            // The constructor refuses (InvocationTargetException) vectors of fewer than 4 doubles.
            return (TiledProduct) Class.forName(VECTOR_KERNEL).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null; // also a core jar built without the vector source directory: stay plain
        }
    }
}
