package org.mlbyhand.core.ensemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.mlbyhand.core.io.Json;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Glue for the XGBoost parity tests: trains XGBoost 3.4 through xgboost4j on a {@link Matrix}, and reads
 * back its margins, base score and trees (from its JSON model, whose floats are printed exactly). Also
 * keeps a ledger of the largest differences measured, written to {@value #REPORT} after the tests.
 *
 * <p>xgboost4j's jar carries the native library of each platform (linux x86_64 here) and loads it on
 * first use; on JDK 21+ that needs {@code --enable-native-access=ALL-UNNAMED}, which core's jdk21+
 * profile sets for the tests.
 */
final class Xgboost4j {
    /** Where the ledger is written, relative to the module folder (Surefire's working directory). */
    static final String REPORT = "target/parity/xgboost.md";

    private static final Map<String, double[]> LEDGER = new LinkedHashMap<>();   // quantity → {largest, tolerance}

    private Xgboost4j() {
    }

    /** A trained booster's answers, read while the native booster was alive. */
    record Fit(double baseScore, double[] margins, List<Map<String, Object>> trees) {
    }

    /**
     * Trains {@code rounds} trees with tree_method=exact on one thread, and returns the base score as
     * XGBoost stored it, the training margins and the trees.
     *
     * @param X      n×p, float32-valued (not modified)
     * @param labels length n
     * @param params XGBoost parameters (objective, eta, max_depth, …)
     */
    static Fit train(Matrix X, double[] labels, Map<String, Object> params, int rounds) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("tree_method", "exact");
        all.put("nthread", 1);
        all.put("verbosity", 0);
        DMatrix data = null;
        Booster booster = null;
        try {
            data = new DMatrix(floats(X.toRowMajorArray()), X.rows(), X.cols(), Float.NaN);
            data.setLabel(floats(labels));
            booster = XGBoost.train(data, all, rounds, new HashMap<>(), null, null);
            float[][] margins = booster.predict(data, true);                  // n×1
            double[] m = new double[margins.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = margins[i][0];
            }
            Map<String, Object> learner = object(Json.parse(new String(booster.toByteArray("json"), StandardCharsets.UTF_8)), "learner");
            String base = (String) object(learner, "learner_model_param").get("base_score");   // e.g. "[1.5213348E2]"
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> trees = (List<Map<String, Object>>) object(object(learner, "gradient_booster"), "model").get("trees");
            return new Fit(Double.parseDouble(base.replaceAll("[\\[\\]]", "")), m, trees);
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost4j failed: " + e.getMessage(), e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (data != null) {
                data.dispose();
            }
        }
    }

    /** Returns entry k of the array named key of one tree of a {@link Fit}: an int or a float. */
    static double number(Map<String, Object> tree, String key, int k) {
        return ((Number) ((List<?>) tree.get(key)).get(k)).doubleValue();
    }

    /** Returns X with every entry rounded to float32, as XGBoost stores it. */
    static Matrix float32(Matrix X) {
        return X.map(v -> (double) (float) v);
    }

    /** Records a measured difference under a quantity, keeping the largest, with its tolerance. */
    static synchronized void record(String quantity, double difference, double tolerance) {
        double[] e = LEDGER.computeIfAbsent(quantity, k -> new double[2]);
        e[0] = Math.max(e[0], difference);
        e[1] = tolerance;
    }

    /** Writes the ledger to {@link #REPORT} as a Markdown table. */
    static synchronized void writeLedger() {
        List<String> lines = new ArrayList<>();
        lines.add("Largest difference from XGBoost 3.4.0 (xgboost4j, tree_method=exact) in this test run.");
        lines.add("");
        lines.add("| quantity | largest difference | tolerance |");
        lines.add("|---|--:|--:|");
        LEDGER.forEach((q, e) -> lines.add(String.format(Locale.ROOT, "| %s | %.1e | %.0e |", q, e[0], e[1])));
        Path file = Path.of(REPORT);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json, String key) {
        return (Map<String, Object>) ((Map<String, Object>) json).get(key);
    }

    private static float[] floats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }
}
