package org.mlbyhand.core.tree;

/**
 * The running statistics of one node cut in two, scikit-learn's {@code Criterion}: the node holds the
 * rows {@code samples[start:end)} of some order, the left child {@code samples[start:pos)}, the right
 * child {@code samples[pos:end)}. A sweep over a sorted order calls
 * <pre>{@code
 *   init(samples, start, end)     node totals: N_t = Σ wᵢ and the class counts, or S = Σ wᵢyᵢ and Q = Σ wᵢyᵢ²
 *   reset(sorted)                 pos = start: the left child is empty
 *   update(p)                     moves sorted[pos:p) to the left child (running sums: O(p − pos))
 *   proxyImprovement()            the score the sweep maximises, O(k) or O(1)
 * }</pre>
 * and, for the chosen split, {@link #childrenImpurity} and {@link #impurityImprovement}. Right-hand
 * quantities are always total − left (N_R = N_t − N_L), as in scikit-learn, so a split's children
 * carry exactly the impurities the parent computed for them.
 *
 * <p>Every row has a weight wᵢ &gt; 0 (1 without sample weights); {@code weightedNSamples} is N, the
 * total weight of the training set, which scales the improvement. Mutable scratch state of one fit.
 */
abstract class NodeStatistics {
    final double[] w;
    final double weightedNSamples;

    int[] samples;
    int start;
    int end;
    int pos;
    double weightedNNodeSamples;
    double weightedNLeft;
    double weightedNRight;

    NodeStatistics(double[] w, double weightedNSamples) {
        this.w = w;
        this.weightedNSamples = weightedNSamples;
    }

    /** Computes the node totals over samples[start:end) and resets to pos = start. */
    abstract void init(int[] samples, int start, int end);

    /** pos = start, the left child empty, over the given order of the node's rows (same set, any order). */
    abstract void reset(int[] sorted);

    /** Moves samples[pos:newPos) to the left child; pos ≤ newPos ≤ end. */
    abstract void update(int newPos);

    /**
     * Sweeps one feature of the node ({@link Splitter}'s candidates and rules), updating best where a
     * candidate's proxy beats best.proxy strictly: {@link Splitter#sweep}, which a subclass may fuse
     * into one loop provided it adds the same rows in the same order and evaluates the same proxy.
     *
     * @param x      the feature's column (not modified)
     * @param sorted the node's rows [start, end) sorted by x; becomes the order of the statistics
     */
    void sweep(double[] x, int[] sorted, int feature, int minSamplesLeaf, Splitter.Best best) {
        Splitter.sweep(this, x, sorted, feature, minSamplesLeaf, best);
    }

    /** The node's impurity i, from the totals. */
    abstract double nodeImpurity();

    /** The score maximised over candidate splits; ranks splits as the improvement does. */
    abstract double proxyImprovement();

    /** Returns {i_L, i_R}, the impurities of the current children. */
    abstract double[] childrenImpurity();

    /** The node's value: weighted class counts (length k) or the weighted mean (length 1). */
    abstract double[] nodeValue();

    /**
     * The weighted impurity decrease of the current split, compared with minImpurityDecrease:
     * <pre>{@code
     *   N_t/N · (i − N_R/N_t·i_R − N_L/N_t·i_L)
     * }</pre>
     * evaluated in scikit-learn's order of operations.
     */
    double impurityImprovement(double impurity, double impurityLeft, double impurityRight) {
        double Nt = weightedNNodeSamples;
        return (Nt / weightedNSamples)
                * (impurity - (weightedNRight / Nt * impurityRight) - (weightedNLeft / Nt * impurityLeft));
    }
}
