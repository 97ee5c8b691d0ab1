package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.cluster.MixtureParameters;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A mixture's parameters as plain data, so that the M step's result ({@link MixtureParameters}, a class
 * of core with no public fields) can leave the sandbox and be compared component by component: a
 * difference is named {@code at means[1][0]} or {@code at covariances[0][1][1]}.
 *
 * @param weights     π, length k
 * @param means       k×p, row j = μ_j
 * @param covariances k matrices p×p
 */
record Mixture(double[] weights, Matrix means, List<Matrix> covariances) {

    /** Returns θ's parameters, or null for a null θ. */
    static Mixture of(MixtureParameters theta) {
        return theta == null ? null : new Mixture(theta.weights(), theta.means(), theta.covariances());
    }
}
