package org.mlbyhand.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mlbyhand.benchmarks.BenchmarkTable.Machine;
import org.mlbyhand.benchmarks.BenchmarkTable.Row;

/**
 * Formats the rows of the {@code models} plan as one Markdown table per model family, each row with its
 * speed relative to every reference measured in the same run, then the goals.
 *
 * <p>A ratio is (reference time) / (this row's time): 2.00 means twice as fast as the reference, 0.50 half
 * as fast. The reference is the same family's row at the same data on as many threads (one thread for a
 * one-thread row, all cores for an all-core row), or its one-thread row when it has no all-core one.
 */
final class ModelTable {
    /**
     * A goal: {@code method} against {@code reference} of the same class at the same data. A speed goal is
     * met when the ratio (reference time / method time) is at least {@code atLeast}; an overhead goal when
     * method time / reference time − 1 is below {@code overheadBelow}.
     */
    record Goal(String what, Class<?> benchmark, String method, String reference, double atLeast, double overheadBelow) {
        static Goal speed(String what, Class<?> benchmark, String method, String reference, double atLeast) {
            return new Goal(what, benchmark, method, reference, atLeast, Double.NaN);
        }

        static Goal overhead(String what, Class<?> benchmark, String method, String reference, double below) {
            return new Goal(what, benchmark, method, reference, Double.NaN, below);
        }
    }

    /** The goals of the model benchmarks' brief. */
    static final List<Goal> GOALS = List.of(
            Goal.speed("tree, classifier: core vs Smile, 1 thread", DecisionTreeBenchmark.class, "coreClassifier", "smileClassifier", 1.0),
            Goal.speed("tree, classifier: core (1 thread; no parallel tree) vs Smile on all cores", DecisionTreeBenchmark.class,
                    "coreClassifier", "smileClassifierParallel", 1.0),
            Goal.speed("tree, regressor: core vs Smile, 1 thread", DecisionTreeBenchmark.class, "coreRegressor", "smileRegressor", 1.0),
            Goal.speed("tree, regressor: core (1 thread; no parallel tree) vs Smile on all cores", DecisionTreeBenchmark.class,
                    "coreRegressor", "smileRegressorParallel", 1.0),
            Goal.speed("random forest: core vs Smile, 1 thread", RandomForestBenchmark.class, "core", "smile", 1.0),
            Goal.speed("random forest: core vs Smile, all cores", RandomForestBenchmark.class, "coreParallel", "smileParallel", 1.0),
            Goal.speed("k-means: core vs Smile", KMeansBenchmark.class, "core", "smile", 1.0),
            Goal.speed("PCA: core FULL vs EJML SVD", PcaBenchmark.class, "coreFull", "ejmlSvd", 1.0),
            Goal.speed("PCA: core COVARIANCE_EIGH vs EJML SVD", PcaBenchmark.class, "coreCovarianceEigh", "ejmlSvd", 1.0),
            Goal.speed("PCA: core COVARIANCE_EIGH vs EJML covariance (the same route)", PcaBenchmark.class,
                    "coreCovarianceEigh", "ejmlCovariance", 1.0),
            Goal.speed("PCA: core FULL vs native (documented, no goal)", PcaBenchmark.class, "coreFull", "smile", 0.0),
            Goal.speed("PCA: core COVARIANCE_EIGH vs native (documented, no goal)", PcaBenchmark.class, "coreCovarianceEigh", "smile", 0.0),
            Goal.speed("SVC: core vs Smile (fit time)", SvcBenchmark.class, "core", "smile", 1.0),
            Goal.overhead("MLP step: tensor engine vs by hand, 1 thread", MlpStepBenchmark.class, "tensorOneThread", "byHandOneThread", 0.25),
            Goal.overhead("MLP step: tensor engine vs by hand, all cores", MlpStepBenchmark.class, "tensor", "byHand", 0.25));

    private ModelTable() {
    }

    static String format(Plan plan, Machine before, Machine after, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("Plan `").append(plan.name()).append("` (").append(plan.forks()).append(" fork(s), ")
                .append(plan.warmupIterations()).append(" warm-up + ").append(plan.measurementIterations())
                .append(" measured iterations of ").append(plan.iterationMillis()).append(" ms, heap ")
                .append(plan.heap()).append("), finished ").append(after.time()).append("\n");
        s.append("Machine: ").append(before.describe()).append(" at the start; load average ")
                .append(after.load()).append(" at the end\n");
        Set<String> kernels = new LinkedHashSet<>();
        rows.forEach(r -> kernels.add(r.job().kernel()));
        for (String kernel : kernels) {
            List<Row> group = rows.stream().filter(r -> r.job().kernel().equals(kernel)).toList();
            s.append("\n").append(table(kernel, group, before.cores()));
        }
        s.append("\n").append(goals(rows));
        return s.toString();
    }

