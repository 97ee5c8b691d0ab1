package org.mlbyhand.graders.ps4;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.graders.ps4.GramMatrixGrader.Gram;
import org.mlbyhand.grading.Alternative;

/**
 * Correct kernel matrices computed otherwise than the reference's row-by-row loop of
 * {@code kernel.apply}, each of which the grader must accept: column by column; and vectorised by
 * kernel, the linear one as X·Zᵀ, the polynomial one as (γ·X·Zᵀ + coef0)^degree with {@code Math.pow}, the
 * RBF one through ‖x‖² − 2xᵀz + ‖z‖² (cancellation included, clamped at 0).
 */
final class GramMatrixAlternatives {
    private GramMatrixAlternatives() {
    }

    static final List<Alternative<Gram>> ALL = List.of(
            new Alternative<>("column by column: b outer, a inner", (X, Z, kernel) -> {
                SvmInputs.sameColumns("gram-matrix", X, Z);
                Matrix K = Matrix.zeros(X.rows(), Z.rows());
                for (int b = 0; b < Z.rows(); b++) {
                    double[] z = Z.row(b);
                    for (int a = 0; a < X.rows(); a++) {
                        K.set(a, b, kernel.apply(X.row(a), z));
                    }
                }
                return K;
            }),
            new Alternative<>("vectorised: X·Zᵀ, then each kernel's function of it (RBF by the norms)",
                    GramMatrixAlternatives::vectorised));

    private static Matrix vectorised(Matrix X, Matrix Z, Kernel kernel) {
        SvmInputs.sameColumns("gram-matrix", X, Z);
        Matrix XZ = X.multiply(Z.transpose());                 // m×n inner products
        if (kernel instanceof Kernel.Polynomial) {
            Kernel.Polynomial poly = (Kernel.Polynomial) kernel;
            return XZ.map(s -> Math.pow(poly.gamma() * s + poly.coef0(), poly.degree()));
        }
        if (kernel instanceof Kernel.Rbf) {
            double gamma = ((Kernel.Rbf) kernel).gamma();
            double[] xx = squaredNorms(X);
            double[] zz = squaredNorms(Z);
            Matrix K = Matrix.zeros(X.rows(), Z.rows());
            for (int a = 0; a < X.rows(); a++) {
                for (int b = 0; b < Z.rows(); b++) {
                    double d2 = Math.max(0.0, xx[a] - 2 * XZ.get(a, b) + zz[b]);
                    K.set(a, b, Math.exp(-gamma * d2));
                }
            }
            return K;
        }
        if (kernel instanceof Kernel.Linear) {
            return XZ;
        }
        Matrix K = Matrix.zeros(X.rows(), Z.rows());
        for (int a = 0; a < X.rows(); a++) {
            for (int b = 0; b < Z.rows(); b++) {
                K.set(a, b, kernel.apply(X.row(a), Z.row(b)));
            }
        }
        return K;
    }

    private static double[] squaredNorms(Matrix X) {
        double[] n = new double[X.rows()];
        for (int a = 0; a < X.rows(); a++) {
            for (int j = 0; j < X.cols(); j++) {
                n[a] += X.get(a, j) * X.get(a, j);
            }
        }
        return n;
    }
}
