package org.mlbyhand.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a run measures, and how long it spends on each measurement.
 *
 * <p>{@code short}: every kernel at n = 64, 256 and 1024 and the minibatch shape (the naive product only
 * up to 256), one fork, 3 warm-up and 3 measured iterations of 0.2 s, 1 GiB heap: about five minutes on
 * two cores. {@code long}: every size (n = 128 and 512 too, 4096 for A·x and Aᵀ, the naive product up to
 * 1024), two forks, 5 warm-up and 5 measured iterations of 1 s each, 2 GiB heap: about 40 minutes; its
 * error bars are several times smaller.
 * {@code smoke}: the smallest size of each kernel, one iteration: checks that everything runs.
 * {@code targets}: only the rows the targets of issues #5 and #17 are computed from (A·B at n = 1024: both
 * product paths on one core and on all, EJML, OpenBLAS), 5 + 5 iterations of 0.4 s: about a minute and a
 * half, to check a change to the kernel.
 * {@code models}: the model families against their peers ({@link ModelJobs}), one fork, 3 warm-up and 6
 * measured iterations of 1 s (a fit that takes longer makes an iteration of one call), 2 GiB heap: about
 * seven minutes on two cores. {@code models-smoke}: the same rows on small data, one iteration.
 */
record Plan(String name, int forks, int warmupIterations, int measurementIterations, int iterationMillis,
            String heap, List<Job> jobs) {

    static final List<String> PRODUCT_SHAPES = List.of("64", "128", "256", "512", "1024", "4096x64x64");
    static final List<String> VECTOR_SIZES = List.of("256", "1024", "4096");
    static final List<String> TRANSPOSE_SIZES = List.of("64", "256", "1024", "4096");
    static final List<String> CHOLESKY_SIZES = List.of("256", "1024");
    /** The tall SVD: what PCA of 10,000 samples with 256 features needs. */
    static final String TALL = "10000x256";

    static Plan named(String name) {
        return switch (name) {
            case "short" -> new Plan("short", 1, 3, 3, 200, "1g", jobs(Set.of("64", "256")).stream()
                    .filter(j -> !Set.of("128", "512", "4096").contains(j.size())).toList());
            case "long" -> new Plan("long", 2, 5, 5, 1000, "2g", jobs(Set.of("64", "128", "256", "512", "1024")));
            case "smoke" -> new Plan("smoke", 1, 1, 1, 100, "1g", jobs(Set.of("64")).stream()
                    .filter(j -> j.size().equals("64") || j.size().equals("256"))
                    .filter(j -> !j.kernel().equals("A·B") || j.size().equals("64")).toList());
            case "targets" -> new Plan("targets", 1, 5, 5, 400, "1g", jobs(Set.of()).stream()
                    .filter(j -> j.kernel().equals("A·B") && j.size().equals("1024"))
                    .filter(j -> Set.of("blocked", "parallel", "vectorApi", "vectorApiParallel", "ejml", "nativeBlas",
                            "nativeBlasParallel").contains(j.method()))
                    .toList());
            case "models" -> new Plan("models", 1, 3, 6, 1000, "2g", ModelJobs.jobs(ModelJobs.FULL_SIZE));
            case "models-smoke" -> new Plan("models-smoke", 1, 1, 1, 100, "1g", ModelJobs.jobs(ModelJobs.SMOKE_SIZE));
            default -> throw new IllegalArgumentException("plan must be short, long, smoke, targets, models or models-smoke, got "
                    + name);
        };
    }

    /** Every row, ladder first; the naive product (seconds per call at n = 1024) only at the given shapes. */
    private static List<Job> jobs(Set<String> naiveShapes) {
        List<Job> jobs = new ArrayList<>();
        Class<?> mm = MatrixMultiplyBenchmark.class;
        for (String shape : PRODUCT_SHAPES) {
            double flops = MatrixMultiplyBenchmark.flops(shape);
            if (naiveShapes.contains(shape)) {
                jobs.add(new Job("A·B", mm, "naive", "shape", shape, "naive i-j-k", "core", false, flops));
            }
            jobs.add(new Job("A·B", mm, "loopOrder", "shape", shape, "loop order i-k-j", "core", false, flops));
            jobs.add(new Job("A·B", mm, "blockedNoSimd", "shape", shape, "blocked, SIMD off", "core", false, flops));
            jobs.add(new Job("A·B", mm, "blocked", "shape", shape, "blocked + SIMD", "core", false, flops));
            jobs.add(new Job("A·B", mm, "parallel", "shape", shape, "blocked + SIMD + threads", "core", true, flops));
            jobs.add(new Job("A·B", mm, "vectorApi", "shape", shape, "Vector API register tile", "core", false, flops));
            jobs.add(new Job("A·B", mm, "vectorApiParallel", "shape", shape, "Vector API tile + threads", "core", true,
                    flops));
            jobs.add(new Job("A·B", mm, "ejml", "shape", shape, "EJML mult", "EJML", false, flops));
            jobs.add(new Job("A·B", mm, "ejmlParallel", "shape", shape, "EJML mult (MT)", "EJML", true, flops));
            jobs.add(new Job("A·B", mm, "nativeBlas", "shape", shape, "OpenBLAS dgemm", "native", false, flops));
            jobs.add(new Job("A·B", mm, "nativeBlasParallel", "shape", shape, "OpenBLAS dgemm", "native", true, flops));
        }
        Class<?> mv = MatrixVectorBenchmark.class;
        for (String n : VECTOR_SIZES) {
            double flops = MatrixVectorBenchmark.flops(Integer.parseInt(n));
            jobs.add(new Job("A·x", mv, "core", "n", n, "Matrix.multiply(x)", "core", false, flops));
            jobs.add(new Job("A·x", mv, "ejml", "n", n, "EJML MatrixVectorMult", "EJML", false, flops));
            jobs.add(new Job("A·x", mv, "nativeBlas", "n", n, "OpenBLAS dgemv", "native", false, flops));
        }
        Class<?> tr = TransposeBenchmark.class;
        for (String n : TRANSPOSE_SIZES) {
            jobs.add(new Job("Aᵀ", tr, "core", "n", n, "Matrix.transposeInto(T)", "core", false, 0));
            jobs.add(new Job("Aᵀ", tr, "coreAllocating", "n", n, "Matrix.transpose() (allocates)", "core", false, 0));
            jobs.add(new Job("Aᵀ", tr, "blocked", "n", n, "exhibit: 32×32 tiles", "exhibit", false, 0));
            jobs.add(new Job("Aᵀ", tr, "ejml", "n", n, "EJML transpose", "EJML", false, 0));
        }
        Class<?> ch = CholeskyBenchmark.class;
        for (String n : CHOLESKY_SIZES) {
            double flops = CholeskyBenchmark.flops(Integer.parseInt(n));
            jobs.add(new Job("chol", ch, "core", "n", n, "Cholesky.of", "core", false, flops));
            jobs.add(new Job("chol", ch, "coreAllCores", "n", n, "Cholesky.of", "core", true, flops));
            jobs.add(new Job("chol", ch, "ejml", "n", n, "EJML chol", "EJML", false, flops));
            jobs.add(new Job("chol", ch, "nativeLapack", "n", n, "LAPACK dpotrf", "native", false, flops));
        }
        Class<?> svd = SvdBenchmark.class;
        jobs.add(new Job("svd", svd, "core", "n", "256", "Svd.of (U, Σ, V)", "core", false, 0));
        jobs.add(new Job("svd", svd, "jacobi", "n", "256", "Svd.jacobi (U, Σ, V)", "core", false, 0));
        jobs.add(new Job("svd", svd, "ejml", "n", "256", "EJML svd (U, Σ, V)", "EJML", false, 0));
        jobs.add(new Job("svd", svd, "nativeLapack", "n", "256", "LAPACK dgesdd (U, Σ, V)", "native", false, 0));
        jobs.add(new Job("svd", svd, "core", "n", TALL, "Svd.of (U, Σ, V)", "core", false, 0));
        jobs.add(new Job("svd", svd, "coreSigmaV", "n", TALL, "Svd.of (Σ, V: PCA's need)", "core", false, 0));
        jobs.add(new Job("svd", svd, "jacobi", "n", TALL, "Svd.jacobi (U, Σ, V)", "core", false, 0));
        jobs.add(new Job("svd", svd, "ejml", "n", TALL, "EJML svd (U, Σ, V)", "EJML", false, 0));
        jobs.add(new Job("svd", svd, "nativeLapack", "n", TALL, "LAPACK dgesdd (U, Σ, V)", "native", false, 0));
        Class<?> eig = SymmetricEigenBenchmark.class;
        jobs.add(new Job("eig", eig, "core", "n", "256", "SymmetricEigen.of (Λ, V)", "core", false, 0));
        jobs.add(new Job("eig", eig, "ejml", "n", "256", "EJML symmetric eig (Λ, V)", "EJML", false, 0));
        jobs.add(new Job("eig", eig, "nativeLapack", "n", "256", "LAPACK dsyevd (Λ, V)", "native", false, 0));
        return List.copyOf(jobs);
    }
}
