package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.ensemble.Bootstrap;
import org.mlbyhand.core.ensemble.RandomForestClassifier;
import org.mlbyhand.core.ensemble.RandomForestRegressor;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code BootstrapSample}: a random forest tree's bootstrap counts and out-of-bag rows from a
 * seeded {@link Rng}, bit for bit against core's {@link Bootstrap#sampleCounts} and
 * {@link Bootstrap#outOfBagIndices} (the draws are specified exactly, so {@link Tolerance#EXACT}). The
 * invariants need no reference: the counts sum to n and the out-of-bag rows are exactly those of count
 * 0; and on 2,000 rows about e⁻¹ of them are out of bag, which no sample without replacement, and no
 * sample of one repeated row, comes near.
 */
public final class BootstrapSampleGrader extends Grader<BootstrapSampleGrader.Sample> {
    /** The law of large samples: the out-of-bag share of {@value #LARGE} rows is e⁻¹ ± 0.007 (one sd). */
    static final int LARGE = 2000;
    private static final double OUT_OF_BAG_LOW = 0.33;
    private static final double OUT_OF_BAG_HIGH = 0.405;
    private static final CaseGen SEEDS = CaseGen.create().integer("seed", -1_000_000, 1_000_000).integer("n", 1, 60);

    /** The exercise's signature: {@code sample(seed, n)}. */
    @FunctionalInterface
    public interface Sample {
        /** Returns {@code List.of(counts, outOfBag)} of the bootstrap sample of n rows drawn with {@code new Rng(seed)}. */
        List<int[]> sample(int seed, int n);
    }

    @Override
    public Exercise exercise() {
        return exercise(70, "bootstrap", "Bootstrap sample and OOB rows", 10);
    }

    @Override
    public Sample reference() {
        return (seed, n) -> {
            int[] counts = Bootstrap.sampleCounts(new Rng(seed), n);
            return List.of(counts, Bootstrap.outOfBagIndices(counts));
        };
    }

    @Override
    public List<Bug<Sample>> bugs() {
        return BootstrapSampleBugs.ALL;
    }

    @Override
    public List<Alternative<Sample>> alternatives() {
        return BootstrapSampleAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Bootstrap.class), Forbidden.type(RandomForestClassifier.class),
                Forbidden.type(RandomForestRegressor.class));
    }

    @Override
    public Object call(Sample sample, Case c) {
        return sample.sample(c.integer("seed"), c.integer("n"));
    }

    @Override
    public String output() {
        return "sample";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("on paper: seed = 0, n = 5 draws 4, 2, 0, 4, 0: counts [2, 0, 1, 0, 2], out of bag [1, 3]",
                        Case.of("seed", 0, "n", 5), Tolerance.EXACT)
                .agrees("seed = 9, n = 5 draws 3, 3, 1, 3, 1: counts [0, 2, 0, 3, 0], out of bag [0, 2, 4]",
                        Case.of("seed", 9, "n", 5), Tolerance.EXACT)
                .agrees("one row: seed = 3, n = 1 draws row 0 once: counts [1], nothing out of bag",
                        Case.of("seed", 3, "n", 1), Tolerance.EXACT)
                .agrees("matches core's forest's samples for random seeds and n up to 60", SEEDS, Tolerance.EXACT)
                .holds("the counts are ≥ 0 and sum to n, and out of bag are exactly the rows of count 0, ascending",
                        SEEDS, (c, run) -> consistent(run.on(c), c.integer("n")))
                .holds("about e⁻¹ ≈ 36.8% of " + LARGE + " rows are out of bag (between " + percent(OUT_OF_BAG_LOW)
                        + " and " + percent(OUT_OF_BAG_HIGH) + ": 5 standard deviations)", SEEDS,
                        BootstrapSampleGrader::aboutOneInE)
                .rejects("rejects n = 0", Case.of("seed", 1, "n", 0), IllegalArgumentException.class)
                .rejects("rejects n = −3", Case.of("seed", 1, "n", -3), IllegalArgumentException.class);
    }

    /** Checks the shape of the answer and that its two parts agree with each other; returns the counts. */
    private static int[] consistent(Object result, int n) {
        Expect.that(result instanceof List && ((List<?>) result).size() == 2 && ((List<?>) result).get(0) instanceof int[]
                        && ((List<?>) result).get(1) instanceof int[],
                "your code must return List.of(counts, outOfBag), two int[].");
        int[] counts = (int[]) ((List<?>) result).get(0);
        int[] outOfBag = (int[]) ((List<?>) result).get(1);
        Expect.that(counts.length == n, "counts must have one entry per row, n = " + n + ", but it has "
                + counts.length + ".");
        long sum = 0;
        for (int r = 0; r < n; r++) {
            Expect.that(counts[r] >= 0, "counts[" + r + "] = " + counts[r] + " is negative.");
            sum += counts[r];
        }
        Expect.that(sum == n, "the counts must sum to n = " + n + " (one per draw), but they sum to " + sum + ".");
        int[] zeros = java.util.stream.IntStream.range(0, n).filter(r -> counts[r] == 0).toArray();
        Expect.that(Arrays.equals(zeros, outOfBag), "out of bag must be the rows of count 0 in ascending order, "
                + format(zeros) + ", but your code says " + format(outOfBag) + ".");
        return counts;
    }

    private static void aboutOneInE(Case c, Invariant.Run run) {
        int seed = c.integer("seed");
        int[] counts = consistent(run.on(Case.of("seed", seed, "n", LARGE)), LARGE);
        long out = Arrays.stream(counts).filter(v -> v == 0).count();
        double share = out / (double) LARGE;
        Expect.that(share >= OUT_OF_BAG_LOW && share <= OUT_OF_BAG_HIGH, "with seed = " + seed + " and n = " + LARGE
                + ", " + out + " rows (" + percent(share) + ") are out of bag; a row escapes n draws with probability"
                + " (1 − 1/n)ⁿ ≈ e⁻¹ ≈ 36.8%, so between " + percent(OUT_OF_BAG_LOW) + " and "
                + percent(OUT_OF_BAG_HIGH) + " is expected.");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String format(int[] v) {
        return MatrixFormat.format(Arrays.stream(v).asDoubleStream().toArray());
    }
}
