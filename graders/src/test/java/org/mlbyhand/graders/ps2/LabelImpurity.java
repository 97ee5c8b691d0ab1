package org.mlbyhand.graders.ps2;

/** The signature of the impurity exercises (gini, entropy): the impurity of the labels y of k classes. */
@FunctionalInterface
public interface LabelImpurity {
    /** Returns the impurity of y (length n ≥ 1, labels in [0, k)). */
    double of(int[] y, int k);
}
