package org.mlbyhand.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * A data set in memory: a feature matrix X (n×p), one target per row, and names for the columns and
 * the classes. Immutable: every accessor returns a copy, so a learner may change what they get without
 * changing the data set.
 *
 * <p>For classification the target of row i is a class index y_i ∈ {0, …, k−1}, the name of class c is
 * {@code classNames().get(c)}, and {@link #labels()} gives the targets as {@code int[]}. For regression
 * {@code classNames()} is empty and the targets are real numbers.
 *
 * <p>A categorical feature is stored as its category's index (0, 1, …) and {@link #categories} names
 * them; {@code org.mlbyhand.core.data.OneHot} expands it. A missing value is NaN, never 0.
 */
public final class Dataset {
    private final String name;
    private final Matrix X;
    private final double[] y;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final Map<String, List<String>> categories;

    /**
     * Creates a data set with numeric features only.
     *
     * @see #Dataset(String, Matrix, double[], List, List, Map)
     */
    public Dataset(String name, Matrix X, double[] y, List<String> featureNames, List<String> classNames) {
        this(name, X, y, featureNames, classNames, Map.of());
    }

    /**
     * Creates a data set; every argument is copied.
     *
     * @param name         short name, e.g. {@code iris}
     * @param X            features, n×p (not modified)
     * @param y            targets, length n (not modified); class indices when classNames is not empty
     * @param featureNames p distinct names
     * @param classNames   k class names for classification, or empty for regression
     * @param categories   for each categorical feature, the names of its categories (index order)
     * @throws ShapeMismatchException   if y or featureNames do not fit X
     * @throws IllegalArgumentException naming the first target that is not a class index in [0, k), or a
     *                                  category map key that is not a feature name
     */
    public Dataset(String name, Matrix X, double[] y, List<String> featureNames, List<String> classNames,
                   Map<String, List<String>> categories) {
        this(name, X, y, featureNames, classNames, categories, true);
    }

    /**
     * Creates a data set that takes X and y over without copying them: for loaders that have just
     * built them (MNIST's X is 376 MB). The caller must not keep or change them.
     */
    static Dataset adopt(String name, Matrix X, double[] y, List<String> featureNames, List<String> classNames,
                         Map<String, List<String>> categories) {
        return new Dataset(name, X, y, featureNames, classNames, categories, false);
    }

    private Dataset(String name, Matrix X, double[] y, List<String> featureNames, List<String> classNames,
                    Map<String, List<String>> categories, boolean copy) {
        if (y.length != X.rows()) {
            throw new ShapeMismatchException(name + ": X is " + X.shape() + " but y has length " + y.length);
        }
        if (featureNames.size() != X.cols()) {
            throw new ShapeMismatchException(name + ": X is " + X.shape() + " but there are "
                    + featureNames.size() + " feature names");
        }
        for (int i = 0; i < y.length && !classNames.isEmpty(); i++) {
            if (!(y[i] >= 0 && y[i] < classNames.size() && y[i] == Math.rint(y[i]))) {
                throw new IllegalArgumentException(name + ": y[" + i + "] = " + y[i] + " is not a class index in [0, "
                        + classNames.size() + ")");
            }
        }
        for (String feature : categories.keySet()) {
            if (!featureNames.contains(feature)) {
                throw new IllegalArgumentException(name + ": categories given for '" + feature
                        + "', which is not a feature");
            }
        }
        this.name = name;
        this.X = copy ? X.copy() : X;
        this.y = copy ? y.clone() : y;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
        Map<String, List<String>> levels = new LinkedHashMap<>();
        categories.forEach((k, v) -> levels.put(k, List.copyOf(v)));
        this.categories = Map.copyOf(levels);
    }

    /** Returns the short name, e.g. {@code iris}. */
    public String name() {
        return name;
    }

    /** Returns a copy of the feature matrix X, n×p. */
    public Matrix features() {
        return X.copy();
    }

    /** Returns a copy of the targets, length n: class indices for classification, values for regression. */
    public double[] targets() {
        return y.clone();
    }

    /**
     * Returns the class index of each row, length n.
     *
     * @throws IllegalStateException for a regression data set, which has no classes
     */
    public int[] labels() {
        if (!isClassification()) {
            throw new IllegalStateException(name + " is a regression data set: its targets are not class labels");
        }
        int[] labels = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = (int) y[i];
        }
        return labels;
    }

    /** Returns n, the number of rows. */
    public int rows() {
        return y.length;
    }

    /** Returns p, the number of features. */
    public int cols() {
        return featureNames.size();
    }

    /** Returns the shape of X as text, e.g. {@code 150×4}. */
    public String shape() {
        return rows() + "×" + cols();
    }

    /** Returns the p feature names (an unmodifiable list). */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Returns the k class names, in index order, or an empty list for regression (unmodifiable). */
    public List<String> classNames() {
        return classNames;
    }

    /** Returns true when the targets are class indices. */
    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /**
     * Returns the number of rows of each class: {@code counts[c] = #{i : y_i = c}}, length k.
     *
     * @throws IllegalStateException for a regression data set
     */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : labels()) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * Returns the names of the categories of a categorical feature (its values are their indices), or an
     * empty list for a numeric feature.
     *
     * @throws IllegalArgumentException if there is no feature of that name
     */
    public List<String> categories(String feature) {
        if (!featureNames.contains(feature)) {
            throw new IllegalArgumentException(name + " has no feature '" + feature + "'; features: " + featureNames);
        }
        return categories.getOrDefault(feature, List.of());
    }

    /** Returns the class counts as text, {@code setosa=50 versicolor=50 virginica=50}, or {@code -}. */
    String classCountsText() {
        if (!isClassification()) {
            return "-";
        }
        int[] counts = classCounts();
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            parts.add(classNames.get(c) + "=" + counts[c]);
        }
        return String.join(" ", parts);
    }

    /** Returns e.g. {@code iris: 150×4, classes setosa=50 versicolor=50 virginica=50}. */
    @Override
    public String toString() {
        return name + ": " + shape() + (isClassification() ? ", classes " + classCountsText() : ", regression");
    }
}
