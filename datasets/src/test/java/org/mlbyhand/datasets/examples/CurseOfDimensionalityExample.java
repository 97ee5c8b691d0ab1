package org.mlbyhand.datasets.examples;

import java.util.Locale;
import org.mlbyhand.core.neighbors.CurseOfDimensionality;

/**
 * The curse of dimensionality, measured: for 200 points drawn uniformly from the cube [0, 1]ᵈ, the
 * mean ratio of each point's nearest to its farthest neighbour distance, for d = 1 … 1000,
 * <pre>{@code
 *   ratio(d) = (1/n) Σᵢ  min_{j≠i} ‖xᵢ − xⱼ‖ / max_{j≠i} ‖xᵢ − xⱼ‖
 * }</pre>
 * with a bar per row. Near 0 in one dimension, it climbs towards 1: in high dimension every point is
 * about as far from all the others, and "the k nearest neighbours" stops meaning much (see
 * {@link CurseOfDimensionality} for why). Run it from the repository root:
 * <pre>
 *   ./mvnw -q -pl datasets -am compile
 *   java -cp core/target/classes datasets/src/test/java/org/mlbyhand/datasets/examples/CurseOfDimensionalityExample.java
 * </pre>
 */
public final class CurseOfDimensionalityExample {
    /** The number of points and the seed of the run the README shows. */
    static final int POINTS = 200;
    static final long SEED = 42L;

    private CurseOfDimensionalityExample() {
    }

    /** Returns the table: one row per dimension, its ratio and a bar of 50 characters for ratio 1. */
    static String table(int[] dimensions, double[] ratios) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%6s  %-7s  %s%n", "d", "ratio", "nearest / farthest"));
        for (int k = 0; k < dimensions.length; k++) {
            s.append(String.format(Locale.ROOT, "%6d  %.4f  %s%n", dimensions[k], ratios[k],
                    "█".repeat((int) Math.round(50 * ratios[k]))));
        }
        return s.toString();
    }

    public static void main(String[] args) {
        int[] d = CurseOfDimensionality.dimensions();
        double[] ratios = CurseOfDimensionality.meanRatios(d, POINTS, SEED);
        System.out.printf(Locale.ROOT, "%d points uniform in [0, 1]^d, seed %d: mean nearest / farthest distance%n%n",
                POINTS, SEED);
        System.out.print(table(d, ratios));
    }
}
