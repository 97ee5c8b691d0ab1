package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.data.Imputation;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.grading.Alternative;

/**
 * Correct out-of-fold predictions written differently from the reference (core's Pipeline fitted per
 * fold): the three steps by hand with the rows in increasing order, the training rows gathered fold
 * block by fold block (another row order: the same fits up to rounding), and each held-out row
 * predicted on its own.
 */
final class LeakFreeCvAlternatives {
    private LeakFreeCvAlternatives() {
    }

    static final List<Alternative<LeakFreeCvGrader.CrossValPredict>> ALL = List.of(
            new Alternative<>("imputer, scaler and ridge fitted by hand on each fold's training rows",
                    (X, y, fold, alpha) -> LeakFreeCvBugs.predict(X, y, fold, alpha, LeakFreeCvBugs.Mistake.NONE)),
            new Alternative<>("training rows gathered fold by fold, from the last fold to the first",
                    LeakFreeCvAlternatives::blockOrder),
            new Alternative<>("each held-out row transformed and predicted on its own",
                    LeakFreeCvAlternatives::rowByRow));

    private static double[] blockOrder(Matrix X, double[] y, int[] fold, double alpha) {
        int K = LeakFreeCvBugs.checked(X, y, fold);
        Ridge ridge = new Ridge(alpha);
        double[] yHat = new double[X.rows()];
        for (int f = 0; f < K; f++) {
            int[] test = LeakFreeCvBugs.rowsOf(fold, f, true);
            if (test.length == 0) {
                continue;
            }
            List<Integer> gathered = new ArrayList<>();
            for (int g = K - 1; g >= 0; g--) {
                if (g != f) {
                    for (int i : LeakFreeCvBugs.rowsOf(fold, g, true)) {
                        gathered.add(i);
                    }
                }
            }
            int[] train = gathered.stream().mapToInt(Integer::intValue).toArray();
            Matrix Xtrain = X.selectRows(train);
            Imputation imputer = new SimpleImputer().fit(Xtrain);
            StandardScaler scaler = StandardScaler.fit(imputer.transform(Xtrain));
            LinearModel model = ridge.fit(scaler.transform(imputer.transform(Xtrain)), LeakFreeCvBugs.take(y, train));
            double[] predictions = model.predict(scaler.transform(imputer.transform(X.selectRows(test))));
            for (int q = 0; q < test.length; q++) {
                yHat[test[q]] = predictions[q];
            }
        }
        return yHat;
    }

    private static double[] rowByRow(Matrix X, double[] y, int[] fold, double alpha) {
        int K = LeakFreeCvBugs.checked(X, y, fold);
        Ridge ridge = new Ridge(alpha);
        double[] yHat = new double[X.rows()];
        for (int f = 0; f < K; f++) {
            int[] test = LeakFreeCvBugs.rowsOf(fold, f, true);
            if (test.length == 0) {
                continue;
            }
            int[] train = LeakFreeCvBugs.rowsOf(fold, f, false);
            Matrix Xtrain = X.selectRows(train);
            Imputation imputer = new SimpleImputer().fit(Xtrain);
            StandardScaler scaler = StandardScaler.fit(imputer.transform(Xtrain));
            LinearModel model = ridge.fit(scaler.transform(imputer.transform(Xtrain)), LeakFreeCvBugs.take(y, train));
            for (int i : test) {
                yHat[i] = model.predict(scaler.transform(imputer.transform(X.selectRows(new int[] {i}))))[0];
            }
        }
        return yHat;
    }
}
