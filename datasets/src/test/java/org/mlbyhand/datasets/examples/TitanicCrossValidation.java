package org.mlbyhand.datasets.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.mlbyhand.core.data.OneHotEncoder;
import org.mlbyhand.core.data.SimpleImputer;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.data.StratifiedKFold;
import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.ensemble.GradientBoostingClassifier;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.metrics.CrossValidation;
import org.mlbyhand.core.selection.ColumnTransformer;
import org.mlbyhand.core.selection.Pipeline;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.Titanic;

/**
 * Problem set 2's end-to-end example: who survived the Titanic, estimated without leakage. Everyone
 * aboard (2207 people, {@link Titanic#load()}), four columns (gender, age, class, embarked), and one
 * pipeline per model, cross-validated on the same seeded stratified 5 folds:
 * <pre>{@code
 *   ColumnTransformer( age → SimpleImputer(MEDIAN),  gender, class, embarked → OneHotEncoder(IGNORE) )
 *     → StandardScaler → model
 * }</pre>
 * Every step is fitted on the training folds only: the median age, the categories and the scales of
 * a fold's model never see its test rows. It prints one column of fold accuracies, mean and standard
 * deviation per model ({@link #MODELS}: add a line there to add a column). Run it from the repository
 * root with
 * <pre>{@code
 *   ./mvnw -q -pl datasets -am compile
 *   java -cp core/target/classes:datasets/target/classes datasets/src/test/java/org/mlbyhand/datasets/examples/TitanicCrossValidation.java
 * }</pre>
 * Its logistic-regression column is checked against scikit-learn's answer on the same folds, and its
 * gradient-boosting mean within two points of scikit-learn's (whose trees break ties by their seed), by
 * {@code TitanicCrossValidationTest} (golden file core/src/test/resources/golden/selection_titanic.json).
 */
public final class TitanicCrossValidation {
    /** The seed of the stratified folds. */
    public static final long SEED = 1912L;
    /** The number of folds. */
    public static final int FOLDS = 5;
    /** The columns of {@link Titanic#load()} the pipelines read, in this order. */
    public static final List<String> FEATURES = List.of("gender", "age", "class", "embarked");

    /** A column of the table: a name and a fresh leak-free estimator (every step inside it). */
    public record Model(String name, Supplier<Classifier<?>> estimator) {
    }

    /** The table's columns, in order. A new model is one more line. */
    public static final List<Model> MODELS = List.of(
            new Model("logistic regression", () -> Pipeline.of(preprocessing(), new LogisticRegression())),
            new Model("gradient boosting", () -> Pipeline.of(preprocessing(), new GradientBoostingClassifier())));

    /** The cross-validated accuracies of each model: scores.get(m)[f] is model m on fold f. */
    public record Table(List<String> models, List<double[]> scores) {
        /** Returns the mean accuracy of model m over the folds. */
        public double mean(int m) {
            double sum = 0.0;
            for (double s : scores.get(m)) {
                sum += s;
            }
            return sum / scores.get(m).length;
        }

        /** Returns the population standard deviation of model m's fold accuracies (numpy's std). */
        public double std(int m) {
            double mean = mean(m);
            double sum = 0.0;
            for (double s : scores.get(m)) {
                sum += (s - mean) * (s - mean);
            }
            return Math.sqrt(sum / scores.get(m).length);
        }

        /** Returns the table as text: one row per fold, then mean and std; one column per model. */
        public String format() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s", ""));
            for (String name : models) {
                out.append(String.format(Locale.ROOT, "  %22s", name));
            }
            out.append('\n');
            for (int f = 0; f < scores.get(0).length; f++) {
                out.append(String.format(Locale.ROOT, "%-8s", "fold " + (f + 1)));
                for (double[] s : scores) {
                    out.append(String.format(Locale.ROOT, "  %22.4f", s[f]));
                }
                out.append('\n');
            }
            for (String row : List.of("mean", "std")) {
                out.append(String.format(Locale.ROOT, "%-8s", row));
                for (int m = 0; m < models.size(); m++) {
                    out.append(String.format(Locale.ROOT, "  %22.4f", row.equals("mean") ? mean(m) : std(m)));
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    private TitanicCrossValidation() {
    }

    /** The shared steps: median age, one-hot gender, class and embarked (columns 1 and 0, 2, 3 of {@link #FEATURES}), then scaling. */
    public static List<Transformer<?>> preprocessing() {
        ColumnTransformer columns = new ColumnTransformer()
                .with(new SimpleImputer(SimpleImputer.Strategy.MEDIAN), 1)
                .with(new OneHotEncoder().withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE), 0, 2, 3);
        return List.of(columns, StandardScaler.transformer());
    }

    /** Returns the columns {@link #FEATURES} of the data set's X, n×4 (missing ages stay NaN). */
    public static Matrix features(Dataset titanic) {
        Matrix all = titanic.features();
        Matrix X = Matrix.zeros(all.rows(), FEATURES.size());   // n×4
        for (int k = 0; k < FEATURES.size(); k++) {
            int j = titanic.featureNames().indexOf(FEATURES.get(k));
            for (int i = 0; i < all.rows(); i++) {
                X.set(i, k, all.get(i, j));
            }
        }
        return X;
    }

    /** Cross-validates each model on the same stratified folds of the data set (seeded) and returns the accuracies. */
    public static Table crossValidate(Dataset titanic, List<Model> models, long seed) {
        Matrix X = features(titanic);
        int[] y = titanic.labels();
        List<Split> folds = StratifiedKFold.folds(y, FOLDS, seed);
        Scorer<ClassificationModel, int[]> accuracy = (m, XTest, yTest) -> ClassificationMetrics.accuracyScore(yTest, m.predict(XTest));
        List<String> names = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (Model model : models) {
            names.add(model.name());
            scores.add(CrossValidation.crossValScore(model.estimator().get(), X, y, folds, accuracy));
        }
        return new Table(List.copyOf(names), List.copyOf(scores));
    }

    /** Prints the cross-validation table of {@link #MODELS} on the Titanic data. */
    public static void main(String[] args) {
        Dataset titanic = Titanic.load();
        int[] counts = titanic.classCounts();
        System.out.printf(Locale.ROOT, "Titanic: %d people aboard, %d survived; stratified %d-fold cross-validation (seed %d), accuracy%n",
                titanic.rows(), counts[1], FOLDS, SEED);
        System.out.println("each model is a pipeline fitted on the training folds only: age → median imputation,"
                + " gender, class, embarked → one-hot; standardize; model");
        System.out.println();
        System.out.print(crossValidate(titanic, MODELS, SEED).format());
    }
}