    private static String table(String kernel, List<Row> group, int cores) {
        List<String> references = new ArrayList<>(new LinkedHashSet<>(group.stream().map(r -> r.job().family())
                .filter(f -> !f.equals("core") && !f.equals("exhibit")).toList()));
        Optional<String> rateUnit = group.stream().filter(r -> r.job().rate() != null).map(r -> r.job().rate().unit()).findFirst();
        StringBuilder s = new StringBuilder("**" + kernel + "**\n\n| data | implementation | threads | time / call | ± |");
        StringBuilder rule = new StringBuilder("|---|---|--:|--:|--:|");
        rateUnit.ifPresent(u -> {
            s.append(' ').append(u).append(" |");
            rule.append("--:|");
        });
        for (String f : references) {
            s.append(" vs ").append(f).append(" |");
            rule.append("--:|");
        }
        s.append("\n").append(rule).append("\n");
        for (Row r : group) {
            s.append("| ").append(r.job().shown())
                    .append(" | ").append(r.job().family().equals("core") ? "core " : r.job().family().equals("Smile") ? "Smile " : "")
                    .append(r.job().label())
                    .append(" | ").append(r.job().parallel() ? cores : 1)
                    .append(" | ").append(ResultTable.time(r.micros()))
                    .append(" | ").append(Double.isNaN(r.errorMicros()) ? "—"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * r.errorMicros() / r.micros()));
            if (rateUnit.isPresent()) {
                s.append(" | ").append(r.job().rate() == null ? "—"
                        : String.format(Locale.ROOT, "%.1f", r.job().rate().perCall() / r.micros()));
            }
            for (String f : references) {
                s.append(" | ").append(reference(group, r, f)
                        .map(ref -> String.format(Locale.ROOT, "%.2f", ref.micros() / r.micros())).orElse("—"));
            }
            s.append(" |\n");
        }
        return s.toString();
    }

    /** The row of {@code family} at the same data, on as many threads as {@code r} if it has one. */
    private static Optional<Row> reference(List<Row> group, Row r, String family) {
        List<Row> same = group.stream().filter(o -> o.job().family().equals(family) && o.job().size().equals(r.job().size()))
                .toList();
        return same.stream().filter(o -> o.job().parallel() == r.job().parallel()).findFirst()
                .or(() -> same.stream().filter(o -> !o.job().parallel()).findFirst());
    }

    private static String goals(List<Row> rows) {
        StringBuilder s = new StringBuilder("Goals (this run; a speed ratio is the reference's time over core's):\n\n");
        for (Goal g : GOALS) {
            List<Row> measured = rows.stream().filter(r -> r.job().benchmarkClass() == g.benchmark()
                    && r.job().method().equals(g.method())).toList();
            if (measured.isEmpty()) {
                s.append("- ").append(g.what()).append(": not measured in this run\n");
            }
            for (Row r : measured) {
                Optional<Row> ref = rows.stream().filter(o -> o.job().benchmarkClass() == g.benchmark()
                        && o.job().method().equals(g.reference()) && o.job().size().equals(r.job().size())).findFirst();
                String where = measured.size() > 1 ? " (" + r.job().shown() + ")" : "";
                if (ref.isEmpty()) {
                    s.append("- ").append(g.what()).append(where).append(": reference not measured in this run\n");
                } else if (Double.isNaN(g.overheadBelow())) {
                    double ratio = ref.get().micros() / r.micros();
                    s.append(String.format(Locale.ROOT, "- %s%s: %.2f×", g.what(), where, ratio));
                    s.append(g.atLeast() > 0 ? String.format(Locale.ROOT, " (goal ≥ %.2f×): %s%n", g.atLeast(),
                            ratio >= g.atLeast() ? "met" : "NOT met") : "\n");
                } else {
                    double overhead = r.micros() / ref.get().micros() - 1;
                    s.append(String.format(Locale.ROOT, "- %s%s: overhead %+.0f%% (goal < %.0f%%): %s%n", g.what(), where,
                            100 * overhead, 100 * g.overheadBelow(), overhead < g.overheadBelow() ? "met" : "NOT met"));
                }
            }
        }
        return s.toString();
    }
}
