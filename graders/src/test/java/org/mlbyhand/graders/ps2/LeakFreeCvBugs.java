package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.data.Imputation;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a cross-validated pipeline, each a complete implementation with core's imputer,
 * scaler and ridge that the grader must reject. The hand-picked first check (six rows, NaN in both
 * columns, three interleaved folds) tells every one apart: the statistics of all the rows, of the
 * imputer or of the scaler alone, of the test rows, the held-out rows in the ridge's training set, the
 * predictions in fold order and the last fold skipped each give other predictions.
 */
final class LeakFreeCvBugs {
    private LeakFreeCvBugs() {
    }

    enum Mistake {
        NONE, ALL_ROWS, IMPUTER_ALL_ROWS, SCALER_ALL_ROWS, TEST_IMPUTER, TEST_SCALER, MODEL_ALL_ROWS, FOLD_ORDER, LAST_FOLD
    }

    static final List<Bug<LeakFreeCvGrader.CrossValPredict>> ALL = List.of(
            new Bug<>("imputer and scaler fitted on all the rows before the folds",
                    "statistics fitted on all the data before splitting leak every held-out fold into the training of"
                            + " the model that is scored on it. Fit the imputer and the scaler inside the loop, on"
                            + " X[train] only, and only transform X[test] with them.",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.ALL_ROWS)),
            new Bug<>("imputer fitted on all the rows",
                    "the imputer's column means are statistics too: fitted on all of X, they carry the held-out rows'"
                            + " values into the training rows' filled-in entries. Fit it on X[train] in each fold.",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.IMPUTER_ALL_ROWS)),
            new Bug<>("scaler fitted on all the rows",
                    "the scaler's means and scales are learned from the training rows only: fit it on the imputed"
                            + " X[train] in each fold, then transform the test rows with it.",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.SCALER_ALL_ROWS)),
            new Bug<>("the imputer fitted again on the test rows",
                    "the test rows are filled in with the training rows' means: transform X[test] with the imputer"
                            + " fitted on X[train], never with one fitted on X[test] (a fit_transform on the test set).",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.TEST_IMPUTER)),
            new Bug<>("the scaler fitted again on the test rows",
                    "the test rows are standardized with the training rows' means and scales, the ones the model"
                            + " learned on: transform X[test] with the scaler fitted on X[train], never fit it on X[test].",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.TEST_SCALER)),
            new Bug<>("the held-out rows in the model's training set",
                    "the ridge of fold f is fitted on the training rows only, (X[train], y[train]): a model that has"
                            + " seen the test rows' targets predicts them too well.",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.MODEL_ALL_ROWS)),
            new Bug<>("predictions stored in fold order",
                    "each prediction goes back to its own row: ŷ[test[q]] = the q-th prediction of the fold, not the"
                            + " next free place (the folds need not be contiguous).",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.FOLD_ORDER)),
            new Bug<>("the last fold skipped",
                    "the folds are 0, …, K − 1 with K = max(fold) + 1: every fold is held out once, the last one"
                            + " too (f < K, or f ≤ max(fold)).",
                    (X, y, fold, alpha) -> predict(X, y, fold, alpha, Mistake.LAST_FOLD)));

    /** The checks before any fit: lengths, fold ids ≥ 0, at least two folds with rows; returns K. */
    static int checked(Matrix X, double[] y, int[] fold) {
        String who = "crossValPredict";
        if (y.length != X.rows() || fold.length != X.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length + ", fold "
                    + fold.length);
        }
        int K = 0;
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] < 0) {
                throw new IllegalArgumentException(who + ": fold[" + i + "] = " + fold[i] + " is negative");
            }
            K = Math.max(K, fold[i] + 1);
        }
        long used = Arrays.stream(fold).distinct().count();
        if (used < 2) {
            throw new IllegalArgumentException(who + ": " + used + " fold(s) with rows; a training set would be empty");
        }
        return K;
    }

    static int[] rowsOf(int[] fold, int f, boolean in) {
        return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == in).toArray();
    }

    static double[] take(double[] v, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> v[i]).toArray();
    }

    static double[] predict(Matrix X, double[] y, int[] fold, double alpha, Mistake mistake) {
        int K = checked(X, y, fold);
        Ridge ridge = new Ridge(alpha);
        int n = X.rows();
        Imputation allImputer = mistake == Mistake.ALL_ROWS || mistake == Mistake.IMPUTER_ALL_ROWS
                ? new SimpleImputer().fit(X) : null;
        StandardScaler allScaler = mistake == Mistake.ALL_ROWS ? StandardScaler.fit(allImputer.transform(X)) : null;
        double[] yHat = new double[n];
        int next = 0;
        for (int f = 0; f < (mistake == Mistake.LAST_FOLD ? K - 1 : K); f++) {
            int[] train = rowsOf(fold, f, false);
            int[] test = rowsOf(fold, f, true);
            if (test.length == 0) {
                continue;
            }
            Matrix Xtrain = X.selectRows(train);
            Matrix Xtest = X.selectRows(test);
            Imputation imputer = allImputer != null ? allImputer : new SimpleImputer().fit(Xtrain);
            StandardScaler scaler = allScaler != null ? allScaler
                    : mistake == Mistake.SCALER_ALL_ROWS ? StandardScaler.fit(imputer.transform(X))
                    : StandardScaler.fit(imputer.transform(Xtrain));
            Matrix Ztest = (mistake == Mistake.TEST_IMPUTER ? new SimpleImputer().fit(Xtest) : imputer).transform(Xtest);
            Ztest = (mistake == Mistake.TEST_SCALER ? StandardScaler.fit(Ztest) : scaler).transform(Ztest);
            LinearModel model = mistake == Mistake.MODEL_ALL_ROWS ? ridge.fit(scaler.transform(imputer.transform(X)), y)
                    : ridge.fit(scaler.transform(imputer.transform(Xtrain)), take(y, train));
            double[] predictions = model.predict(Ztest);
            for (int q = 0; q < test.length; q++) {
                yHat[mistake == Mistake.FOLD_ORDER ? next++ : test[q]] = predictions[q];
            }
        }
        return yHat;
    }
}
