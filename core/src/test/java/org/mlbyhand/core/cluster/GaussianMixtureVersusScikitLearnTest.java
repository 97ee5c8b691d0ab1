package org.mlbyhand.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Gaussian mixtures against scikit-learn 1.2 from supplied initial parameters, one case per covariance
 * type and one from given responsibilities (golden file gmm.json from
 * tools/parity/make_golden_unsupervised.py: GaussianMixture(weights_init, means_init,
 * precisions_init = Σ0⁻¹, tol=1e-6) on iris). Same EM, no mapping; scikit-learn's DIAG and SPHERICAL
 * covariances are compared as the full matrices they stand for. Weights, means, covariances, the lower
 * bound of every iteration, responsibilities, log-densities, BIC and AIC agree to 1e-10; labels, n_iter
 * and convergence are equal. The responsibilities case differs from scikit-learn's start by its initial
 * weights n_j/Σn_j instead of n_j/n, a relative 10kε/n.
 */
@ExtendWith(Parity.class)
class GaussianMixtureVersusScikitLearnTest {
    @Test
    void emFromTheSameStartMatchesScikitLearnForEveryCovarianceType() {
        Golden g = Golden.load("gmm.json");
        Matrix X = g.matrix("X");
        for (Golden c : g.objects("cases")) {
            String name = c.string("name");
            CovarianceType type = CovarianceType.valueOf(c.string("covariance_type").toUpperCase(Locale.ROOT));
            int k = c.vector("weights").length;
            GaussianMixture e = new GaussianMixture(k, 0L).withCovarianceType(type).withTol(c.number("tol"))
                    .withMaxIter((int) c.number("max_iter"));
            e = name.contains("responsibilities") ? e.withInitialResponsibilities(c.matrix("responsibilities_init"))
                    : e.withInitialParameters(new MixtureParameters(c.vector("weights_init"), c.matrix("means_init"),
                            covariances(c.matrix("covariances_init_flat"))));
            GaussianMixtureModel m = e.fit(X);
            String model = "Gaussian mixture (" + type + ")";
            assertEquals((int) c.number("n_iter"), m.nIter(), name + ": n_iter");
            assertEquals(c.bool("converged"), m.converged(), name + ": converged");
            assertArrayEquals(c.labels("labels"), m.predict(X), name + ": labels");
            assertArrayEquals(c.labels("labels"), m.labels(), name + ": labels of the final E step");
            assertClose(model, "weights", name + ": weights", c.vector("weights"), m.weights(), Tolerances.SKLEARN_GMM);
            assertClose(model, "means", name + ": means", c.matrix("means"), m.means(), Tolerances.SKLEARN_GMM);
            List<Matrix> expected = covariances(c.matrix("covariances_flat"));
            for (int j = 0; j < k; j++) {
                assertClose(model, "covariances", name + ": covariance " + j, expected.get(j), m.covariances().get(j), Tolerances.SKLEARN_GMM);
            }
            assertClose(model, "lower bound (every iteration)", name + ": lower bounds", c.vector("lower_bound_history"),
                    m.lowerBoundHistory(), Tolerances.SKLEARN_GMM);
            assertClose(model, "lower bound (every iteration)", name + ": lower_bound", c.number("lower_bound"), m.lowerBound(),
                    Tolerances.SKLEARN_GMM);
            Matrix first = X.slice(0, 10, 0, X.cols());
            assertClose(model, "predictProba", name + ": predict_proba", c.matrix("predict_proba_first_rows"), m.predictProba(first),
                    Tolerances.SKLEARN_GMM);
            assertClose(model, "scoreSamples, score", name + ": score_samples", c.vector("score_samples_first_rows"), m.scoreSamples(first),
                    Tolerances.SKLEARN_GMM);
            assertClose(model, "scoreSamples, score", name + ": score", c.number("score"), m.score(X), Tolerances.SKLEARN_GMM);
            assertClose(model, "bic / expected, aic / expected", name + ": bic", 1.0, m.bic(X) / c.number("bic"), Tolerances.SKLEARN_GMM);
            assertClose(model, "bic / expected, aic / expected", name + ": aic", 1.0, m.aic(X) / c.number("aic"), Tolerances.SKLEARN_GMM);
        }
    }

    /** Row j of F (length p²) is Σ_j row-major. */
    private static List<Matrix> covariances(Matrix F) {
        int p = (int) Math.round(Math.sqrt(F.cols()));
        List<Matrix> list = new ArrayList<>();
        for (int j = 0; j < F.rows(); j++) {
            list.add(Matrix.fromRowMajor(p, p, F.row(j)));
        }
        return list;
    }
}
