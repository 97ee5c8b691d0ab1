package org.mlbyhand.core.estimator;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The smallest estimators of each kind, written to keep the contract, and flawed on request: the
 * contract's own test fits them to show that every check passes on a correct estimator and fails on
 * the flaw it is there to catch.
 */
final class Toys {
    private Toys() {
    }

    /** A deliberate contract violation. */
    enum Flaw { NONE, MODIFIES_Y, KEEPS_X, SKIPS_NAN_CHECK, NOT_DETERMINISTIC, PROBABILITIES_DO_NOT_SUM_TO_ONE, ROWS_SHARE_A_STATISTIC }

    private static int fits;   // NOT_DETERMINISTIC counts fits here

    /** Predicts the training mean of y plus a small multiple of the first feature (the flaw aside). */
    record MeanRegressor(Flaw flaw) implements Regressor<RegressionModel> {
        @Override
        public RegressionModel fit(Matrix X, double[] y) {
            check(X, y.length, flaw);
            Arguments.requireFinite("MeanRegressor.fit", "y", y);
            double mean = Arrays.stream(y).average().orElseThrow() + (flaw == Flaw.NOT_DETERMINISTIC ? fits++ : 0);
            if (flaw == Flaw.MODIFIES_Y) {
                Arrays.fill(y, mean);
            }
            int p = X.cols();
            Matrix kept = flaw == Flaw.KEEPS_X ? X : null;
            return new RegressionModel() {
                @Override
                public int numFeatures() {
                    return p;
                }

                @Override
                public double[] predict(Matrix Xnew) {
                    checkWidth("MeanRegressor.predict", Xnew, p);
                    double shift = kept == null ? 0.0 : kept.get(0, 0);
                    if (flaw == Flaw.ROWS_SHARE_A_STATISTIC && Xnew.rows() > 0) {
                        shift -= Xnew.columnMeans()[0];   // like a softmax normalized down the columns
                    }
                    double[] yHat = new double[Xnew.rows()];
                    for (int i = 0; i < yHat.length; i++) {
                        yHat[i] = mean + shift + 1e-3 * Xnew.get(i, 0);
                    }
                    return yHat;
                }
            };
        }
    }

    /** Predicts the class frequencies of the training labels (the flaw aside). */
    record PriorClassifier(Flaw flaw) implements Classifier<ClassificationModel> {
        @Override
        public ClassificationModel fit(Matrix X, int[] y) {
            check(X, y.length, flaw);
            Arguments.requireLabels("PriorClassifier.fit", "y", y);
            double[] prior = new double[Arrays.stream(y).max().orElseThrow() + 1];
            for (int label : y) {
                prior[label] += (flaw == Flaw.PROBABILITIES_DO_NOT_SUM_TO_ONE ? 2.0 : 1.0) / y.length;
            }
            int p = X.cols();
            return new ClassificationModel() {
                @Override
                public int numFeatures() {
                    return p;
                }

                @Override
                public int numClasses() {
                    return prior.length;
                }

                @Override
                public Matrix predictProba(Matrix Xnew) {
                    checkWidth("PriorClassifier.predictProba", Xnew, p);
                    Matrix P = Matrix.zeros(Xnew.rows(), prior.length);
                    for (int i = 0; i < Xnew.rows(); i++) {
                        for (int c = 0; c < prior.length; c++) {
                            P.set(i, c, prior[c]);
                        }
                    }
                    return P;
                }

                @Override
                public int[] predict(Matrix Xnew) {
                    checkWidth("PriorClassifier.predict", Xnew, p);
                    int best = 0;
                    for (int c = 1; c < prior.length; c++) {
                        best = prior[c] > prior[best] ? c : best;
                    }
                    int[] labels = new int[Xnew.rows()];
                    Arrays.fill(labels, best);
                    return labels;
                }
            };
        }
    }

    /** Two clusters: rows whose first feature is above, or not above, its training mean. */
    record ThresholdClusterer() implements Clusterer<Clustering> {
        @Override
        public Clustering fit(Matrix X) {
            check(X, X.rows(), Flaw.NONE);
            double threshold = X.columnMeans()[0];
            int p = X.cols();
            int[] labels = assign(X, threshold);
            return new Clustering() {
                @Override
                public int numFeatures() {
                    return p;
                }

                @Override
                public int numClusters() {
                    return 2;
                }

                @Override
                public int[] labels() {
                    return labels.clone();
                }

                @Override
                public int[] predict(Matrix Xnew) {
                    checkWidth("ThresholdClusterer.predict", Xnew, p);
                    return assign(Xnew, threshold);
                }
            };
        }

        private static int[] assign(Matrix X, double threshold) {
            int[] labels = new int[X.rows()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = X.get(i, 0) > threshold ? 1 : 0;
            }
            return labels;
        }
    }

    private static void check(Matrix X, int n, Flaw flaw) {
        Arguments.requireNonEmpty("Toy.fit", "X", X);
        if (flaw != Flaw.SKIPS_NAN_CHECK) {
            Arguments.requireFinite("Toy.fit", "X", X);
        }
        Arguments.requireLength("Toy.fit", "X", X, "y", n);
    }

    private static void checkWidth(String op, Matrix X, int p) {
        if (X.cols() != p) {
            throw new ShapeMismatchException(op + ": the model has " + p + " features, X is " + X.shape());
        }
        Arguments.requireFinite(op, "X", X);
    }
}
