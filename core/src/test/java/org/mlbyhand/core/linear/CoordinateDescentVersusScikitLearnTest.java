package org.mlbyhand.core.linear;

import static org.mlbyhand.core.golden.Parity.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Lasso and ElasticNet along a path of seven alphas (α_max down to α_max/1000) on the diabetes data,
 * against scikit-learn 1.2's Lasso/ElasticNet(alpha, l1_ratio, tol=1e-15, max_iter=10⁶) (golden files
 * from tools/parity/make_golden.py). Same objective on both sides, no mapping. We fit with
 * tol = 1e-12 (the relative duality gap), warm-started down the path.
 */
@ExtendWith(Parity.class)
class CoordinateDescentVersusScikitLearnTest {
    @Test
    void theLassoPathMatchesScikitLearn() {
        check("Lasso path", "lasso_path.json");
    }

    @Test
    void theElasticNetPathMatchesScikitLearn() {
        check("ElasticNet path", "elastic_net_path.json");
    }

    @Test
    void alphaMaxMatchesTheGoldenGrid() {
        Golden g = Golden.load("lasso_path.json");
        double alphaMax = new Lasso().alphaMax(g.matrix("X"), g.vector("y"));
        assertClose("Lasso path", "α_max / expected", "alpha_max / expected", 1.0, alphaMax / g.number("alpha_max"), 1e-12);
    }

    private static void check(String model, String file) {
        Golden g = Golden.load(file);
        Matrix X = g.matrix("X");
        double[] alphas = g.vector("alphas");
        double[][] coefs = g.vectors("coefs");
        double[] intercepts = g.vector("intercepts");
        ElasticNet enet = new ElasticNet().withL1Ratio(g.number("l1_ratio")).withTol(Tolerances.TIGHT).withMaxIter(1_000_000);
        List<LinearModel> path = enet.path(X, g.vector("y"), alphas);
        for (int i = 0; i < alphas.length; i++) {
            assertClose(model, "coefficients", file + " coef at alpha " + alphas[i], coefs[i], path.get(i).coef(), Tolerances.SKLEARN_COORDINATE_DESCENT);
            assertClose(model, "intercept", file + " intercept at alpha " + alphas[i], intercepts[i], path.get(i).intercept(),
                    Tolerances.SKLEARN_COORDINATE_DESCENT);
        }
    }
}
