package org.mlbyhand.graders.ps4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.Kernel;

/**
 * A kernel as the arguments of a {@link Case}: its scikit-learn name and only the parameters it uses,
 * {@code kernel = "rbf", gamma = 0.5}, so that a learner reads a failing case as they would write the
 * call. The graders' {@code call} turns them back into core's {@link Kernel}.
 * <pre>{@code
 *   kernel = "linear"                                       k(x, z) = xᵀz
 *   kernel = "poly", degree, gamma, coef0                   k(x, z) = (γ·xᵀz + coef0)^degree
 *   kernel = "rbf", gamma                                   k(x, z) = exp(−γ·‖x − z‖²)
 * }</pre>
 * The random parameters keep every kernel positive semi-definite (coef0 ≥ 0) and of moderate size
 * (γ ≤ 2, degree ≤ 3 for points with N(0, 1) entries), so that no value overflows or underflows.
 */
final class KernelCases {
    /** The kernels a random case draws from. */
    static final List<String> NAMES = List.of("linear", "poly", "rbf");

    private KernelCases() {
    }

    /** Returns the kernel the case's arguments name. */
    static Kernel kernel(Case c) {
        String name = c.get("kernel", String.class);
        switch (name) {
            case "linear":
                return new Kernel.Linear();
            case "poly":
                return new Kernel.Polynomial(c.integer("degree"), c.scalar("gamma"), c.scalar("coef0"));
            case "rbf":
                return new Kernel.Rbf(c.scalar("gamma"));
            default:
                throw new IllegalArgumentException("unknown kernel '" + name + "'; the cases name linear, poly or rbf");
        }
    }

    /** Adds the arguments of kernel {@code name} (one of {@link #NAMES}) with random parameters to {@code gen}. */
    static CaseGen withKernel(CaseGen gen, String name) {
        CaseGen g = gen.value("kernel", String.class, List.of(), (rng, s) -> name, NAMES::contains);
        switch (name) {
            case "linear":
                return g;
            case "poly":
                return g.integer("degree", 1, 3).scalar("gamma", 0.1, 1.0).scalar("coef0", 0.0, 2.0);
            default:
                return g.scalar("gamma", 0.05, 2.0);
        }
    }

    /** The arguments {@code kernel = "linear"}, for {@link Case#of}. */
    static Object[] linear() {
        return new Object[] {"kernel", "linear"};
    }

    /** The arguments {@code kernel = "rbf", gamma}, for {@link Case#of}. */
    static Object[] rbf(double gamma) {
        return new Object[] {"kernel", "rbf", "gamma", gamma};
    }

    /** The arguments {@code kernel = "poly", degree, gamma, coef0}, for {@link Case#of}. */
    static Object[] poly(int degree, double gamma, double coef0) {
        return new Object[] {"kernel", "poly", "degree", degree, "gamma", gamma, "coef0", coef0};
    }

    /** Returns the name-value pairs of {@code first} followed by those of {@code kernel}, as one Case. */
    static Case of(Object[] first, Object[] kernel) {
        List<Object> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(kernel));
        return Case.of(all.toArray());
    }
}
