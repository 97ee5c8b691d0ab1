/**
 * Problem set 4, support vector machines: the soft-margin classifier, piece by piece, as libsvm and
 * scikit-learn's {@code SVC} build it. The kernels and the Gram matrix, which let the SVM work in a
 * feature space it never builds; the hinge loss and its subgradient, and one Pegasos step, the primal
 * view of the linear SVM; then the dual solved by SMO: the update of one pair of dual variables
 * clipped to its segment of the box, the maximal violating pair that chooses it and tells when the KKT
 * conditions hold, the bias from the free support vectors; and the model itself, the decision function
 * of the support vectors and the one-vs-one vote that turns two-class SVMs into a multiclass one.
 * Each exercise is graded against {@code org.mlbyhand.core.svm}, which matches scikit-learn's
 * {@code SVC} to the figures in the README.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=4}.
 */
package org.mlbyhand.exercises.ps4;
