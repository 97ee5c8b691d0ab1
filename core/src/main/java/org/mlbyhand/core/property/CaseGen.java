package org.mlbyhand.core.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/**
 * Generates {@link Case}s: named matrices, vectors, labels and numbers whose shapes share named dimensions,
 * and shrinks a failing case the way a person would simplify it.
 *
 * <pre>{@code
 * CaseGen.create().dim("m", 1, 6).dim("k", 1, 6).dim("n", 1, 6)
 *        .matrix("A", "m", "k").matrix("B", "k", "n")      // A·B always fits
 * }</pre>
 *
 * <p>Shrinking, in order: (1) delete one index of a dimension from every argument that uses it, so
 * {@code A} loses a column exactly when {@code B} loses the matching row; (2) round an argument's
 * entries to integers, all at once, then to tenths, then one entry at a time; (3) set single entries to 0 (both mirror entries of a symmetric matrix);
 * (4) halve integer entries. A candidate is kept only if it still satisfies each argument's own
 * constraint (positive definite, non-zero pivots, ...) and every {@link #require} clause.
 *
 * <p>A {@code CaseGen} is immutable: each builder method returns a new generator.
 */
public final class CaseGen implements Gen<Case> {
    private static final int MAX_TRIES = 1000;

    private record Dim(String label, int min, int max) {
    }

    private record Requirement(String why, Predicate<Case> test) {
    }

    private final List<Dim> dims;
    private final List<ArgumentSpec> specs;
    private final List<Requirement> requirements;

    private CaseGen(List<Dim> dims, List<ArgumentSpec> specs, List<Requirement> requirements) {
        this.dims = List.copyOf(dims);
        this.specs = List.copyOf(specs);
        this.requirements = List.copyOf(requirements);
    }

    /** Returns a generator of empty cases, to be extended with dimensions and arguments. */
    public static CaseGen create() {
        return new CaseGen(List.of(), List.of(), List.of());
    }

