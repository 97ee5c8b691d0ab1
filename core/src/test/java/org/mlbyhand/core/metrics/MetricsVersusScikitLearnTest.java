package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.golden.Golden;

/**
 * Every metric against scikit-learn 1.2's value on seeded inputs, within 1e-12 (golden file
 * metrics.json from tools/parity/make_golden.py; zero_division=0, log_loss with eps='auto').
 */
@ExtendWith(Parity.class)
class MetricsVersusScikitLearnTest {
    /** Issue #4: every metric to 1e-12. */
    private static final double METRIC = 1e-12;

    private static final Golden GOLDEN = Golden.load("metrics.json");

    @Test
    void regressionMetricsMatchIncludingAConstantTarget() {
        for (Golden c : GOLDEN.objects("regression")) {
            double[] t = c.vector("y_true");
            double[] p = c.vector("y_pred");
            assertClose("Regression metrics", "MSE", c.string("name") + " MSE", c.number("mse"), RegressionMetrics.meanSquaredError(t, p), METRIC);
            assertClose("Regression metrics", "R²", c.string("name") + " R²", c.number("r2"), RegressionMetrics.r2Score(t, p), METRIC);
        }
    }

    @Test
    void binaryMetricsMatchIncludingZeroDivisionAndTiedScores() {
        for (Golden c : GOLDEN.objects("binary")) {
            int[] t = c.labels("y_true");
            int[] p = c.labels("y_pred");
            String name = c.string("name");
            assertClose("Binary metrics", "accuracy", name + " accuracy", c.number("accuracy"), ClassificationMetrics.accuracyScore(t, p), METRIC);
            assertClose("Binary metrics", "precision", name + " precision", c.number("precision"), ClassificationMetrics.precisionScore(t, p), METRIC);
            assertClose("Binary metrics", "recall", name + " recall", c.number("recall"), ClassificationMetrics.recallScore(t, p), METRIC);
            assertClose("Binary metrics", "F1", name + " F1", c.number("f1"), ClassificationMetrics.f1Score(t, p), METRIC);
            assertClose("Binary metrics", "ROC AUC", name + " ROC AUC", c.number("roc_auc"), RocAuc.rocAucScore(t, c.vector("score")), METRIC);
            assertClose("Binary metrics", "log-loss", name + " log-loss", c.number("log_loss"), ClassificationMetrics.logLoss(t, c.vector("score")), METRIC);
            int[][] expected = toInts(c.vectors("confusion_matrix"));
            int[][] actual = ClassificationMetrics.confusionMatrix(t, p);
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], actual[i], name + " confusion matrix row " + i);
            }
        }
        Golden ranking = GOLDEN.object("ranking");
        assertClose("Binary metrics", "ROC AUC", "ROC AUC of distinct scores", ranking.number("roc_auc"),
                RocAuc.rocAucScore(ranking.labels("y_true"), ranking.vector("score")), METRIC);
    }

    @Test
    void multiclassMetricsMatchForEveryAverage() {
        Golden c = GOLDEN.object("multiclass");
        int[] t = c.labels("y_true");
        int[] p = c.labels("y_pred");
        assertClose("Multiclass metrics", "accuracy", "accuracy", c.number("accuracy"), ClassificationMetrics.accuracyScore(t, p), METRIC);
        assertClose("Multiclass metrics", "log-loss", "log-loss", c.number("log_loss"), ClassificationMetrics.logLoss(t, c.matrix("proba")), METRIC);
        for (Average average : Average.values()) {
            String key = average.name().toLowerCase(java.util.Locale.ROOT);
            assertClose("Multiclass metrics", "precision (micro, macro, weighted)", "precision " + key, c.number("precision_" + key), ClassificationMetrics.precisionScore(t, p, average), METRIC);
            assertClose("Multiclass metrics", "recall (micro, macro, weighted)", "recall " + key, c.number("recall_" + key), ClassificationMetrics.recallScore(t, p, average), METRIC);
            assertClose("Multiclass metrics", "F1 (micro, macro, weighted)", "F1 " + key, c.number("f1_" + key), ClassificationMetrics.f1Score(t, p, average), METRIC);
        }
        int[][] expected = toInts(c.vectors("confusion_matrix"));
        int[][] actual = ClassificationMetrics.confusionMatrix(t, p);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], "confusion matrix row " + i);
        }
    }

    private static int[][] toInts(double[][] a) {
        int[][] r = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = new int[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                r[i][j] = (int) a[i][j];
            }
        }
        return r;
    }
}
