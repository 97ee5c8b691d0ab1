package org.mlbyhand.core.tree;

/**
 * {@link NodeStatistics} of a classification node: the weighted class counts of the node and of its
 * left and right children,
 * <pre>{@code
 *   N_c = Σ_{i in node, yᵢ = c} wᵢ,      N_R,c = N_c − N_L,c,      proxy = −N_R·i(N_R,·) − N_L·i(N_L,·)
 * }</pre>
 * with i the {@link ClassificationCriterion}'s impurity (scikit-learn's ClassificationCriterion with
 * the base-class proxy). Each {@link #update} adds the moved rows to the left counts and refreshes
 * all k right counts, as scikit-learn does; the tree's sweep ({@link #sweep}) does the same work in one
 * loop, reading N_R,c = N_c − N_L,c where the impurity needs it, so each candidate costs O(k)
 * arithmetic and no call.
 */
final class ClassCounts extends NodeStatistics {
    private final int[] y;
    private final ClassificationCriterion criterion;
    private final double[] sumTotal;
    private final double[] sumLeft;
    private final double[] sumRight;

    ClassCounts(int[] y, int k, double[] w, double weightedNSamples, ClassificationCriterion criterion) {
        super(w, weightedNSamples);
        this.y = y;
        this.criterion = criterion;
        this.sumTotal = new double[k];
        this.sumLeft = new double[k];
        this.sumRight = new double[k];
    }

    @Override
    void init(int[] samples, int start, int end) {
        this.start = start;
        this.end = end;
        java.util.Arrays.fill(sumTotal, 0.0);
        double Nt = 0.0;
        for (int p = start; p < end; p++) {
            int i = samples[p];
            sumTotal[y[i]] += w[i];
            Nt += w[i];
        }
        weightedNNodeSamples = Nt;
        reset(samples);
    }

    @Override
    void reset(int[] sorted) {
        samples = sorted;
        pos = start;
        weightedNLeft = 0.0;
        weightedNRight = weightedNNodeSamples;
        java.util.Arrays.fill(sumLeft, 0.0);
        System.arraycopy(sumTotal, 0, sumRight, 0, sumTotal.length);
    }

    @Override
    void update(int newPos) {
        for (int p = pos; p < newPos; p++) {
            int i = samples[p];
            sumLeft[y[i]] += w[i];
            weightedNLeft += w[i];
        }
        weightedNRight = weightedNNodeSamples - weightedNLeft;
        for (int c = 0; c < sumTotal.length; c++) {
            sumRight[c] = sumTotal[c] - sumLeft[c];
        }
        pos = newPos;
    }

    /**
     * {@link Splitter#sweep} fused into one loop: the rows enter the left counts one at a time, and at
     * each candidate position both children's impurities are evaluated from the left counts and
     * total − left. The same sums in the same order as update + proxyImprovement, so the same proxies
     * to the bit, without a call or a refresh of the right counts per candidate; the threshold is
     * computed once, for the feature's best position.
     */
    @Override
    void sweep(double[] x, int[] sorted, int feature, int minSamplesLeaf, Splitter.Best best) {
        reset(sorted);
        double[] left = sumLeft;
        double Nt = weightedNNodeSamples;
        double NL = 0.0;
        boolean gini = criterion == ClassificationCriterion.GINI;
        double bestProxy = best.proxy;
        int bestPos = -1;
        double next = x[sorted[start]];
        for (int q = start; q < end - 1; q++) {
            int i = sorted[q];
            left[y[i]] += w[i];
            NL += w[i];
            double here = next;
            next = x[sorted[q + 1]];
            int p = q + 1;   // the candidate: rows [start, p) go left
            if (next <= here + Splitter.FEATURE_THRESHOLD || p - start < minSamplesLeaf || end - p < minSamplesLeaf) {
                continue;
            }
            double NR = Nt - NL;
            double proxy = gini ? giniProxy(left, NL, NR) : entropyProxy(left, NL, NR);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPos = p;
            }
        }
        if (bestPos >= 0) {   // the threshold of this feature's winner only
            best.set(feature, bestPos, bestProxy, Splitter.threshold(x[sorted[bestPos - 1]], x[sorted[bestPos]]));
        }
    }

    /** −N_R·i_R − N_L·i_L for Gini, i = 1 − Σ_c N_c²/N² ({@link Impurity#gini(double[], double)} on each side). */
    private double giniProxy(double[] left, double NL, double NR) {
        double sqLeft = 0.0;
        double sqRight = 0.0;
        for (int c = 0; c < left.length; c++) {
            double l = left[c];
            double r = sumTotal[c] - l;
            sqLeft += l * l;
            sqRight += r * r;
        }
        return -NR * (1.0 - sqRight / (NR * NR)) - NL * (1.0 - sqLeft / (NL * NL));
    }

    /** −N_R·i_R − N_L·i_L for entropy ({@link Impurity#entropy(double[], double)} on each side). */
    private double entropyProxy(double[] left, double NL, double NR) {
        double entropyLeft = 0.0;
        double entropyRight = 0.0;
        for (int c = 0; c < left.length; c++) {
            double l = left[c];
            double r = sumTotal[c] - l;
            if (l > 0.0) {
                double pc = l / NL;
                entropyLeft -= pc * Impurity.log2(pc);
            }
            if (r > 0.0) {
                double pc = r / NR;
                entropyRight -= pc * Impurity.log2(pc);
            }
        }
        return -NR * entropyRight - NL * entropyLeft;
    }

    @Override
    double nodeImpurity() {
        return criterion.impurity(sumTotal, weightedNNodeSamples);
    }

    @Override
    double proxyImprovement() {
        double left = criterion.impurity(sumLeft, weightedNLeft);
        double right = criterion.impurity(sumRight, weightedNRight);
        return -weightedNRight * right - weightedNLeft * left;
    }

    @Override
    double[] childrenImpurity() {
        return new double[] {criterion.impurity(sumLeft, weightedNLeft), criterion.impurity(sumRight, weightedNRight)};
    }

    @Override
    double[] nodeValue() {
        return sumTotal.clone();
    }
}