    /** Adds a dimension {@code label} whose size is drawn uniformly from [min, max] and never shrinks below min. */
    public CaseGen dim(String label, int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("dimension " + label + ": bad range [" + min + ", " + max + "]");
        }
        List<Dim> d = new ArrayList<>(dims);
        d.add(new Dim(label, min, max));
        return new CaseGen(d, specs, requirements);
    }

    /** Adds a {@code rows × cols} matrix of independent N(0, 1) entries. */
    public CaseGen matrix(String name, String rows, String cols) {
        return with(ArgumentSpec.matrix(name, rows, cols, (rng, s) -> RandomMatrices.gaussian(rng, s[0], s[1]),
                A -> true));
    }

    /**
     * Adds a {@code rows × cols} matrix with condition number κ (singular values from 1 down to 1/κ).
     * Shrinking may change its conditioning; add a {@link #require} clause if a test depends on it.
     */
    public CaseGen conditioned(String name, String rows, String cols, double kappa) {
        return with(ArgumentSpec.matrix(name, rows, cols,
                (rng, s) -> RandomMatrices.withConditionNumber(rng, s[0], s[1], kappa), A -> true));
    }

    /** Adds an n×n symmetric positive definite matrix S = B·Bᵀ + n·I with B Gaussian (well conditioned). */
    public CaseGen symmetricPositiveDefinite(String name, String dim) {
        return with(ArgumentSpec.matrix(name, dim, dim, (rng, s) -> {
            Matrix B = RandomMatrices.gaussian(rng, s[0], s[0]);
            Matrix S = B.multiply(B.transpose());
            for (int i = 0; i < s[0]; i++) {
                S.set(i, i, S.get(i, i) + s[0]);
            }
            return S;
        }, Structure::isSymmetricPositiveDefinite));
    }

    /** Adds an n×n lower-triangular matrix with diagonal entries of magnitude in [1, 2] and N(0, 1/n) below. */
    public CaseGen lowerTriangular(String name, String dim) {
        return with(ArgumentSpec.matrix(name, dim, dim, (rng, s) -> triangular(rng, s[0], true),
                L -> Structure.isTriangularWithPivots(L, true)));
    }

    /** Adds an n×n upper-triangular matrix with diagonal entries of magnitude in [1, 2] and N(0, 1/n) above. */
    public CaseGen upperTriangular(String name, String dim) {
        return with(ArgumentSpec.matrix(name, dim, dim, (rng, s) -> triangular(rng, s[0], false),
                U -> Structure.isTriangularWithPivots(U, false)));
    }

    /** Adds a vector of length {@code dim} with independent N(0, 1) entries. */
    public CaseGen vector(String name, String dim) {
        return with(ArgumentSpec.vector(name, dim, (rng, s) -> RandomMatrices.gaussian(rng, s[0])));
    }

    /**
     * Adds a vector of length {@code dim} whose entries are drawn independently by {@code entry}, for
     * example {@code rng -> rng.nextInt(4) / 4.0} for scores with ties. It shrinks like any vector
     * (integers, tenths, zeros); add a {@link #require} clause if a test depends on the distribution.
     */
    public CaseGen vector(String name, String dim, ToDoubleFunction<Rng> entry) {
        return with(ArgumentSpec.vector(name, dim, (rng, s) -> {
            double[] x = new double[s[0]];
            for (int i = 0; i < x.length; i++) {
                x[i] = entry.applyAsDouble(rng);
            }
            return x;
        }));
    }

    /**
     * Adds an {@code int[]} of length {@code dim} of class labels drawn uniformly from 0 … classes − 1.
     * It shrinks by setting single labels to 0; require both classes with a {@link #require} clause
     * when the code under test needs them.
     */
    public CaseGen labels(String name, String dim, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("labels " + name + ": need at least one class, got " + classes);
        }
        return with(ArgumentSpec.labels(name, dim, classes));
    }

    /**
     * Adds an argument of any registered {@link ValueType}, with one dimension label per axis of its
     * value, made by {@code maker} from the drawn sizes of those dimensions; shrinking deletes indices
     * along the labelled axes and tries the type's simpler values, keeping only those {@code valid}
     * accepts.
     */
    public <T> CaseGen value(String name, Class<T> type, List<String> axes, BiFunction<Rng, int[], T> maker,
                             Predicate<T> valid) {
        return with(ArgumentSpec.of(name, axes, maker, valid, type));
    }

    /** Adds a real number drawn uniformly from [lo, hi]; it shrinks within that range. */
    public CaseGen scalar(String name, double lo, double hi) {
        return with(ArgumentSpec.scalar(name, lo, hi));
    }

    /** Adds an integer drawn uniformly from [lo, hi]; it shrinks towards lo. */
    public CaseGen integer(String name, int lo, int hi) {
        return with(ArgumentSpec.integer(name, lo, hi));
    }

    /** Adds a constraint every generated and every shrunk case satisfies; {@code why} names it in errors. */
    public CaseGen require(String why, Predicate<Case> test) {
        List<Requirement> r = new ArrayList<>(requirements);
        r.add(new Requirement(why, test));
        return new CaseGen(dims, specs, r);
    }

    /**
     * Draws dimension sizes, then each argument, and retries until every constraint holds.
     *
     * @throws IllegalStateException if {@value #MAX_TRIES} draws in a row violate a constraint
     */
    @Override
    public Case generate(Rng rng) {
        String lastViolation = null;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (Dim d : dims) {
                sizes.put(d.label(), rng.nextInt(d.min(), d.max()));
            }
            List<Case.Arg> args = new ArrayList<>();
            for (ArgumentSpec spec : specs) {
                args.add(new Case.Arg(spec.name(), spec.axes(), spec.make(rng, sizes)));
            }
            Case c = new Case(args, sizes);
            lastViolation = violation(c);
            if (lastViolation == null) {
                return c;
            }
        }
        throw new IllegalStateException("CaseGen could not satisfy '" + lastViolation + "' in " + MAX_TRIES
                + " draws; loosen the constraint or change the dimensions");
    }

    @Override
    public Stream<Case> shrink(Case c) {
        Stream<Case> smaller = dims.stream()
                .filter(d -> c.dims().get(d.label()) > d.min())
                .flatMap(d -> IntStream.iterate(c.dims().get(d.label()) - 1, i -> i >= 0, i -> i - 1)
                        .mapToObj(i -> Shrinking.deleteIndex(c, d.label(), i)));
        Stream<Case> simpler = IntStream.range(0, specs.size()).boxed()
                .flatMap(k -> specs.get(k).simplerValues(c.args().get(k).value())
                        .map(v -> Shrinking.replace(c, k, v)));
        return Stream.concat(smaller, simpler).filter(candidate -> violation(candidate) == null);
    }

    private String violation(Case c) {
        for (int k = 0; k < specs.size(); k++) {
            if (!specs.get(k).isValid(c.args().get(k).value())) {
                return specs.get(k).name() + " has the structure its generator promises";
            }
        }
        for (Requirement r : requirements) {
            if (!r.test().test(c)) {
                return r.why();
            }
        }
        return null;
    }

    private CaseGen with(ArgumentSpec spec) {
        for (String axis : spec.axes()) {
            if (dims.stream().noneMatch(d -> d.label().equals(axis))) {
                throw new IllegalArgumentException(spec.name() + " uses dimension '" + axis
                        + "', which has not been declared with dim()");
            }
        }
        List<ArgumentSpec> s = new ArrayList<>(specs);
        s.add(spec);
        return new CaseGen(dims, s, requirements);
    }

    private static Matrix triangular(Rng rng, int n, boolean lower) {
        Matrix T = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    T.set(i, i, (rng.nextDouble() < 0.5 ? -1 : 1) * (1.0 + rng.nextDouble()));
                } else if (lower ? j < i : j > i) {
                    T.set(i, j, rng.nextGaussian() / Math.sqrt(n));
                }
            }
        }
        return T;
    }
}
