package org.mlbyhand.core.data;

import java.util.Arrays;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Fills in missing values, column by column, with a statistic learned from the <em>training</em> rows
 * (scikit-learn's {@code SimpleImputer(missing_values=np.nan)}). NaN is the missing value. For column
 * j, with O_j the observed (non-NaN) training values X_ij:
 * <pre>{@code
 *   MEAN            s_j = (Σ_{O_j} X_ij) / |O_j|                         (summed in row order)
 *   MEDIAN          s_j = the middle of the sorted O_j; for |O_j| even, (low + high) / 2
 *   MOST_FREQUENT   s_j = the most frequent value of O_j; on a tie, the smallest of them
 *   CONSTANT        s_j = fillValue                                      (default 0)
 *   transform:      Z_ij = X_ij if X_ij is not NaN, else s_j
 * }</pre>
 * A column with no observed value at fit time ({@code |O_j| = 0}) has no statistic (s_j = NaN) and
 * is <em>dropped</em> by {@code transform}, as scikit-learn 1.2 does, unless keepEmptyFeatures is
 * true, which keeps it filled with 0 (or with fillValue for CONSTANT, which never drops a column).
 *
 * <p>Why fit: a statistic taken from all the rows would carry the test rows' values into the training
 * rows. In a pipeline the imputer is fitted on each training fold only.
 *
 * <p>Input: NaN marks a missing entry; ±∞ is rejected, by {@code fit} and {@code transform} alike
 * (scikit-learn's "Input contains infinity"). Differences from scikit-learn: only NaN counts as
 * missing ({@code missing_values} is fixed), there is no {@code add_indicator}, and fillValue must be
 * finite. Instances are immutable: {@code withX} methods return a new imputer.
 */
public final class SimpleImputer implements Transformer<Imputation> {
    /** The statistic each column's missing entries are replaced by (see the class comment). */
    public enum Strategy {
        /** The mean of the observed values. */
        MEAN,
        /** The median of the observed values. */
        MEDIAN,
        /** The most frequent observed value, the smallest on a tie. */
        MOST_FREQUENT,
        /** A given constant, fillValue. */
        CONSTANT
    }

    private static final String WHO = "SimpleImputer";

    private final Strategy strategy;
    private final double fillValue;
    private final boolean keepEmptyFeatures;

    /** Creates the imputer with scikit-learn's defaults: strategy MEAN, fillValue 0, keepEmptyFeatures false. */
    public SimpleImputer() {
        this(Strategy.MEAN);
    }

    /**
     * Creates the imputer with the given strategy and the other defaults.
     *
     * @throws IllegalArgumentException if strategy is null
     */
    public SimpleImputer(Strategy strategy) {
        this(strategy, 0.0, false);
    }

    private SimpleImputer(Strategy strategy, double fillValue, boolean keepEmptyFeatures) {
        if (strategy == null) {
            throw new IllegalArgumentException(WHO + ": strategy is null; use one of " + Arrays.toString(Strategy.values()));
        }
        Arguments.requireFinite(WHO, "fillValue", fillValue);
        this.strategy = strategy;
        this.fillValue = fillValue;
        this.keepEmptyFeatures = keepEmptyFeatures;
    }

    /** Returns an imputer with the given strategy (not null, else IllegalArgumentException). */
    public SimpleImputer withStrategy(Strategy strategy) {
        return new SimpleImputer(strategy, fillValue, keepEmptyFeatures);
    }

    /** Returns an imputer whose CONSTANT strategy fills with fillValue (finite, else IllegalArgumentException). */
    public SimpleImputer withFillValue(double fillValue) {
        return new SimpleImputer(strategy, fillValue, keepEmptyFeatures);
    }

    /** Returns an imputer that keeps (true) or drops (false, the default) columns with no observed value. */
    public SimpleImputer withKeepEmptyFeatures(boolean keepEmptyFeatures) {
        return new SimpleImputer(strategy, fillValue, keepEmptyFeatures);
    }

    /** Returns the strategy. */
    public Strategy strategy() {
        return strategy;
    }

    /** Returns the constant of the CONSTANT strategy. */
    public double fillValue() {
        return fillValue;
    }

    /** Returns whether columns with no observed value are kept. */
    public boolean keepEmptyFeatures() {
        return keepEmptyFeatures;
    }

    /**
     * Learns one statistic per column from the observed training values.
     *
     * @param X n×p training rows, NaN where missing, no infinity (not modified)
     * @return the fitted imputation
     * @throws IllegalArgumentException if X has no rows or no columns, or naming the first infinite entry
     */
    @Override
    public Imputation fit(Matrix X) {
        Arguments.requireNonEmpty(WHO + ".fit", "X", X);
        Imputation.requireNoInfinity(WHO + ".fit", X);
        double[] statistics = new double[X.cols()];
        boolean[] kept = new boolean[X.cols()];
        for (int j = 0; j < X.cols(); j++) {
            double[] observed = observed(X.column(j));
            if (strategy == Strategy.CONSTANT) {
                statistics[j] = fillValue;
            } else if (observed.length == 0) {
                statistics[j] = keepEmptyFeatures ? 0.0 : Double.NaN;
            } else {
                statistics[j] = statistic(observed);
            }
            kept[j] = !Double.isNaN(statistics[j]);
        }
        return new Imputation(statistics, kept);
    }

    /** Returns the non-NaN entries of x, in order. */
    private static double[] observed(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Returns the MEAN, MEDIAN or MOST_FREQUENT statistic of a non-empty column of observed values. */
    private double statistic(double[] observed) {
        int n = observed.length;
        switch (strategy) {
            case MEAN: {
                double sum = 0.0;
                for (double v : observed) {
                    sum += v;
                }
                return sum / n;
            }
            case MEDIAN: {
                double[] sorted = observed.clone();
                Arrays.sort(sorted);
                double low = sorted[(n - 1) / 2];
                double high = sorted[n / 2];
                return (low + high) / 2.0;   // numpy's masked median: (x + x) / 2 = x for n odd
            }
            default:
                return mostFrequent(observed);
        }
    }

    /** Returns the most frequent value, the smallest one on a tie (scipy.stats.mode). */
    static double mostFrequent(double[] observed) {
        double[] sorted = observed.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        int bestCount = 0;
        for (int start = 0; start < sorted.length; ) {
            int end = start;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start > bestCount) {     // strictly more: an earlier (smaller) value keeps a tie
                best = sorted[start];
                bestCount = end - start;
            }
            start = end;
        }
        return best;
    }

    /** Returns e.g. {@code "SimpleImputer(strategy=MEDIAN, fillValue=0.0, keepEmptyFeatures=false)"}. */
    @Override
    public String toString() {
        return WHO + "(strategy=" + strategy + ", fillValue=" + fillValue + ", keepEmptyFeatures=" + keepEmptyFeatures + ")";
    }
}
