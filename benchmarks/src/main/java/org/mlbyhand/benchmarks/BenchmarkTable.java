package org.mlbyhand.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a {@link Plan} ({@code short}, {@code long}, …, {@code models}) with JMH, one job at a time, and prints
 * the table of {@link ResultTable} (kernels) or {@link ModelTable} (models). Started by Maven (see README.md):
 * <pre>{@code
 *   ./mvnw -ntp -Preference -pl benchmarks -am verify -DskipTests -Dbench=short
 * }</pre>
 * Each job runs in fresh JVMs forked from the JDK that runs this class, with native libraries unpacked
 * under {@code target/} and native access enabled on JDK 21 and later. JMH's own log of each job goes to
 * {@code target/jmh-logs/}; the table is also written to {@code target/benchmark-table-<plan>.md}.
 */
public final class BenchmarkTable {
    private BenchmarkTable() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Plan plan = Plan.named(args.length == 0 ? "short" : args[0]);
        Path out = Path.of(System.getProperty("mlbyhand.bench.out", "target"));
        Path logs = out.resolve("jmh-logs");
        Files.createDirectories(logs);
        Machine before = Machine.now();
        System.out.println("Running the " + plan.name() + " plan: " + plan.jobs().size() + " benchmarks on "
                + before.describe() + "; JMH logs in " + logs);

        List<Row> rows = new ArrayList<>();
        int done = 0;
        for (Job job : plan.jobs()) {
            done++;
            Path log = logs.resolve(String.format("%03d-%s-%s-%s.log", done, job.benchmarkClass().getSimpleName(),
                    job.method(), job.size().replace('/', '_')));
            RunResult result = run(plan, job, log);
            Row row = new Row(job, result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
            rows.add(row);
            System.out.printf("[%d/%d] %-4s %-16s %-26s %s%n", done, plan.jobs().size(), job.kernel(),
                    job.shown(), job.label() + (job.parallel() ? " (all cores)" : ""), ResultTable.time(row.micros()));
        }

        String table = plan.name().startsWith("models") ? ModelTable.format(plan, before, Machine.now(), rows)
                : ResultTable.format(plan, before, Machine.now(), rows);
        System.out.println();
        System.out.println(table);
        Path file = out.resolve("benchmark-table-" + plan.name() + ".md");
        Files.writeString(file, table, StandardCharsets.UTF_8);
        System.out.println("(also written to " + file + ")");
    }

    private static RunResult run(Plan plan, Job job, Path log) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(job.includePattern())
                .param(job.param(), job.size())
                .forks(plan.forks())
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.milliseconds(plan.iterationMillis()))
                .measurementIterations(plan.measurementIterations())
                .measurementTime(TimeValue.milliseconds(plan.iterationMillis()))
                .jvmArgs(forkJvmArguments(plan.heap()))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(log.toString())
                .build();
        try {
            return new Runner(options).runSingle();
        } catch (RunnerException e) {
            throw new RunnerException(job.benchmarkClass().getSimpleName() + "." + job.method() + " at "
                    + job.size() + " failed; see " + log, e);
        }
    }

    /**
     * Arguments of every forked JVM: a fixed heap, natives under target/, native access on JDK 21+, the
     * default collector (G1) with 32 MiB regions, and the Vector API module, so that core's products
     * ({@code Matrix.multiply}, and the Cholesky, SVD and models built on it) run on the Vector API path, as
     * in the maintainers' long runs (the ladder's plain rows call the plain kernels by name). G1 allocates an array of half a region or more as a
     * "humongous" object outside the young generation, at a cost far above zeroing it; with the 1 MiB
     * regions it would pick for a 1 or 2 GiB heap, every result from 256×256 up would be one, and a transpose
     * would time the allocator. With 32 MiB regions that starts above 1448×1448. The heap is touched once
     * at start-up ({@code AlwaysPreTouch}): otherwise, whenever G1 grows the young generation, every new
     * array lands on pages the operating system has yet to map and zero, and a kernel that allocates its
     * packed copy of B runs markedly slower for seconds at a time.
     */
    static String[] forkJvmArguments(String heap) {
        List<String> jvm = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+AlwaysPreTouch", "-XX:+UseG1GC",
                "-XX:G1HeapRegionSize=32m", "--add-modules=jdk.incubator.vector"));
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (cache != null) {
            jvm.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
        }
        if (Runtime.version().feature() >= 21) {
            jvm.add("--enable-native-access=ALL-UNNAMED");
        }
        return jvm.toArray(String[]::new);
    }

    /** A measured job: mean time per call in microseconds, and the half-width of its 99.9% interval. */
    record Row(Job job, double micros, double errorMicros) {
        double gflops() {
            return job.flops() == 0 ? Double.NaN : job.flops() / (micros * 1e3);
        }
    }

    /** What the numbers were measured on. */
    record Machine(String cpu, int cores, String jdk, String load, String time) {
        static Machine now() {
            String cpu = "unknown CPU";
            String load = "n/a";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
                String[] avg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                load = avg[0] + ", " + avg[1] + ", " + avg[2];
            } catch (IOException | RuntimeException e) {
                // not Linux: keep the defaults
            }
            return new Machine(cpu, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + Runtime.version(), load,
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(java.time.ZoneOffset.UTC)));
        }

        String describe() {
            return cpu + ", " + cores + " cores, " + jdk + ", load average " + load + " (1, 5, 15 min)";
        }
    }
}
