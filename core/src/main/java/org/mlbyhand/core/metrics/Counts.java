package org.mlbyhand.core.metrics;

import java.util.function.BiFunction;

/**
 * Per-class counts TP, FP, FN and support of a labelling, and the averages over the classes present,
 * from which {@link ClassificationMetrics} computes precision, recall and F1.
 */
final class Counts {
    private final int[] tp;
    private final int[] fp;
    private final int[] fn;
    private final int[] support;
    private final boolean[] present;   // in yTrue or yPred: the classes scikit-learn averages over
    private final int n;

    Counts(int[] yTrue, int[] yPred, int k) {
        tp = new int[k];
        fp = new int[k];
        fn = new int[k];
        support = new int[k];
        present = new boolean[k];
        n = yTrue.length;
        for (int i = 0; i < n; i++) {
            int t = yTrue[i];
            int p = yPred[i];
            support[t]++;
            present[t] = true;
            present[p] = true;
            if (t == p) {
                tp[t]++;
            } else {
                fp[p]++;
                fn[t]++;
            }
        }
    }

    double precision(int c) {
        return ratio(tp[c], tp[c] + fp[c]);
    }

    double recall(int c) {
        return ratio(tp[c], tp[c] + fn[c]);
    }

    double f1(int c) {
        return f1(precision(c), recall(c));
    }

    double average(Average average, BiFunction<Counts, Integer, Double> metric) {
        if (average == null) {
            throw new IllegalArgumentException("average is null; use Average.MACRO, WEIGHTED or MICRO");
        }
        if (average == Average.MICRO) {
            return micro(metric);
        }
        double sum = 0.0;
        int classes = 0;
        for (int c = 0; c < tp.length; c++) {
            if (present[c]) {
                double m = metric.apply(this, c);
                sum += average == Average.WEIGHTED ? support[c] * m : m;
                classes++;
            }
        }
        return average == Average.WEIGHTED ? sum / n : sum / classes;
    }

    /** The metric of the pooled counts: ΣTP / (ΣTP + ΣFP) and so on. */
    private double micro(BiFunction<Counts, Integer, Double> metric) {
        int tpSum = 0;
        int fpSum = 0;
        int fnSum = 0;
        for (int c = 0; c < tp.length; c++) {
            tpSum += tp[c];
            fpSum += fp[c];
            fnSum += fn[c];
        }
        Counts pooled = new Counts(new int[] {tpSum}, new int[] {fpSum}, new int[] {fnSum});
        return metric.apply(pooled, 0);
    }

    private Counts(int[] tp, int[] fp, int[] fn) {
        this.tp = tp;
        this.fp = fp;
        this.fn = fn;
        this.support = new int[] {tp[0] + fn[0]};
        this.present = new boolean[] {true};
        this.n = support[0];
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
    }
}
