package org.mlbyhand.core.decomposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * PCA against scikit-learn 1.2, both ways (golden files pca_wine.json and pca_digits.json from
 * tools/parity/make_golden_unsupervised.py: PCA(n_components, whiten, svd_solver="full") on standardized
 * wine and on digits). No mapping: the components are compared after the same sign convention
 * (svd_flip), and every quantity (components, explained variance and ratio, singular values, noise
 * variance, the mean, scores and reconstructions of the first rows) agrees to 1e-10 with the SVD and
 * with the covariance eigendecomposition alike, which is the test that the two ways agree on real data.
 * On digits only the axes of nonzero variance are compared (a variance fraction of 0.9 keeps 21 of the
 * 61 nonzero ones): beyond its rank the axes are arbitrary.
 */
@ExtendWith(Parity.class)
class PcaVersusScikitLearnTest {
    @Test
    void bothSolversMatchScikitLearnOnStandardizedWine() {
        check("wine", Golden.load("pca_wine.json"));
    }

    @Test
    void bothSolversMatchScikitLearnOnDigits() {
        check("digits", Golden.load("pca_digits.json"));
    }

    private static void check(String data, Golden g) {
        Matrix X = g.matrix("X");
        for (Golden c : g.objects("cases")) {
            for (Pca.Solver solver : Pca.Solver.values()) {
                Pca pca = new Pca().withSolver(solver).withWhiten(c.bool("whiten"));
                int q = (int) c.number("n_components");
                double fraction = c.number("variance_fraction");
                pca = q > 0 ? pca.withNComponents(q) : fraction > 0 ? pca.withVarianceFraction(fraction) : pca;
                PcaModel m = pca.fit(X);
                String model = "PCA (" + solver + ", " + data + ")";
                String name = c.string("name") + ", " + solver;
                assertEquals((int) c.number("n_components_chosen"), m.nComponents(), name + ": n_components_");
                assertClose(model, "components", name + ": components", c.matrix("components"), m.components(), Tolerances.SKLEARN_PCA);
                assertClose(model, "explained variance", name + ": explained_variance", c.vector("explained_variance"),
                        m.explainedVariance(), Tolerances.SKLEARN_PCA);
                assertClose(model, "explained variance ratio", name + ": explained_variance_ratio", c.vector("explained_variance_ratio"),
                        m.explainedVarianceRatio(), Tolerances.SKLEARN_PCA);
                assertClose(model, "singular values", name + ": singular_values", c.vector("singular_values"), m.singularValues(),
                        Tolerances.SKLEARN_PCA);
                assertClose(model, "noise variance, mean", name + ": noise_variance", c.number("noise_variance"), m.noiseVariance(),
                        Tolerances.SKLEARN_PCA);
                assertClose(model, "noise variance, mean", name + ": mean", c.vector("mean"), m.mean(), Tolerances.SKLEARN_PCA);
                Matrix Z = m.transform(X.slice(0, 10, 0, X.cols()));
                assertClose(model, "transform (scores)", name + ": transform", c.matrix("transform_first_rows"), Z, Tolerances.SKLEARN_PCA);
                assertClose(model, "inverseTransform (reconstruction)", name + ": inverse_transform", c.matrix("inverse_transform_first_rows"),
                        m.inverseTransform(Z), Tolerances.SKLEARN_PCA);
            }
        }
    }
}
