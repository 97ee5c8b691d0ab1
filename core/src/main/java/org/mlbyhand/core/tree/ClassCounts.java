package org.mlbyhand.core.tree;

/**
 * {@link NodeStatistics} of a classification node: the weighted class counts of the node and of its
 * left and right children,
 * <pre>{@code
 *   N_c = Σ_{i in node, yᵢ = c} wᵢ,      N_R,c = N_c − N_L,c,      proxy = −N_R·i(N_R,·) − N_L·i(N_L,·)
 * }</pre>
 * with i the {@link ClassificationCriterion}'s impurity (scikit-learn's ClassificationCriterion with
 * the base-class proxy). Each {@link #update} adds the moved rows to the left counts and refreshes
 * all k right counts, as scikit-learn does.
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
