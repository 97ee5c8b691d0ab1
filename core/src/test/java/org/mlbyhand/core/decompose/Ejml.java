package org.mlbyhand.core.decompose;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.mlbyhand.core.linalg.Matrix;

/** EJML 0.46.1 as the oracle: each method returns EJML's answer in core's types. Inputs are copied. */
final class Ejml {
    private Ejml() {
    }

    static DMatrixRMaj of(Matrix A) {
        return new DMatrixRMaj(A.rows(), A.cols(), true, A.toRowMajorArray());
    }

    static DMatrixRMaj column(double[] x) {
        return new DMatrixRMaj(x.length, 1, true, x.clone());
    }

    static Matrix toMatrix(DMatrixRMaj M) {
        return Matrix.fromRowMajor(M.numRows, M.numCols, Arrays.copyOf(M.data, M.numRows * M.numCols));
    }

    /** EJML's lower Cholesky factor (CholeskyDecompositionInner_DDRM). */
    static Matrix choleskyL(Matrix A) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(A.rows(), true);
        if (!chol.decompose(of(A))) {
            throw new AssertionError("EJML could not factor an SPD test matrix");
        }
        return toMatrix(chol.getT(null));
    }

    /** EJML's thin R (QRDecompositionHouseholderColumn_DDRM). */
    static Matrix qrR(Matrix A) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(A.rows(), A.cols());
        if (!qr.decompose(of(A))) {
            throw new AssertionError("EJML's QR failed");
        }
        return toMatrix(qr.getR(null, true));
    }

    /** EJML's eigenvalues of a symmetric matrix, sorted descending. */
    static double[] symmetricEigenvalues(Matrix S) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(S.rows(), true, true);
        if (!eig.decompose(of(S))) {
            throw new AssertionError("EJML's symmetric eigendecomposition failed");
        }
        double[] lambda = new double[S.rows()];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = eig.getEigenvalue(i).real;
        }
        return descending(lambda);
    }

    /** EJML's unit eigenvectors, as rows, in the order of {@link #symmetricEigenvalues}. */
    static double[][] symmetricEigenvectors(Matrix S) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(S.rows(), true, true);
        if (!eig.decompose(of(S))) {
            throw new AssertionError("EJML's symmetric eigendecomposition failed");
        }
        int n = S.rows();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            vectors[i] = Arrays.copyOf(eig.getEigenVector(order[i]).data, n);
        }
        return vectors;
    }

    /** EJML's singular values, sorted descending. */
    static double[] singularValues(Matrix A) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(A.rows(), A.cols(), false, false, true);
        if (!svd.decompose(of(A))) {
            throw new AssertionError("EJML's SVD failed");
        }
        return descending(Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues()));
    }

    /** EJML's least-squares solution (LinearSolverQrHouseHolder_DDRM). */
    static double[] leastSquares(Matrix A, double[] b) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(A.rows(), A.cols());
        if (!solver.setA(of(A))) {
            throw new AssertionError("EJML's least-squares solver rejected A");
        }
        DMatrixRMaj x = new DMatrixRMaj(A.cols(), 1);
        solver.solve(column(b), x);
        return Arrays.copyOf(x.data, A.cols());
    }

    /** EJML's forward substitution. */
    static double[] solveLower(Matrix L, double[] b) {
        double[] x = b.clone();
        TriangularSolver_DDRM.solveL(L.toRowMajorArray(), x, L.rows());
        return x;
    }

    /** EJML's back substitution. */
    static double[] solveUpper(Matrix U, double[] b) {
        double[] x = b.clone();
        TriangularSolver_DDRM.solveU(U.toRowMajorArray(), x, U.rows());
        return x;
    }

    private static double[] descending(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }
}
