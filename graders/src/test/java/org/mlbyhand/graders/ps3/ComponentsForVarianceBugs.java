package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in choosing the number of components, each a complete implementation (with the
 * reference's checks, and core's Svd) the grader must reject. On the orthogonal-columns X (ratios 0.643,
 * 0.286, 0.071) with f = 0.6 the singular values, the smallest first and the missing + 1 give 2, 3 and 0
 * where the answer is 1; the variances compared with f without normalising fail with f = 0.9 (1 instead
 * of 2), where the missing + 1 also gives 1, hence its place before it; the uncentred data fail on the
 * X far from the origin, where comparing unnormalised variances also gives 1, hence its place after it.
 */
final class ComponentsForVarianceBugs {
    private ComponentsForVarianceBugs() {
    }

    private enum Mistake {
        SINGULAR_VALUES, SMALLEST_FIRST, NOT_CENTRED, NOT_NORMALISED, NO_PLUS_ONE
    }

    static final List<Bug<ComponentsForVarianceGrader.Count>> ALL = List.of(
            new Bug<>("ratios of singular values, not of variances",
                    "the variance explained by component j is λⱼ = σⱼ²/(n − 1): square the singular values before"
                            + " taking their shares. σⱼ/Σσ under-weights the large components.",
                    (X, f) -> count(X, f, Mistake.SINGULAR_VALUES)),
            new Bug<>("the smallest variances first",
                    "add the ratios from the LARGEST down (Svd and SymmetricEigen give them in decreasing order): the"
                            + " question is how few components are enough, so the strongest come first.",
                    (X, f) -> count(X, f, Mistake.SMALLEST_FIRST)),
            new Bug<>("not centred",
                    "the variances are those of the CENTRED data, Xc = X − 1·x̄ᵀ: without centring, the first"
                            + " \"component\" is the direction of the mean and seems to explain almost everything.",
                    (X, f) -> count(X, f, Mistake.NOT_CENTRED)),
            new Bug<>("variances compared with f",
                    "f is a fraction of the TOTAL variance: compare the cumulative ratios λ₀/Σλ + … + λⱼ/Σλ with f, not"
                            + " the cumulative variances themselves.",
                    (X, f) -> count(X, f, Mistake.NOT_NORMALISED)),
            new Bug<>("+ 1 missing",
                    "#{j : cumⱼ ≤ f} counts the components that are NOT yet enough; one more is needed to exceed f:"
                            + " q = #{j : cumⱼ ≤ f} + 1, at least 1.",
                    (X, f) -> count(X, f, Mistake.NO_PLUS_ONE)));

    private static int count(Matrix X, double f, Mistake mistake) {
        ComponentsForVarianceGrader.check(X, f);
        double[] sigma = Svd.of(mistake == Mistake.NOT_CENTRED ? X : PcaInputs.centred(X)).singularValues();
        int r = sigma.length;
        double[] v = new double[r];
        double total = 0.0;
        for (int j = 0; j < r; j++) {
            int from = mistake == Mistake.SMALLEST_FIRST ? r - 1 - j : j;
            v[j] = mistake == Mistake.SINGULAR_VALUES ? sigma[from] : sigma[from] * sigma[from] / (X.rows() - 1);
            total += v[j];
        }
        double cumulative = 0.0;
        int atOrBelow = 0;
        for (int j = 0; j < r; j++) {
            cumulative += mistake == Mistake.NOT_NORMALISED ? v[j] : v[j] / total;
            atOrBelow += cumulative <= f ? 1 : 0;
        }
        return mistake == Mistake.NO_PLUS_ONE ? atOrBelow : Math.min(atOrBelow + 1, r);
    }
}
