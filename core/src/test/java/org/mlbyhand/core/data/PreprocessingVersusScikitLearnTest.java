package org.mlbyhand.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * SimpleImputer and OneHotEncoder against scikit-learn 1.2.1 (golden file preprocessing.json from
 * tools/parity/make_golden_selection.py): every strategy with and without keepEmptyFeatures, on a
 * matrix with ties, an even count and a column with no observed value; every handleUnknown × drop.
 * The outputs are exact (order statistics, counts, copies) but for the mean, a sum divided by a
 * count: within {@link #MEAN} of numpy's.
 */
@ExtendWith(Parity.class)
class PreprocessingVersusScikitLearnTest {
    /** A mean of at most 12 numbers of size ~10: numpy may sum them in another order. */
    private static final double MEAN = 1e-13;

    @Test
    void simpleImputerMatchesScikitLearn() {
        Golden g = Golden.load("preprocessing.json");
        Matrix X = withMissing(g, "X");
        Matrix T = withMissing(g, "T");
        for (Golden c : g.objects("imputers")) {
            SimpleImputer imputer = new SimpleImputer(SimpleImputer.Strategy.valueOf(c.string("strategy").toUpperCase(Locale.ROOT)))
                    .withKeepEmptyFeatures(c.bool("keep_empty_features")).withFillValue(c.number("fill_value"));
            Imputation fitted = imputer.fit(X);
            String at = imputer.toString();
            double[] statistics = c.vector("statistics");
            for (int j : c.labels("dropped")) {
                statistics[j] = Double.NaN;
            }
            assertArrayEquals(statistics, fitted.statistics(), MEAN, "statistics (NaN: a dropped column): " + at);
            assertClose("SimpleImputer", "transform", "transform of the training rows: " + at, c.matrix("transform_train"),
                    fitted.transform(X), MEAN);
            assertClose("SimpleImputer", "transform", "transform of new rows: " + at, c.matrix("transform_test"),
                    fitted.transform(T), MEAN);
        }
    }

    @Test
    void oneHotEncoderMatchesScikitLearn() {
        Golden g = Golden.load("preprocessing.json");
        Matrix C = g.matrix("C");
        for (Golden c : g.objects("encoders")) {
            OneHotEncoder encoder = new OneHotEncoder()
                    .withHandleUnknown(OneHotEncoder.HandleUnknown.valueOf(c.string("handle_unknown").toUpperCase(Locale.ROOT)))
                    .withDrop(OneHotEncoder.Drop.valueOf(c.string("drop").toUpperCase(Locale.ROOT)));
            OneHotEncoding fitted = encoder.fit(C);
            String at = encoder.toString();
            assertArrayEquals(categories(c), fitted.categories(), "categories: " + at);
            assertArrayEquals(c.labels("drop_idx"), fitted.dropIdx(), "drop_idx: " + at);
            assertClose("OneHotEncoder", "transform", "training rows: " + at, c.matrix("transform_train"), fitted.transform(C), 0.0);
            assertClose("OneHotEncoder", "transform", "known rows: " + at, c.matrix("transform_known"), fitted.transform(g.matrix("C_known")), 0.0);
            if (encoder.handleUnknown() == OneHotEncoder.HandleUnknown.IGNORE) {
                assertClose("OneHotEncoder", "transform", "rows with unknown values: " + at, c.matrix("transform_unknown"),
                        fitted.transform(g.matrix("C_unknown")), 0.0);
            } else {
                assertThrows(IllegalArgumentException.class, () -> fitted.transform(g.matrix("C_unknown")), "unknown values: " + at);
            }
        }
    }

    /** The golden matrix with NaN put back where "name_missing" lists [row, column]. */
    static Matrix withMissing(Golden g, String name) {
        Matrix X = g.matrix(name);
        for (double[] at : g.vectors(name + "_missing")) {
            X.set((int) at[0], (int) at[1], Double.NaN);
        }
        return X;
    }

    /** The categories are ragged (one list per column), each written as {"values": [...]}. */
    private static double[][] categories(Golden c) {
        return c.objects("categories").stream().map(o -> o.vector("values")).toArray(double[][]::new);
    }
}
