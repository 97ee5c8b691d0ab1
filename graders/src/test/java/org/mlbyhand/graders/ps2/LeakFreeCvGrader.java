package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.metrics.CrossValidation;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.selection.ClassifierPipeline;
import org.mlbyhand.core.selection.GridSearchCv;
import org.mlbyhand.core.selection.LearningCurve;
import org.mlbyhand.core.selection.Pipeline;
import org.mlbyhand.core.selection.RegressorPipeline;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code LeakFreeCv}: the out-of-fold predictions of an imputer–scaler–ridge pipeline fitted on
 * each fold's training rows, against core's {@link Pipeline} fitted fold by fold. The learner uses the
 * same core steps, but may gather the training rows in another order, so the means, scales and the QR
 * solve may round differently: {@link Tolerance#CLOSED_FORM}. The invariant needs no reference and is
 * the lesson itself: perturbing the held-out rows of a fold (features and targets), all but one, must
 * not move that one's prediction, which depends only on the other folds and on itself; any statistic or
 * fit that saw the fold moves it.
 */
public final class LeakFreeCvGrader extends Grader<LeakFreeCvGrader.CrossValPredict> {
    /** What the perturbation adds to every observed entry and target of the perturbed rows. */
    static final double SHIFT = 8.0;
    private static final CaseGen DATA = CaseGen.create().dim("n", 4, 12).dim("p", 1, 3)
            .value("X", Matrix.class, List.of("n", "p"), LeakFreeCvGrader::withMissing, X -> true)
            .vector("y", "n", rng -> rng.nextInt(-32, 32) / 8.0)
            .value("fold", int[].class, List.of("n"), LeakFreeCvGrader::folds, f -> true)
            .scalar("alpha", 0.5, 2)
            .require("at least two folds, and every column observed in every training set", LeakFreeCvGrader::usable);

    /** The exercise's signature: {@code crossValPredict(X, y, fold, alpha)}. */
    @FunctionalInterface
    public interface CrossValPredict {
        /** Returns each row's prediction by the imputer–scaler–ridge pipeline fitted on the other folds. */
        double[] crossValPredict(Matrix X, double[] y, int[] fold, double alpha);
    }

    @Override
    public Exercise exercise() {
        return exercise(140, "leak-free-cv", "Leak-free cross-validation", 20);
    }

    @Override
    public CrossValPredict reference() {
        return (X, y, fold, alpha) -> {
            int K = LeakFreeCvBugs.checked(X, y, fold);
            RegressorPipeline<LinearModel> pipeline = Pipeline.of(List.of(new SimpleImputer(),
                    StandardScaler.transformer()), new Ridge(alpha));
            double[] yHat = new double[X.rows()];
            for (int f = 0; f < K; f++) {
                int[] train = LeakFreeCvBugs.rowsOf(fold, f, false);
                int[] test = LeakFreeCvBugs.rowsOf(fold, f, true);
                if (test.length > 0) {
                    double[] predictions = pipeline.fit(X.selectRows(train), LeakFreeCvBugs.take(y, train))
                            .predict(X.selectRows(test));
                    for (int q = 0; q < test.length; q++) {
                        yHat[test[q]] = predictions[q];
                    }
                }
            }
            return yHat;
        };
    }

    @Override
    public List<Bug<CrossValPredict>> bugs() {
        return LeakFreeCvBugs.ALL;
    }

    @Override
    public List<Alternative<CrossValPredict>> alternatives() {
        return LeakFreeCvAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Pipeline.class), Forbidden.type(RegressorPipeline.class),
                Forbidden.type(ClassifierPipeline.class), Forbidden.type(CrossValidation.class),
                Forbidden.type(GridSearchCv.class), Forbidden.type(LearningCurve.class));
    }

    @Override
    public Object call(CrossValPredict cv, Case c) {
        return cv.crossValPredict(c.matrix("X"), c.vector("y"), c.labels("fold"), c.scalar("alpha"));
    }

    @Override
    public String output() {
        return "ŷ";
    }

    @Override
    public void declare(Checks checks) {
        double nan = Double.NaN;
        checks.agrees("six rows, values missing in both columns, three interleaved folds [0, 1, 2, 0, 1, 2], α = 1",
                        data(new double[][] {{1, nan}, {2, 3}, {nan, 1}, {4, 5}, {5, nan}, {3, 2}},
                                new double[] {1, 3, 2, 6, 4, 5}, new int[] {0, 1, 2, 0, 1, 2}, 1), Tolerance.CLOSED_FORM)
                .agrees("nothing missing, contiguous folds [0, 0, 1, 1, 2, 2], α = 0.5",
                        data(new double[][] {{0, 1}, {1, 3}, {2, 2}, {3, 5}, {4, 4}, {5, 7}},
                                new double[] {1, 2, 2, 4, 3, 6}, new int[] {0, 0, 1, 1, 2, 2}, 0.5), Tolerance.CLOSED_FORM)
                .agrees("leave one out: four rows, four folds, a value missing in row 2",
                        data(new double[][] {{1}, {2}, {nan}, {4}}, new double[] {1, 3, 2, 5}, new int[] {3, 1, 0, 2}, 1),
                        Tolerance.CLOSED_FORM)
                .agrees("a fold id without rows is skipped: folds [0, 2, 2, 0] (fold 1 is empty)",
                        data(new double[][] {{1}, {2}, {3}, {5}}, new double[] {2, 1, 4, 3}, new int[] {0, 2, 2, 0}, 1),
                        Tolerance.CLOSED_FORM)
                .agrees("matches the pipeline fitted fold by fold on random data (4 to 12 rows, 3 columns, a value in"
                        + " five missing, 2 to 4 folds, α from 0.5 to 2)", DATA, Tolerance.CLOSED_FORM)
                .holds("no leakage: shifting the other rows of a fold (features and targets, by " + (int) SHIFT + ")"
                        + " leaves the prediction of its first row unchanged", DATA, LeakFreeCvGrader::noLeak)
                .rejects("rejects fold of another length: 3 rows, 2 fold ids",
                        data(new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3}, new int[] {0, 1}, 1),
                        ShapeMismatchException.class)
                .rejects("rejects y of another length: 3 rows, 2 targets",
                        data(new double[][] {{1}, {2}, {3}}, new double[] {1, 2}, new int[] {0, 1, 0}, 1),
                        ShapeMismatchException.class)
                .rejects("rejects a negative fold id", data(new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3},
                        new int[] {0, -1, 1}, 1), IllegalArgumentException.class)
                .rejects("rejects a single fold: no training rows", data(new double[][] {{1}, {2}, {3}},
                        new double[] {1, 2, 3}, new int[] {1, 1, 1}, 1), IllegalArgumentException.class)
                .rejects("rejects an infinite entry of X", data(new double[][] {{1}, {Double.POSITIVE_INFINITY}, {3}},
                        new double[] {1, 2, 3}, new int[] {0, 1, 0}, 1), IllegalArgumentException.class)
                .rejects("rejects α < 0", data(new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3},
                        new int[] {0, 1, 0}, -1), IllegalArgumentException.class);
    }

    private static Case data(double[][] X, double[] y, int[] fold, double alpha) {
        return Case.of("X", Matrix.of(X), "y", y, "fold", fold, "alpha", alpha);
    }

    /** For each fold of ≥ 2 rows: its other rows shifted, its first row's prediction must stay. */
    private static void noLeak(Case c, Invariant.Run run) {
        Object before = run.on(c);
        Expect.that(before instanceof double[], "your code must return a double[].");
        Matrix X = c.matrix("X");
        double[] y = c.vector("y");
        int[] fold = c.labels("fold");
        for (int f = 0; f <= Arrays.stream(fold).max().orElse(0); f++) {
            int[] test = LeakFreeCvBugs.rowsOf(fold, f, true);
            if (test.length < 2) {
                continue;
            }
            Matrix Xs = X.copy();
            double[] ys = y.clone();
            for (int q = 1; q < test.length; q++) {
                for (int j = 0; j < X.cols(); j++) {
                    Xs.set(test[q], j, X.get(test[q], j) + SHIFT);
                }
                ys[test[q]] += SHIFT;
            }
            Object after = run.on(Case.of("X", Xs, "y", ys, "fold", fold, "alpha", c.scalar("alpha")));
            Expect.that(after instanceof double[], "your code must return a double[].");
            double was = ((double[]) before)[test[0]];
            double now = ((double[]) after)[test[0]];
            Expect.that(Math.abs(now - was) <= Tolerance.ROUNDOFF.relative() * Math.max(1.0, Math.abs(was)),
                    "row " + test[0] + " is held out with rows " + MatrixFormat.format(Arrays.stream(test).skip(1)
                            .asDoubleStream().toArray()) + " (fold " + f + "). Shifting those rows' features and targets by "
                            + SHIFT + " moved row " + test[0] + "'s prediction from " + MatrixFormat.number(was) + " to "
                            + MatrixFormat.number(now) + ", but the pipeline that predicts it must be fitted on the"
                            + " other folds only: something learned from the held-out rows leaks into it  (tolerance "
                            + Tolerance.ROUNDOFF + ").");
        }
    }

    /** Quarters of [−2, 2], each entry missing (NaN) with probability 1/5. */
    private static Matrix withMissing(Rng rng, int[] shape) {
        Matrix X = Matrix.zeros(shape[0], shape[1]);
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                X.set(i, j, rng.nextInt(5) == 0 ? Double.NaN : rng.nextInt(-8, 8) / 4.0);
            }
        }
        return X;
    }

    /** K ∈ {2, 3, 4} folds, each row's drawn uniformly. */
    private static int[] folds(Rng rng, int[] shape) {
        int K = rng.nextInt(2, 4);
        int[] fold = new int[shape[0]];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = rng.nextInt(K);
        }
        return fold;
    }

    /** At least two folds with rows, and each fold's training rows observe every column. */
    private static boolean usable(Case c) {
        int[] fold = c.labels("fold");
        Matrix X = c.matrix("X");
        if (Arrays.stream(fold).distinct().count() < 2) {
            return false;
        }
        for (int f : Arrays.stream(fold).distinct().toArray()) {
            for (int j = 0; j < X.cols(); j++) {
                boolean observed = false;
                for (int i = 0; i < X.rows(); i++) {
                    observed |= fold[i] != f && !Double.isNaN(X.get(i, j));
                }
                if (!observed) {
                    return false;
                }
            }
        }
        return true;
    }
}
