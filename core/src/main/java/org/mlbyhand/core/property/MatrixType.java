package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * {@link Matrix} as a value: two axes (rows, columns), entries in row-major order. It shrinks by
 * rounding (all entries to integers, then to tenths, then one at a time), then by zeroing single
 * entries, then by halving integer entries; a symmetric matrix keeps its mirror entries equal.
 */
final class MatrixType implements ValueType<Matrix> {

    @Override
    public Class<Matrix> type() {
        return Matrix.class;
    }

    @Override
    public String id() {
        return "matrix";
    }

    @Override
    public int[] shape(Matrix A) {
        return new int[] {A.rows(), A.cols()};
    }

    @Override
    public Matrix copy(Matrix A) {
        return A.copy();
    }

    @Override
    public String format(Matrix A) {
        return MatrixFormat.format(A);
    }

    @Override
    public String describe(Matrix A) {
        return "a " + A.shape() + " matrix";
    }

    @Override
    public Matrix deleteIndex(Matrix A, int axis, int i) {
        int[] rows = keep(A.rows(), axis == 0 ? i : -1);
        int[] cols = keep(A.cols(), axis == 1 ? i : -1);
        Matrix S = Matrix.zeros(rows.length, cols.length);
        for (int r = 0; r < rows.length; r++) {
            for (int q = 0; q < cols.length; q++) {
                S.set(r, q, A.get(rows[r], cols[q]));
            }
        }
        return S;
    }

    @Override
    public Stream<Matrix> simpler(Matrix A) {
        return simplerMatrices(A).stream();
    }

    @Override
    public double[] entries(Matrix A) {
        return A.toRowMajorArray();
    }

    @Override
    public String index(Matrix A, int k) {
        return "[" + k / A.cols() + "][" + k % A.cols() + "]";
    }

    @Override
    public void write(DataOutput out, Matrix A) throws IOException {
        out.writeInt(A.rows());
        out.writeInt(A.cols());
        for (double a : A.toRowMajorArray()) {
            out.writeDouble(a);
        }
    }

    @Override
    public Matrix read(DataInput in) throws IOException {
        int rows = in.readInt();
        int cols = in.readInt();
        if (rows < 0 || cols < 0) {
            throw new IOException("a matrix cannot be " + rows + "×" + cols);
        }
        double[] values = new double[ValueTypes.checkedSize((long) rows * cols, "a matrix")];
        for (int k = 0; k < values.length; k++) {
            values[k] = in.readDouble();
        }
        return Matrix.fromRowMajor(rows, cols, values);
    }

    /** Simpler matrices of the same shape, most aggressive first (see the class comment). */
    static List<Matrix> simplerMatrices(Matrix A) {
        List<Matrix> out = new ArrayList<>();
        Matrix rounded = A.map(Math::rint);
        if (!rounded.equals(A)) {
            out.add(rounded);
            Matrix tenths = A.map(a -> Math.rint(a * 10) / 10);
            if (!tenths.equals(A)) {
                out.add(tenths);
            }
        }
        boolean symmetric = Structure.isSymmetric(A);
        for (int i = 0; i < A.rows(); i++) {
            for (int j = symmetric ? i : 0; j < A.cols(); j++) {
                double a = A.get(i, j);
                if (a != Math.rint(a)) {
                    out.add(withEntry(A, i, j, Math.rint(a), symmetric));
                }
            }
        }
        for (int i = 0; i < A.rows(); i++) {
            for (int j = symmetric ? i : 0; j < A.cols(); j++) {
                if (A.get(i, j) != 0.0) {
                    out.add(withEntry(A, i, j, 0.0, symmetric));
                }
            }
        }
        for (int i = 0; i < A.rows(); i++) {
            for (int j = symmetric ? i : 0; j < A.cols(); j++) {
                double a = A.get(i, j);
                if (a == Math.rint(a) && Math.abs(a) >= 2) {
                    out.add(withEntry(A, i, j, Math.rint(a / 2), symmetric));
                }
            }
        }
        return out;
    }

    private static Matrix withEntry(Matrix A, int i, int j, double value, boolean mirror) {
        Matrix B = A.copy();
        B.set(i, j, value);
        if (mirror) {
            B.set(j, i, value);
        }
        return B;
    }

    private static int[] keep(int n, int dropped) {
        return IntStream.range(0, n).filter(j -> j != dropped).toArray();
    }
}
