package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Equivalence;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;

/**
 * Grades {@code ComponentsForVariance}: the fewest components whose cumulative explained-variance ratio
 * exceeds f, against core's {@link Pca#withVarianceFraction}, exactly (it is a count). The ratios are
 * computed with rounding, so random cases keep f at least {@value #MARGIN} from every cumulative ratio:
 * there every correct way counts the same.
 */
public final class ComponentsForVarianceGrader extends Grader<ComponentsForVarianceGrader.Count> {
    /** How far every cumulative ratio of a random case stays from f. */
    static final double MARGIN = 1e-9;

    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 2, 10).dim("p", 1, 5).matrix("X", "n", "p")
            .scalar("fraction", 0.05, 0.95)
            .require("f is at least " + MARGIN + " from every cumulative ratio", ComponentsForVarianceGrader::clear);

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Count {
        /** Returns the fewest components of X (n×p) explaining more than the fraction f of its variance. */
        int nComponents(Matrix X, double fraction);
    }

    @Override
    public Exercise exercise() {
        return exercise(110, "n-components", "Components for variance share", 10);
    }

    @Override
    public Count reference() {
        return (X, f) -> new Pca().withVarianceFraction(f).fit(X).nComponents();
    }

    @Override
    public List<Bug<Count>> bugs() {
        return ComponentsForVarianceBugs.ALL;
    }

    @Override
    public List<Alternative<Count>> alternatives() {
        return ComponentsForVarianceAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Pca.class), Forbidden.type(PcaModel.class));
    }

    @Override
    public Object call(Count count, Case c) {
        return count.nComponents(c.matrix("X"), c.scalar("fraction"));
    }

    @Override
    public String output() {
        return "q";
    }

    @Override
    public void declare(Checks checks) {
        double[][] orthogonal = PcaInputs.orthogonalColumns();
        checks.agrees("on paper: ratios [0.643, 0.286, 0.071] (columns of variances 12, 16/3, 4/3) and f = 0.6:"
                        + " 0.643 > 0.6 already, q = 1", problem(orthogonal, 0.6), Equivalence.exactly())
                .agrees("the same X and f = 0.9: cumulative ratios 0.643 ≤ 0.9 < 0.929, q = 2", problem(orthogonal, 0.9),
                        Equivalence.exactly())
                .agrees("the same X and f = 0.95: all three, q = 3", problem(orthogonal, 0.95), Equivalence.exactly())
                .agrees("the mean is not variance: X = [[0, 10], [2, 10], [0, 11], [2, 11]] has ratios [0.8, 0.2], so"
                                + " f = 0.9 needs q = 2",
                        problem(new double[][] {{0, 10}, {2, 10}, {0, 11}, {2, 11}}, 0.9), Equivalence.exactly())
                .agrees("a tiny fraction needs one component: f = 0.01, q = 1", problem(orthogonal, 0.01),
                        Equivalence.exactly())
                .agrees("a constant column explains nothing: X = [[1, 7], [2, 7], [3, 7]], f = 0.999 give q = 1",
                        problem(new double[][] {{1, 7}, {2, 7}, {3, 7}}, 0.999), Equivalence.exactly())
                .agrees("matches the reference on random data and fractions", PROBLEMS, Equivalence.exactly())
                .holds("1 ≤ q ≤ min(n, p), and a larger fraction never needs fewer components", PROBLEMS,
                        ComponentsForVarianceGrader::monotone)
                .rejects("rejects f = 0", problem(orthogonal, 0.0), IllegalArgumentException.class)
                .rejects("rejects f = 1", problem(orthogonal, 1.0), IllegalArgumentException.class)
                .rejects("rejects data of zero variance: X = [[1, 2], [1, 2]]", problem(new double[][] {{1, 2}, {1, 2}}, 0.5),
                        IllegalArgumentException.class)
                .rejects("rejects a single row: X is 1×2", problem(new double[][] {{1, 2}}, 0.5),
                        IllegalArgumentException.class)
                .rejects("rejects a NaN in X", problem(new double[][] {{1, 2}, {Double.NaN, 3}}, 0.5),
                        IllegalArgumentException.class);
    }

    /** The exercise's checks, for the bugs and alternatives: X fit for PCA, 0 &lt; f &lt; 1, some variance. */
    static void check(Matrix X, double f) {
        if (!(f > 0 && f < 1)) {
            throw new IllegalArgumentException("nComponents: the fraction must be in (0, 1), got " + f);
        }
        PcaInputs.data("nComponents", X);
        double total = 0.0;
        Matrix C = PcaInputs.covariance(X);
        for (int a = 0; a < C.rows(); a++) {
            total += C.get(a, a);
        }
        if (total == 0.0) {
            throw new IllegalArgumentException("nComponents: X has zero variance");
        }
    }

    private static void monotone(Case c, Invariant.Run run) {
        Matrix X = c.matrix("X");
        double f = c.scalar("fraction");
        int q = (Integer) run.on(c);
        int r = Math.min(X.rows(), X.cols());
        Expect.that(q >= 1 && q <= r, "q = " + q + ", but it is a number of components: between 1 and min(n, p) = "
                + r + ".");
        double larger = (f + 1) / 2;
        if (!clear(X, larger)) {
            return;
        }
        int more = (Integer) run.on(Case.of("X", X, "fraction", larger));
        Expect.that(more >= q, "f = " + f + " needs q = " + q + " components, but the larger f = " + larger
                + " needs only " + more + ": explaining more of the variance never takes fewer components.");
    }

    private static boolean clear(Case c) {
        return clear(c.matrix("X"), c.scalar("fraction"));
    }

    /** True when X has variance and f is at least MARGIN from each of its cumulative ratios. */
    private static boolean clear(Matrix X, double f) {
        double[] ratio = new Pca().fit(X).explainedVarianceRatio();
        double cumulative = 0.0;
        for (double r : ratio) {
            cumulative += r;
            if (Math.abs(cumulative - f) <= MARGIN) {
                return false;
            }
        }
        return cumulative > 0;
    }

    private static Case problem(double[][] X, double f) {
        return Case.of("X", Matrix.of(X), "fraction", f);
    }
}
