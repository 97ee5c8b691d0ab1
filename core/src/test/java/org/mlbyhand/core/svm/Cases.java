package org.mlbyhand.core.svm;

import java.util.Locale;
import org.mlbyhand.core.golden.Golden;

/** Reading the SVC cases of the golden files (tools/parity/make_golden_svm.py) into trainers. */
final class Cases {
    /** The golden files of SVC fits, one per data set. */
    static final String[] FILES = {"svm_moons.json", "svm_circles.json", "svm_breast_cancer.json", "svm_digits.json"};

    private Cases() {
    }

    /** Returns the trainer of one case: kernel, C, gamma, degree, coef0 as written, tol = the file's (1e-10). */
    static Svc svc(Golden c, double tol) {
        return new Svc().withKernel(Svc.KernelType.valueOf(c.string("kernel").toUpperCase(Locale.ROOT)))
                .withC(c.number("C")).withGamma(gamma(c.string("gamma"))).withDegree((int) c.number("degree"))
                .withCoef0(c.number("coef0")).withTol(tol);
    }

    /** Returns "scale", "auto" or a number as the Gamma rule. */
    static Gamma gamma(String text) {
        switch (text) {
            case "scale":
                return Gamma.scale();
            case "auto":
                return Gamma.auto();
            default:
                return Gamma.of(Double.parseDouble(text));
        }
    }

    /** Returns e.g. "rbf, C = 1.0, gamma = scale". */
    static String name(Golden c) {
        String kernel = c.string("kernel");
        String gamma = kernel.equals("linear") ? "" : ", gamma = " + c.string("gamma");
        String degree = kernel.equals("poly") ? ", degree = " + (int) c.number("degree") : "";
        String coef0 = kernel.equals("poly") || kernel.equals("sigmoid") ? ", coef0 = " + c.number("coef0") : "";
        return kernel + ", C = " + c.number("C") + gamma + degree + coef0;
    }

    /** Returns "moons" for "svm_moons.json". */
    static String dataName(String file) {
        return file.replace("svm_", "").replace(".json", "").replace('_', ' ');
    }
}
