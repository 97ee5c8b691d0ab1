package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Diabetes (Efron, Hastie, Johnstone and Tibshirani, "Least Angle Regression", 2004): 442 patients,
 * 10 baseline variables, and a quantitative measure of disease progression one year later (25 … 346).
 *
 * <p>These are the <em>raw</em> values (age in years, sex coded 1/2, BMI, mean blood pressure, six
 * blood serum measurements s1 … s6), not scikit-learn's default pre-scaled copy: scaling is the
 * learner's job. A regression data set: {@code classNames()} is empty.
 */
public final class Diabetes {
    /** The bundled file. */
    public static final String FILE = "diabetes.csv";

    private Diabetes() {
    }

    /**
     * Loads the data set: X is 442×10, targets are the disease progression.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("diabetes", FILE, "target", List.of(), Set.of(), Set.of());
    }
}
