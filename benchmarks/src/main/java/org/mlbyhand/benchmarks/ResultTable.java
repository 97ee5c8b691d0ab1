package org.mlbyhand.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mlbyhand.benchmarks.BenchmarkTable.Machine;
import org.mlbyhand.benchmarks.BenchmarkTable.Row;

/**
 * Formats measured rows as a Markdown table, with each row's speed relative to EJML and to native
 * OpenBLAS measured in the same run, and the targets of issues #5 and #17 below it.
 *
 * <p>A ratio is (reference time) / (this row's time), so 2.00 means twice as fast as the reference. The
 * reference is the same kernel at the same size on the same number of threads: one thread for one-thread
 * rows, all cores for all-core rows (falling back to the one-thread reference where a library has no
 * multi-threaded version).
 */
final class ResultTable {
    private ResultTable() {
    }

    static String format(Plan plan, Machine before, Machine after, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("Plan `").append(plan.name()).append("` (").append(plan.forks()).append(" fork(s), ")
                .append(plan.warmupIterations()).append(" warm-up + ").append(plan.measurementIterations())
                .append(" measured iterations of ").append(plan.iterationMillis()).append(" ms, heap ")
                .append(plan.heap()).append("), finished ")
                .append(after.time()).append("\n");
        s.append("Machine: ").append(before.describe()).append(" at the start; load average ")
                .append(after.load()).append(" at the end\n\n");
        s.append("| kernel | size | implementation | threads | time / call | ± | GFLOP/s | vs EJML | vs native |\n");
        s.append("|---|---|---|--:|--:|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            s.append("| ").append(r.job().kernel())
                    .append(" | ").append(size(r.job().size()))
                    .append(" | ").append(r.job().family().equals("core") ? "core " : "").append(r.job().label())
                    .append(" | ").append(r.job().parallel() ? before.cores() : 1)
                    .append(" | ").append(time(r.micros()))
                    .append(" | ").append(Double.isNaN(r.errorMicros()) ? "—"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * r.errorMicros() / r.micros()))
                    .append(" | ").append(Double.isNaN(r.gflops()) ? "—" : String.format(Locale.ROOT, "%.2f", r.gflops()))
                    .append(" | ").append(ratio(reference(rows, r, "EJML"), r))
                    .append(" | ").append(ratio(reference(rows, r, "native"), r))
                    .append(" |\n");
        }
        s.append("\n").append(targets(rows, before.cores()));
        return s.toString();
    }

    /** The targets of issues #5 and #17, at n = 1024, from the rows of this run. */
    private static String targets(List<Row> rows, int cores) {
        Optional<Row> blocked = find(rows, "1024", "blocked");
        Optional<Row> parallel = find(rows, "1024", "parallel");
        Optional<Row> ejml = find(rows, "1024", "ejml");
        Optional<Row> blas = find(rows, "1024", "nativeBlas");
        StringBuilder s = new StringBuilder("Targets (A·B at n = 1024, this run):\n\n");
        s.append(target("core blocked + SIMD, 1 thread, vs EJML mult, 1 thread", ejml, blocked, 3.0));
        s.append(target("core blocked + SIMD, 1 thread, vs OpenBLAS dgemm, 1 thread", blas, blocked, 0.5));
        s.append(target("core on " + cores + " threads vs core on 1 thread", blocked, parallel, 1.7));
        Optional<Row> vector = find(rows, "1024", "vectorApi");
        Optional<Row> vectorParallel = find(rows, "1024", "vectorApiParallel");
        s.append("\nTargets of issue #17 (the first is for AVX-512; on AVX2 the plain kernel's ≥ 0.5× applies):\n\n");
        s.append(target("core Vector API tile, 1 thread, vs OpenBLAS dgemm, 1 thread", blas, vector, 0.6));
        s.append(target("core plain, " + cores + " threads vs 1 thread", blocked, parallel, 1.8));
        s.append(target("core Vector API, " + cores + " threads vs 1 thread", vector, vectorParallel, 1.8));
        s.append(decompositionTargets(rows));
        s.append(kernelsBehindEjml(rows));
        return s.toString();
    }

    /** Issue #17: Cholesky at n = 1024 and the SVD at each size, one thread, at least 1.5× EJML. */
    private static String decompositionTargets(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (String[] kernelAndSize : new String[][] {{"chol", "1024"}, {"svd", "256"}, {"svd", Plan.TALL}}) {
            Optional<Row> core = rows.stream().filter(r -> r.job().kernel().equals(kernelAndSize[0])
                    && r.job().size().equals(kernelAndSize[1]) && r.job().method().equals("core")).findFirst();
            s.append(target("core " + kernelAndSize[0] + " at " + size(kernelAndSize[1]) + ", 1 thread, vs EJML",
                    core.flatMap(r -> reference(rows, r, "EJML")), core, 1.5));
        }
        return s.toString();
    }

    /**
     * Issue #17: every kernel core calls (not the ladder's teaching rungs, not the variants) at least as
     * fast as EJML at the same size and thread count; lists the rows that are not.
     */
    private static String kernelsBehindEjml(List<Row> rows) {
        List<String> behind = new ArrayList<>();
        int compared = 0;
        for (Row r : rows) {
            if (!r.job().family().equals("core") || !KERNEL_METHODS.contains(r.job().method())) {
                continue;
            }
            Optional<Row> ejml = reference(rows, r, "EJML");
            if (ejml.isEmpty()) {
                continue;
            }
            compared++;
            double ratio = ejml.get().micros() / r.micros();
            if (ratio < 1.0) {
                behind.add(String.format(Locale.ROOT, "%s %s %s (%.2f×)", r.job().kernel(), r.job().shown(),
                        r.job().label(), ratio));
            }
        }
        return String.format(Locale.ROOT, "- every core kernel at least as fast as EJML at the same size and threads: "
                + "%d of %d rows%s%n", compared - behind.size(), compared,
                behind.isEmpty() ? ": met" : "; NOT met by " + String.join(", ", behind));
    }

    /** The benchmark methods that time what core's models call (the other core rows are rungs or variants). */
    private static final Set<String> KERNEL_METHODS = Set.of("blocked", "parallel", "vectorApi",
            "vectorApiParallel", "core", "coreAllCores");

    private static String target(String what, Optional<Row> reference, Optional<Row> row, double goal) {
        if (reference.isEmpty() || row.isEmpty()) {
            return "- " + what + ": not measured in this run\n";
        }
        double r = reference.get().micros() / row.get().micros();
        return String.format(Locale.ROOT, "- %s: %.2f× (target ≥ %.1f×): %s%n", what, r, goal,
                r >= goal ? "met" : "NOT met");
    }

    private static Optional<Row> find(List<Row> rows, String size, String method) {
        return rows.stream().filter(r -> r.job().benchmarkClass() == MatrixMultiplyBenchmark.class
                && r.job().size().equals(size) && r.job().method().equals(method)).findFirst();
    }

    /** The row of {@code family} for the same kernel and size, on as many threads as {@code r} if it has one. */
    private static Optional<Row> reference(List<Row> rows, Row r, String family) {
        List<Row> same = rows.stream().filter(o -> o.job().family().equals(family)
                && o.job().kernel().equals(r.job().kernel()) && o.job().size().equals(r.job().size())).toList();
        return same.stream().filter(o -> o.job().parallel() == r.job().parallel()).findFirst()
                .or(() -> same.stream().filter(o -> !o.job().parallel()).findFirst());
    }

    private static String ratio(Optional<Row> reference, Row r) {
        return reference.map(ref -> String.format(Locale.ROOT, "%.2f", ref.micros() / r.micros())).orElse("—");
    }

    /** "1024" stays; "10000x256" becomes "10,000×256"; "4096x64x64" becomes "4096×64 · 64×64". */
    static String size(String param) {
        String[] s = param.split("x");
        if (s.length == 2) {
            return String.format(Locale.ROOT, "%,d×%s", Integer.parseInt(s[0]), s[1]);
        }
        return s.length == 3 ? s[0] + "×" + s[1] + " · " + s[1] + "×" + s[2] : param;
    }

    /** A time in µs, ms or s with three significant digits. */
    static String time(double micros) {
        if (micros < 1e3) {
            return String.format(Locale.ROOT, "%.3g µs", micros);
        }
        if (micros < 1e6) {
            return String.format(Locale.ROOT, "%.3g ms", micros / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g s", micros / 1e6);
    }
}
