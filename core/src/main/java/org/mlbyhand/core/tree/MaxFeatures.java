package org.mlbyhand.core.tree;

import java.util.Objects;

/**
 * How many features a tree examines at each node, scikit-learn's {@code max_features}, resolved
 * against the number of features p when the tree is fitted:
 * <pre>{@code
 *   all()            m = p                          (scikit-learn None, the trees' default)
 *   count(m)         m                              (an int; must be ≤ p at fit)
 *   fraction(f)      m = max(1, ⌊f·p⌋)              (a float in (0, 1])
 *   sqrt()           m = max(1, ⌊√p⌋)               ('sqrt', random forests' classifier default)
 *   log2()           m = max(1, ⌊log₂ p⌋)           ('log2')
 * }</pre>
 * With m &lt; p, each node draws features without replacement (Fisher–Yates, from the tree's seed)
 * until m non-constant ones have been examined; constant features do not count, so the search may look
 * at more than m. Immutable.
 */
public final class MaxFeatures {
    private enum Kind { ALL, COUNT, FRACTION, SQRT, LOG2 }

    private static final MaxFeatures ALL = new MaxFeatures(Kind.ALL, 0, 0.0);
    private static final MaxFeatures SQRT = new MaxFeatures(Kind.SQRT, 0, 0.0);
    private static final MaxFeatures LOG2 = new MaxFeatures(Kind.LOG2, 0, 0.0);

    private final Kind kind;
    private final int count;
    private final double fraction;

    private MaxFeatures(Kind kind, int count, double fraction) {
        this.kind = kind;
        this.count = count;
        this.fraction = fraction;
    }

    /** Every feature at every node (scikit-learn's None). */
    public static MaxFeatures all() {
        return ALL;
    }

    /**
     * Exactly m features per node.
     *
     * @throws IllegalArgumentException if m &lt; 1
     */
    public static MaxFeatures count(int m) {
        return new MaxFeatures(Kind.COUNT, TreeInputs.atLeastOne("MaxFeatures.count", "m", m), 0.0);
    }

    /**
     * max(1, ⌊f·p⌋) features per node.
     *
     * @throws IllegalArgumentException if f is not in (0, 1]
     */
    public static MaxFeatures fraction(double f) {
        if (!(f > 0.0 && f <= 1.0)) {
            throw new IllegalArgumentException("MaxFeatures.fraction: f must be in (0, 1], got " + f);
        }
        return new MaxFeatures(Kind.FRACTION, 0, f);
    }

    /** max(1, ⌊√p⌋) features per node. */
    public static MaxFeatures sqrt() {
        return SQRT;
    }

    /** max(1, ⌊log₂ p⌋) features per node. */
    public static MaxFeatures log2() {
        return LOG2;
    }

    /**
     * Returns m for p features, by the table in the class comment (⌊log₂ p⌋ computed exactly on the
     * integer p).
     *
     * @param p the number of features, ≥ 1
     * @return m in [1, p]
     * @throws IllegalArgumentException if this is count(m) with m &gt; p
     */
    public int resolve(int p) {
        return switch (kind) {
            case ALL -> p;
            case COUNT -> {
                if (count > p) {
                    throw new IllegalArgumentException("MaxFeatures.resolve: maxFeatures = " + count + " but X has only " + p + " features");
                }
                yield count;
            }
            case FRACTION -> Math.max(1, (int) (fraction * p));
            case SQRT -> Math.max(1, (int) Math.sqrt(p));
            case LOG2 -> Math.max(1, 31 - Integer.numberOfLeadingZeros(p));
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaxFeatures m && m.kind == kind && m.count == count && m.fraction == fraction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, count, fraction);
    }

    /** Returns scikit-learn's spelling: {@code None}, {@code 3}, {@code 0.5}, {@code 'sqrt'}, {@code 'log2'}. */
    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "None";
            case COUNT -> Integer.toString(count);
            case FRACTION -> Double.toString(fraction);
            case SQRT -> "'sqrt'";
            case LOG2 -> "'log2'";
        };
    }
}
