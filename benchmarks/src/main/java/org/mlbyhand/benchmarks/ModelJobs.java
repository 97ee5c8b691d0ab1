package org.mlbyhand.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of the {@code models} plan: every model family of core against its peer, in the order the
 * README's sections take them. Each kernel name is one table of {@link ModelTable}; the goals under the
 * tables are {@link ModelTable#GOALS}.
 */
final class ModelJobs {
    /** The data of each benchmark: "nxp" (trees, forest, PCA, SVC), "nxdxk/σ" (k-means), "BxDxHxK" (MLP). */
    record Sizes(String tree, String forest, List<String> kMeans, String pca, String svc, String mlp) {
    }

    /** The sizes of the brief: 10,000×20 trees, 100,000×20 k-means with k = 16, 10,000×256 PCA, 5,000×20 SVC. */
    static final Sizes FULL_SIZE = new Sizes("10000x20", "10000x20", List.of("100000x20x16/1.0", "100000x20x16/4.0"),
            "10000x256", "5000x20", "64x784x256x10");
    /**
     * Smaller data where that keeps the checks meaningful, to see in a few minutes that every row runs and
     * agrees (the trees keep 10,000 rows: on fewer, rounding decides ties that change predictions; see
     * {@link DecisionTreeBenchmark}; k-means keeps its data, which must not converge early).
     */
    static final Sizes SMOKE_SIZE = new Sizes("10000x20", "1000x20", List.of("100000x20x16/1.0"), "2000x64", "1000x20",
            "64x784x256x10");

    private ModelJobs() {
    }

    static List<Job> jobs(Sizes s) {
        List<Job> jobs = new ArrayList<>();
        Class<?> dt = DecisionTreeBenchmark.class;
        String tree = rows(s.tree()) + ", depth " + DecisionTreeBenchmark.MAX_DEPTH;
        jobs.add(model("tree, classifier", dt, "coreClassifier", "shape", s.tree(), tree, "DecisionTreeClassifier", "core", false));
        jobs.add(model("tree, classifier", dt, "smileClassifier", "shape", s.tree(), tree, "DecisionTree", "Smile", false));
        jobs.add(model("tree, classifier", dt, "smileClassifierParallel", "shape", s.tree(), tree, "DecisionTree", "Smile", true));
        jobs.add(model("tree, regressor", dt, "coreRegressor", "shape", s.tree(), tree, "DecisionTreeRegressor", "core", false));
        jobs.add(model("tree, regressor", dt, "smileRegressor", "shape", s.tree(), tree, "RegressionTree", "Smile", false));
        jobs.add(model("tree, regressor", dt, "smileRegressorParallel", "shape", s.tree(), tree, "RegressionTree", "Smile", true));

        Class<?> rf = RandomForestBenchmark.class;
        String forest = rows(s.forest()) + ", " + RandomForestBenchmark.TREES + " trees";
        jobs.add(model("random forest", rf, "core", "shape", s.forest(), forest, "RandomForestClassifier, nJobs 1", "core", false));
        jobs.add(model("random forest", rf, "coreParallel", "shape", s.forest(), forest, "RandomForestClassifier, nJobs −1", "core", true));
        jobs.add(model("random forest", rf, "smile", "shape", s.forest(), forest, "RandomForest", "Smile", false));
        jobs.add(model("random forest", rf, "smileParallel", "shape", s.forest(), forest, "RandomForest", "Smile", true));

        Class<?> km = KMeansBenchmark.class;
        for (String data : s.kMeans()) {
            String[] parts = data.split("/");
            String[] ndk = parts[0].split("x");
            String shown = rows(ndk[0] + "x" + ndk[1]) + ", k = " + ndk[2] + ", σ = " + parts[1].replaceAll("\\.0$", "")
                    + ", " + KMeansBenchmark.ITERATIONS + " iterations";
            jobs.add(model("k-means", km, "core", "data", data, shown, "KMeans", "core", false));
            jobs.add(model("k-means", km, "smile", "data", data, shown, "KMeans (BBD tree)", "Smile", false));
        }

        Class<?> pca = PcaBenchmark.class;
        String matrix = rows(s.pca());
        jobs.add(model("PCA", pca, "coreFull", "shape", s.pca(), matrix, "Pca FULL (SVD)", "core", false));
        jobs.add(model("PCA", pca, "coreCovarianceEigh", "shape", s.pca(), matrix, "Pca COVARIANCE_EIGH", "core", false));
        jobs.add(model("PCA", pca, "ejmlSvd", "shape", s.pca(), matrix, "EJML SVD of Xc (V only)", "EJML", false));
        jobs.add(model("PCA", pca, "ejmlCovariance", "shape", s.pca(), matrix, "EJML XcᵀXc + symmetric eigen", "EJML", false));
        jobs.add(model("PCA", pca, "smile", "shape", s.pca(), matrix, "Smile PCA.fit (LAPACK dgesdd)", "native", false));

        Class<?> sv = SvcBenchmark.class;
        String svc = rows(s.svc()) + ", RBF, C = 1";
        String unit = "M kernel evaluations/s";
        jobs.add(new Job("SVC", sv, "core", "shape", s.svc(), "Svc (SMO)", "core", false, 0, svc,
                new Job.Rate(SvcBenchmark.kernelEvaluations("core", s.svc()), unit)));
        jobs.add(new Job("SVC", sv, "smile", "shape", s.svc(), "SVM (LASVM)", "Smile", false, 0, svc,
                new Job.Rate(SvcBenchmark.kernelEvaluations("smile", s.svc()), unit)));

        Class<?> mlp = MlpStepBenchmark.class;
        String[] b = s.mlp().split("x");
        String step = "batch " + b[0] + ", " + b[1] + "→" + b[2] + "→" + b[3];
        jobs.add(model("MLP step", mlp, "tensorOneThread", "shape", s.mlp(), step, "tensor autograd", "core", false));
        jobs.add(model("MLP step", mlp, "byHandOneThread", "shape", s.mlp(), step, "Matrix calls, by hand", "by hand", false));
        jobs.add(model("MLP step", mlp, "tensor", "shape", s.mlp(), step, "tensor autograd", "core", true));
        jobs.add(model("MLP step", mlp, "byHand", "shape", s.mlp(), step, "Matrix calls, by hand", "by hand", true));
        return List.copyOf(jobs);
    }

    private static Job model(String kernel, Class<?> benchmark, String method, String param, String size, String shown,
                             String label, String family, boolean parallel) {
        return new Job(kernel, benchmark, method, param, size, label, family, parallel, 0, shown, null);
    }

    /** "10000x20" as "10,000×20". */
    private static String rows(String nxp) {
        String[] parts = nxp.split("x");
        return String.format(Locale.ROOT, "%,d×%s", Integer.parseInt(parts[0]), parts[1]);
    }
}
