package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · leak-free-cv — k-fold cross-validation of a pipeline (impute missing values, standardize, ridge
 * regression) in which every statistic is learned from the training folds only: each row's
 * out-of-fold prediction, scikit-learn's {@code cross_val_predict}.
 *
 * <p>Row i belongs to fold fold[i]; K = max(fold) + 1. For each fold f that has rows:
 * <pre>{@code
 *   train = {i : fold[i] ≠ f},  test = {i : fold[i] = f}             (each in increasing order)
 *   imputer = new SimpleImputer().fit(X[train])                       column means of the observed training values
 *   scaler  = StandardScaler.fit(imputer.transform(X[train]))          means and scales of the imputed training rows
 *   model   = new Ridge(alpha).fit(scaler.transform(imputer.transform(X[train])), y[train])
 *   ŷ[test] = model.predict(scaler.transform(imputer.transform(X[test])))
 * }</pre>
 * Every row is predicted once, by the pipeline fitted without its fold. A mean, a scale or a model
 * learned with the held-out rows would carry them into the model that is then scored on them, and the
 * cross-validated score would come out optimistic: that is leakage. The grader checks for it without
 * a reference: changing the other rows of a fold must not change a held-out row's prediction. NaN marks
 * a missing value (the imputer fills it in).
 *
 * <p>Errors: throw {@link ShapeMismatchException} if y or fold does not have length n;
 * {@link IllegalArgumentException} if a fold id is negative, there are fewer than two folds with rows
 * (a training set would be empty), or as core's imputer, scaler and ridge do (X infinite, y not finite,
 * alpha &lt; 0).
 *
 * <p>You need: {@code X.selectRows(int[])}, core's {@code SimpleImputer}, {@code StandardScaler} and
 * {@code Ridge}. Not core's {@code Pipeline} or {@code CrossValidation}, which fit each fold for you.
 *
 * <p>Classic traps: imputing and standardizing all of X before the loop (statistics fitted on all the
 * data before splitting); only the imputer, or only the scaler, fitted on all the rows; fitting the
 * imputer or the scaler again on the test rows; the held-out rows in the model's training set;
 * predictions stored in the order of the folds instead of at their rows; the last fold skipped.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=leak-free-cv}
 */
public final class LeakFreeCv {
    private LeakFreeCv() {
    }

    /**
     * Returns each row's prediction by the imputer–scaler–ridge pipeline fitted on the other folds.
     *
     * @param X     n×p features, NaN where missing, no infinity (not modified)
     * @param y     length n targets, finite (not modified)
     * @param fold  length n, each row's fold id ≥ 0 (not modified)
     * @param alpha the ridge penalty, ≥ 0
     * @return a new vector of length n
     * @throws ShapeMismatchException if y or fold does not have length n
     * @throws IllegalArgumentException if a fold id is negative, fewer than two folds have rows, or as the steps throw
     */
    public static double[] crossValPredict(Matrix X, double[] y, int[] fold, double alpha) {
        // TODO: for each fold, fit the imputer, the scaler and the ridge on the other folds; predict the fold.
        throw new NotImplementedYet("ps2 leak-free-cv");
    }
}
