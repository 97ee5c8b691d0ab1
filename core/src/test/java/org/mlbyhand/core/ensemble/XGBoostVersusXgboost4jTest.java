package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The mini-XGBoost against XGBoost 3.4.0 itself (xgboost4j, a test dependency of core's reference
 * profile), tree by tree. Given the same float32-valued features (XGBoost stores features in float32,
 * so both see the same numbers), the same hyper-parameters ({@code gamma} = 2γ: see
 * {@link RegularizedObjective}), {@code tree_method=exact} and one thread:
 * <ul>
 *   <li>the base score is XGBoost's estimate (the mean of the labels) or the one both are given;</li>
 *   <li>every tree has the same shape, the same split features and the same thresholds (as float32);
 *       leaf values and covers agree to float32 precision;</li>
 *   <li>the margins agree to float32 precision ({@link Tolerances#XGBOOST_MARGIN}), and so do the
 *       probabilities.</li>
 * </ul>
 * Data: diabetes (442×10, raw units; golden/ridge.json) for reg:squarederror, standardized breast
 * cancer (569×30; golden/logistic_binary.json) for binary:logistic. The largest differences are
 * written to target/parity/xgboost.md ({@link Xgboost4j#REPORT}).
 */
class XGBoostVersusXgboost4jTest {
    /** One comparison: XGBoost's parameters, ours the same but gamma halved; no base score means estimated. */
    record Setting(String name, int rounds, int maxDepth, double eta, double lambda, double gamma, double minChildWeight,
                   OptionalDouble baseScore) {
        Map<String, Object> xgboostParams(String objective) {
            Map<String, Object> params = new java.util.HashMap<>(Map.of("objective", objective, "max_depth", maxDepth,
                    "eta", eta, "lambda", lambda, "gamma", 2 * gamma, "min_child_weight", minChildWeight));
            baseScore.ifPresent(b -> params.put("base_score", b));
            return params;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Gamma 1000 (XGBoost's 2000) prunes a third of the nodes and keeps 26 splits of negative gain for their children. */
    static Stream<Setting> regressionSettings() {
        return Stream.of(
                new Setting("XGBoost's defaults, 30 rounds", 30, 6, 0.3, 1.0, 0.0, 1.0, OptionalDouble.empty()),
                new Setting("stumps without lambda", 50, 1, 0.5, 0.0, 0.0, 1.0, OptionalDouble.empty()),
                new Setting("gamma 1000 prunes, minChildWeight 5, base score 100", 30, 4, 0.3, 1.0, 1000.0, 5.0, OptionalDouble.of(100.0)),
                new Setting("eta 1, minChildWeight 0, lambda 2", 10, 3, 1.0, 2.0, 0.0, 0.0, OptionalDouble.empty()));
    }

    static Stream<Setting> classificationSettings() {
        return Stream.of(
                new Setting("XGBoost's defaults, 30 rounds", 30, 6, 0.3, 1.0, 0.0, 1.0, OptionalDouble.empty()),
                new Setting("100 rounds of depth 3", 100, 3, 0.3, 1.0, 0.0, 1.0, OptionalDouble.empty()),
                new Setting("gamma 0.5, no lambda, minChildWeight 0.5, base score 0.5", 30, 4, 0.5, 0.0, 0.5, 0.5,
                        OptionalDouble.of(0.5)),
                new Setting("stumps, eta 1, base score 0.25", 40, 1, 1.0, 1.0, 0.0, 1.0, OptionalDouble.of(0.25)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressionSettings")
    void squaredErrorMatchesXgboostTreeByTree(Setting s) {
        Golden diabetes = Golden.load("ridge.json");
        Matrix X = Xgboost4j.float32(diabetes.matrix("X"));
        double[] y = diabetes.vector("y");                    // integers: exact in float32
        Xgboost4j.Fit theirs = Xgboost4j.train(X, y, s.xgboostParams("reg:squarederror"), s.rounds());
        XGBoostRegressor estimator = new XGBoostRegressor().withNEstimators(s.rounds()).withMaxDepth(s.maxDepth())
                .withEta(s.eta()).withLambda(s.lambda()).withGamma(s.gamma()).withMinChildWeight(s.minChildWeight());
        if (s.baseScore().isPresent()) {
            estimator = estimator.withBaseScore(s.baseScore().getAsDouble());
        }
        XGBoostRegressionModel ours = estimator.fit(X, y);

        assertEquals(theirs.baseScore(), ours.baseScore(), Tolerances.FLOAT32 * Math.abs(ours.baseScore()), "base score");
        double scale = maxAbs(theirs.margins());
        assertSameTrees("reg:squarederror, " + s, theirs.trees(), ours.trees(), scale);
        assertClose("reg:squarederror margin", s, theirs.margins(), ours.predict(X), Tolerances.XGBOOST_MARGIN * scale);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classificationSettings")
    void logisticMatchesXgboostTreeByTree(Setting s) {
        Golden cancer = Golden.load("logistic_binary.json");
        Matrix X = Xgboost4j.float32(cancer.matrix("X"));
        int[] y = cancer.labels("y");
        double[] labels = java.util.Arrays.stream(y).asDoubleStream().toArray();
        Xgboost4j.Fit theirs = Xgboost4j.train(X, labels, s.xgboostParams("binary:logistic"), s.rounds());
        XGBoostClassifier estimator = new XGBoostClassifier().withNEstimators(s.rounds()).withMaxDepth(s.maxDepth())
                .withEta(s.eta()).withLambda(s.lambda()).withGamma(s.gamma()).withMinChildWeight(s.minChildWeight());
        if (s.baseScore().isPresent()) {
            estimator = estimator.withBaseScore(s.baseScore().getAsDouble());
        }
        XGBoostClassificationModel ours = estimator.fit(X, y);

        assertEquals(theirs.baseScore(), ours.baseScore(), Tolerances.FLOAT32 * ours.baseScore(), "base score, a probability");
        double scale = maxAbs(theirs.margins());
        assertSameTrees("binary:logistic, " + s, theirs.trees(), ours.trees(), scale);
        assertClose("binary:logistic margin", s, theirs.margins(), ours.decisionFunction(X), Tolerances.XGBOOST_MARGIN * scale);
        assertClose("binary:logistic P(y = 1)", s, Activations.sigmoid(theirs.margins()), ours.predictPositiveProba(X),
                Tolerances.XGBOOST_PROBABILITY);
    }

    @Test
    void xgboostsLossChangeIsTwiceOurGainPlusGamma() {
        // XGBoost reports (and compares with its gamma) Δ = G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ): no ½, no γ.
        Matrix X = Xgboost4j.float32(Data.regression(3L, 40).X());
        double[] y = Data.regression(3L, 40).y();
        double gamma = 0.01;
        Setting s = new Setting("one tree", 1, 3, 0.3, 1.0, gamma, 1.0, OptionalDouble.of(0.0));
        Map<String, Object> theirs = Xgboost4j.train(X, y, s.xgboostParams("reg:squarederror"), 1).trees().get(0);
        XGBoostTree ours = new XGBoostRegressor().withNEstimators(1).withMaxDepth(3).withGamma(gamma).withBaseScore(0.0)
                .fit(X, y).trees().get(0);
        assertSameTree("one tree", theirs, 0, ours, 0, 1.0);
        assertLossChanges(theirs, 0, ours, 0, gamma);
    }

    @AfterAll
    static void writeTheLedger() {
        Xgboost4j.writeLedger();
    }

    private static void assertSameTrees(String what, List<Map<String, Object>> theirs, List<XGBoostTree> ours, double scale) {
        assertEquals(theirs.size(), ours.size(), what + ": number of trees");
        for (int t = 0; t < ours.size(); t++) {
            assertSameTree(what + ", tree " + t, theirs.get(t), 0, ours.get(t), 0, scale);
        }
    }

    /** Compares XGBoost's node x with our node o and, recursively, their subtrees. */
    private static void assertSameTree(String what, Map<String, Object> theirs, int x, XGBoostTree ours, int o, double scale) {
        int left = (int) Xgboost4j.number(theirs, "left_children", x);
        String here = what + ", our node " + o + " (XGBoost's " + x + ")";
        double cover = Xgboost4j.number(theirs, "sum_hessian", x);
        double coverDifference = Math.abs(cover - ours.cover(o)) / cover;
        Xgboost4j.record("cover (relative)", coverDifference, Tolerances.XGBOOST_COVER);
        if (coverDifference > Tolerances.XGBOOST_COVER) {
            fail(here + ": cover " + ours.cover(o) + ", XGBoost's " + cover);
        }
        if (ours.isLeaf(o) != (left == -1)) {
            fail(here + ": ours is " + describe(ours, o) + ", XGBoost's a " + (left == -1 ? "leaf" : "split on f"
                    + (int) Xgboost4j.number(theirs, "split_indices", x) + " < " + Xgboost4j.number(theirs, "split_conditions", x)));
        }
        if (ours.isLeaf(o)) {
            double value = Xgboost4j.number(theirs, "split_conditions", x);   // a leaf's value, in XGBoost's JSON
            Xgboost4j.record("leaf value (relative to the largest margin)", Math.abs(value - ours.leafValue(o)) / scale,
                    Tolerances.XGBOOST_LEAF);
            assertEquals(value, ours.leafValue(o), Tolerances.XGBOOST_LEAF * scale, here + ": leaf value");
            return;
        }
        int feature = (int) Xgboost4j.number(theirs, "split_indices", x);
        float threshold = (float) Xgboost4j.number(theirs, "split_conditions", x);
        if (feature != ours.feature(o) || threshold != (float) ours.threshold(o)) {
            fail(here + ": ours is " + describe(ours, o) + ", XGBoost's a split on f" + feature + " < " + threshold
                    + " (its loss change " + Xgboost4j.number(theirs, "loss_changes", x) + ")");
        }
        assertSameTree(what, theirs, left, ours, ours.left(o), scale);
        assertSameTree(what, theirs, (int) Xgboost4j.number(theirs, "right_children", x), ours, ours.right(o), scale);
    }

    private static void assertLossChanges(Map<String, Object> theirs, int x, XGBoostTree ours, int o, double gamma) {
        if (ours.isLeaf(o)) {
            return;
        }
        double delta = Xgboost4j.number(theirs, "loss_changes", x);
        double ours2 = 2 * (ours.gain(o) + gamma);
        Xgboost4j.record("loss change Δ = 2·(gain + γ) (relative)", Math.abs(delta - ours2) / Math.abs(delta), Tolerances.XGBOOST_LOSS_CHANGE);
        assertEquals(delta, ours2, Tolerances.XGBOOST_LOSS_CHANGE * Math.abs(delta), "node " + o + ": Δ = 2·(gain + γ)");
        assertLossChanges(theirs, (int) Xgboost4j.number(theirs, "left_children", x), ours, ours.left(o), gamma);
        assertLossChanges(theirs, (int) Xgboost4j.number(theirs, "right_children", x), ours, ours.right(o), gamma);
    }

    private static void assertClose(String quantity, Setting s, double[] expected, double[] actual, double tol) {
        double largest = 0.0;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(expected[i] - actual[i]);
            largest = Math.max(largest, d);
            if (!(d <= tol)) {
                fail(quantity + ", " + s + ": row " + i + " expected " + expected[i] + ", got " + actual[i] + " (tolerance " + tol + ")");
            }
        }
        double scale = quantity.endsWith("margin") ? maxAbs(expected) : 1.0;
        Xgboost4j.record(quantity + (scale == 1.0 ? " (absolute)" : " (relative to the largest margin)") + ", " + s,
                largest / scale, tol / scale);
    }

    private static String describe(XGBoostTree tree, int node) {
        return tree.isLeaf(node) ? "a leaf" : "a split on f" + tree.feature(node) + " < " + tree.threshold(node) + " (gain "
                + tree.gain(node) + ")";
    }

    private static double maxAbs(double[] x) {
        double m = 0.0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
