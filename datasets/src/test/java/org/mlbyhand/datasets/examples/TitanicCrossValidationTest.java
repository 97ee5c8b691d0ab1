package org.mlbyhand.datasets.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mlbyhand.datasets.Titanic;

/**
 * The example's numbers are scikit-learn's: its logistic-regression column equals the fold
 * accuracies, mean and standard deviation that scikit-learn 1.2.1 gives for the same pipeline on the
 * same folds. They are read from core's golden file selection_titanic.json (written by
 * tools/parity/make_golden_selection.py, and checked against core's pipeline by core's
 * TitanicVersusScikitLearnTest), by path from this module's folder, Surefire's working directory:
 * this module's tests cannot see core's test resources on the class path.
 */
class TitanicCrossValidationTest {
    private static final Path GOLDEN = Path.of("../core/src/test/resources/golden/selection_titanic.json");
    /** Accuracies are fractions k/n computed the same way on both sides; mean and std add a few roundings. */
    private static final double SKLEARN = 1e-12;

    @Test
    void theLogisticRegressionColumnIsScikitLearnsOnTheSameFolds() throws IOException {
        String golden = Files.readString(GOLDEN);
        assertEquals(TitanicCrossValidation.SEED, (long) number(golden, "seed"), "the folds' seed");
        TitanicCrossValidation.Table table = TitanicCrossValidation.crossValidate(Titanic.load(), TitanicCrossValidation.MODELS,
                TitanicCrossValidation.SEED);
        assertEquals("logistic regression", table.models().get(0));
        assertArrayEquals(numbers(golden, "accuracy"), table.scores().get(0), SKLEARN, "fold accuracies");
        assertEquals(number(golden, "accuracy_mean"), table.mean(0), SKLEARN, "mean accuracy");
        assertEquals(number(golden, "accuracy_std"), table.std(0), SKLEARN, "std of the accuracies");
    }

    @Test
    void theGradientBoostingColumnIsWithinTwoPointsOfScikitLearns() throws IOException {
        double[] sklearn = numbers(Files.readString(GOLDEN), "gradient_boosting_mean_accuracy");
        double theirs = Arrays.stream(sklearn).average().orElseThrow();
        TitanicCrossValidation.Table table = TitanicCrossValidation.crossValidate(Titanic.load(), TitanicCrossValidation.MODELS,
                TitanicCrossValidation.SEED);
        assertEquals("gradient boosting", table.models().get(1));
        assertEquals(theirs, table.mean(1), 0.02, "mean accuracy: ours " + table.mean(1) + ", scikit-learn's " + theirs);
    }

    @Test
    void theTableHasAColumnPerModelAndARowPerFoldThenMeanAndStd() {
        TitanicCrossValidation.Table table = new TitanicCrossValidation.Table(java.util.List.of("a", "b"),
                java.util.List.of(new double[] {0.5, 0.7}, new double[] {1, 0}));
        String[] lines = table.format().split("\n");
        assertEquals(5, lines.length, table.format());
        assertTrue(lines[0].contains("a") && lines[0].contains("b"));
        assertTrue(lines[1].startsWith("fold 1") && lines[1].contains("0.5000") && lines[1].contains("1.0000"), lines[1]);
        assertTrue(lines[3].startsWith("mean") && lines[3].contains("0.6000") && lines[3].contains("0.5000"), lines[3]);
        assertTrue(lines[4].startsWith("std") && lines[4].contains("0.1000") && lines[4].contains("0.5000"), lines[4]);
    }

    /** The flat list of numbers written as {@code "key": [a, b, …]} on one line. */
    private static double[] numbers(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \\[([^\\]\\[]*)\\]").matcher(json);
        assertTrue(m.find(), "golden file has no \"" + key + "\" (regenerate with tools/parity/make_golden_selection.py)");
        return Arrays.stream(m.group(1).split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    /** The number written as {@code "key": x}. */
    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.eE+]+)").matcher(json);
        assertTrue(m.find(), "golden file has no \"" + key + "\" (regenerate with tools/parity/make_golden_selection.py)");
        return Double.parseDouble(m.group(1));
    }
}
