package org.mlbyhand.core.tree;

/**
 * {@link NodeStatistics} of a regression node: weighted sums of the targets,
 * <pre>{@code
 *   S = Σ wᵢyᵢ,   Q = Σ (wᵢyᵢ)·yᵢ   over the node;    S_L over the left child, S_R = S − S_L
 *   i   = Q/N_t − (S/N_t)²                                         (the node's weighted variance)
 *   i_L = Q_L/N_L − (S_L/N_L)²,   i_R = (Q − Q_L)/N_R − (S_R/N_R)²   (Q_L summed once, for the chosen split)
 * }</pre>
 * with the proxy and improvement of the {@link RegressionCriterion} (scikit-learn's MSE and
 * FriedmanMSE). Only S_L is updated during the sweep: the squared-error proxy needs no Q.
 */
final class TargetSums extends NodeStatistics {
    private final double[] y;
    private final RegressionCriterion criterion;
    private double sumTotal;
    private double sqSumTotal;
    private double sumLeft;
    private double sumRight;

    TargetSums(double[] y, double[] w, double weightedNSamples, RegressionCriterion criterion) {
        super(w, weightedNSamples);
        this.y = y;
        this.criterion = criterion;
    }

    @Override
    void init(int[] samples, int start, int end) {
        this.start = start;
        this.end = end;
        double S = 0.0;
        double Q = 0.0;
        double Nt = 0.0;
        for (int p = start; p < end; p++) {
            int i = samples[p];
            double wy = w[i] * y[i];
            S += wy;
            Q += wy * y[i];
            Nt += w[i];
        }
        sumTotal = S;
        sqSumTotal = Q;
        weightedNNodeSamples = Nt;
        reset(samples);
    }

    @Override
    void reset(int[] sorted) {
        samples = sorted;
        pos = start;
        weightedNLeft = 0.0;
        weightedNRight = weightedNNodeSamples;
        sumLeft = 0.0;
        sumRight = sumTotal;
    }

    @Override
    void update(int newPos) {
        for (int p = pos; p < newPos; p++) {
            int i = samples[p];
            sumLeft += w[i] * y[i];
            weightedNLeft += w[i];
        }
        weightedNRight = weightedNNodeSamples - weightedNLeft;
        sumRight = sumTotal - sumLeft;
        pos = newPos;
    }

    @Override
    double nodeImpurity() {
        double mean = sumTotal / weightedNNodeSamples;
        return sqSumTotal / weightedNNodeSamples - mean * mean;
    }

    @Override
    double proxyImprovement() {
        if (criterion == RegressionCriterion.FRIEDMAN_MSE) {
            double diff = weightedNRight * sumLeft - weightedNLeft * sumRight;
            return diff * diff / (weightedNLeft * weightedNRight);
        }
        return sumLeft * sumLeft / weightedNLeft + sumRight * sumRight / weightedNRight;
    }

    @Override
    double[] childrenImpurity() {
        double sqSumLeft = 0.0;
        for (int p = start; p < pos; p++) {
            int i = samples[p];
            sqSumLeft += w[i] * y[i] * y[i];
        }
        double sqSumRight = sqSumTotal - sqSumLeft;
        double meanLeft = sumLeft / weightedNLeft;
        double meanRight = sumRight / weightedNRight;
        return new double[] {sqSumLeft / weightedNLeft - meanLeft * meanLeft, sqSumRight / weightedNRight - meanRight * meanRight};
    }

    /** Squared error: the weighted formula; Friedman: (N_R·S_L − N_L·S_R)²/(N_L·N_R·N_t), not divided by N. */
    @Override
    double impurityImprovement(double impurity, double impurityLeft, double impurityRight) {
        if (criterion == RegressionCriterion.FRIEDMAN_MSE) {
            double diff = weightedNRight * sumLeft - weightedNLeft * sumRight;
            return diff * diff / (weightedNLeft * weightedNRight * weightedNNodeSamples);
        }
        return super.impurityImprovement(impurity, impurityLeft, impurityRight);
    }

    @Override
    double[] nodeValue() {
        return new double[] {sumTotal / weightedNNodeSamples};
    }
}
