package org.mlbyhand.core.linalg;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A dense real matrix of {@code rows × cols} doubles, stored row-major in one {@code double[]}:
 * <pre>{@code
 *   A[i][j]  is stored at  data[i * cols + j]
 * }</pre>
 *
 * <p>Operations return new matrices and leave their operands unchanged; the few mutators are
 * {@link #set}, and methods whose name ends in {@code InPlace}. Every operation checks shapes and
 * throws {@link ShapeMismatchException} naming both shapes when they do not fit.
 *
 * <p>Vectors are plain {@code double[]} (see {@link Vectors}); {@link #multiply(double[])} is the
 * matrix-vector product. A matrix may have zero rows or columns.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    // ---------------------------------------------------------------- construction

    /** Returns a {@code rows × cols} matrix of zeros. Throws if a dimension is negative. */
    public static Matrix zeros(int rows, int cols) {
        checkDimensions(rows, cols);
        return new Matrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
    }

    /** Returns a {@code rows × cols} matrix with every entry equal to {@code value}. */
    public static Matrix filled(int rows, int cols, double value) {
        Matrix M = zeros(rows, cols);
        Arrays.fill(M.data, value);
        return M;
    }

    /** Returns the {@code n × n} identity matrix I, with Iᵢᵢ = 1 and zeros elsewhere. */
    public static Matrix identity(int n) {
        Matrix I = zeros(n, n);
        for (int i = 0; i < n; i++) {
            I.data[i * n + i] = 1.0;
        }
        return I;
    }

    /** Returns the square matrix with {@code d} on its diagonal and zeros elsewhere (d not modified). */
    public static Matrix diagonal(double[] d) {
        Matrix D = zeros(d.length, d.length);
        for (int i = 0; i < d.length; i++) {
            D.data[i * d.length + i] = d[i];
        }
        return D;
    }

    /**
     * Returns a matrix holding a copy of {@code rows}, one inner array per row (not modified).
     *
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static Matrix of(double[][] rows) {
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        Matrix M = zeros(m, n);
        for (int i = 0; i < m; i++) {
            if (rows[i].length != n) {
                throw new IllegalArgumentException(
                        "Matrix.of: row 0 has " + n + " entries but row " + i + " has " + rows[i].length);
            }
            System.arraycopy(rows[i], 0, M.data, i * n, n);
        }
        return M;
    }

    /** Returns a {@code rows × cols} matrix holding a copy of the row-major array {@code values} (not modified). */
    public static Matrix fromRowMajor(int rows, int cols, double[] values) {
        checkDimensions(rows, cols);
        if (values.length != (long) rows * cols) {
            throw new IllegalArgumentException("Matrix.fromRowMajor: " + rows + "×" + cols + " needs "
                    + (long) rows * cols + " values, got " + values.length);
        }
        return new Matrix(rows, cols, values.clone());
    }

    /** Returns the {@code n × 1} column vector holding a copy of {@code x} (not modified). */
    public static Matrix column(double[] x) {
        return new Matrix(x.length, 1, x.clone());
    }

    /** Returns the {@code 1 × n} row vector holding a copy of {@code x} (not modified). */
    public static Matrix row(double[] x) {
        return new Matrix(1, x.length, x.clone());
    }

    // ---------------------------------------------------------------- shape and entries

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /** Returns true when {@code rows() == cols()}. */
    public boolean isSquare() {
        return rows == cols;
    }

    /** Returns the shape as text, {@code "3×4"}, the form every error message uses. */
    public String shape() {
        return rows + "×" + cols;
    }

    /** Returns Aᵢⱼ. Throws {@link IndexOutOfBoundsException} naming the index and the shape. */
    public double get(int i, int j) {
        return data[index(i, j)];
    }

    /** Sets Aᵢⱼ = value (this matrix is modified). */
    public void set(int i, int j, double value) {
        data[index(i, j)] = value;
    }

    /** Returns a copy of row {@code i} as a vector of length {@code cols()}. */
    public double[] row(int i) {
        Index.check(i, rows, "row");
        return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
    }

    /** Returns a copy of column {@code j} as a vector of length {@code rows()}. */
    public double[] column(int j) {
        Index.check(j, cols, "column");
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = data[i * cols + j];
        }
        return c;
    }

    /** Returns an independent copy of this matrix. */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /** Returns the entries as a new {@code double[rows][cols]}. */
    public double[][] toArray() {
        double[][] a = new double[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = row(i);
        }
        return a;
    }

    /** Returns a copy of the row-major storage: entry (i, j) at {@code i * cols() + j}. */
    public double[] toRowMajorArray() {
        return data.clone();
    }

    /** Returns the sub-matrix of rows {@code [r0, r1)} and columns {@code [c0, c1)}, copied. */
    public Matrix slice(int r0, int r1, int c0, int c1) {
        if (r0 < 0 || r1 > rows || r0 > r1 || c0 < 0 || c1 > cols || c0 > c1) {
            throw new IndexOutOfBoundsException("slice rows [" + r0 + ", " + r1 + ") columns [" + c0 + ", " + c1
                    + ") of a " + shape() + " matrix");
        }
        Matrix S = zeros(r1 - r0, c1 - c0);
        for (int i = r0; i < r1; i++) {
            System.arraycopy(data, i * cols + c0, S.data, (i - r0) * S.cols, S.cols);
        }
        return S;
    }

    /** Returns the matrix whose row k is row {@code indices[k]} of this one (indices not modified). */
    public Matrix selectRows(int[] indices) {
        Matrix S = zeros(indices.length, cols);
        for (int k = 0; k < indices.length; k++) {
            Index.check(indices[k], rows, "row");
            System.arraycopy(data, indices[k] * cols, S.data, k * cols, cols);
        }
        return S;
    }

    // ---------------------------------------------------------------- products

    /**
     * Returns the matrix product C = A·B, with Cᵢⱼ = Σₖ Aᵢₖ Bₖⱼ.
     *
     * <p>Shapes: A is m×k, B is k×n, C is m×n. Accuracy: each entry within the classic bound
     * |Ĉᵢⱼ − Cᵢⱼ| ≤ k·u·Σₖ|Aᵢₖ||Bₖⱼ| (u = 2⁻⁵³); the summation order may differ from the naive loop.
     *
     * @param B right factor (not modified)
     * @throws ShapeMismatchException if {@code cols() != B.rows()}
     */
    public Matrix multiply(Matrix B) {
        if (cols != B.rows) {
            throw new ShapeMismatchException("multiply", this, B);
        }
        Matrix C = zeros(rows, B.cols);
        MatrixProducts.multiply(this.data, B.data, C.data, rows, cols, B.cols);
        return C;
    }

    /**
     * Returns the matrix-vector product y = A·x, with yᵢ = Σⱼ Aᵢⱼ xⱼ.
     *
     * @param x vector of length {@code cols()} (not modified)
     * @return vector of length {@code rows()}
     * @throws ShapeMismatchException if {@code x.length != cols()}
     */
    public double[] multiply(double[] x) {
        if (x.length != cols) {
            throw new ShapeMismatchException("multiply: A is " + shape() + ", x has length " + x.length);
        }
        double[] y = new double[rows];
        MatrixVectorProduct.multiply(data, x, y, rows, cols);
        return y;
    }

    /** Returns the transpose Aᵀ, with (Aᵀ)ᵢⱼ = Aⱼᵢ; an m×n matrix becomes n×m (by tiles: {@link Transpose}). */
    public Matrix transpose() {
        Matrix T = zeros(cols, rows);
        Transpose.transpose(data, T.data, rows, cols);
        return T;
    }

    /**
     * Writes the transpose Aᵀ into T, for a loop that reuses one n×m buffer instead of allocating a new
     * matrix on every call ({@link #transpose()} allocates and zeroes its result, which for a 64×64 matrix
     * costs as much as the transpose itself). The same bits as {@link #transpose()}.
     *
     * @param T n×m for this m×n matrix (overwritten); must not be this matrix
     * @throws ShapeMismatchException if T is not n×m
     * @throws IllegalArgumentException if T is this matrix
     */
    public void transposeInto(Matrix T) {
        if (T.rows != cols || T.cols != rows) {
            throw new ShapeMismatchException("transposeInto: A is " + shape() + ", T is " + T.shape()
                    + " (T must be " + cols + "×" + rows + ")");
        }
        if (T == this) {
            throw new IllegalArgumentException("transposeInto: T must not be A itself (A is read while T is written)");
        }
        Transpose.transpose(data, T.data, rows, cols);
    }

    // ---------------------------------------------------------------- element-wise

    /** Returns A + B, entry by entry. Throws {@link ShapeMismatchException} unless the shapes are equal. */
    public Matrix plus(Matrix B) {
        return zip("plus", B, Double::sum);
    }

    /** Returns A − B, entry by entry. Throws {@link ShapeMismatchException} unless the shapes are equal. */
    public Matrix minus(Matrix B) {
        return zip("minus", B, (a, b) -> a - b);
    }

    /** Returns the Hadamard (entry-wise) product A ∘ B, with (A ∘ B)ᵢⱼ = Aᵢⱼ·Bᵢⱼ. */
    public Matrix hadamard(Matrix B) {
        return zip("hadamard", B, (a, b) -> a * b);
    }

    /** Returns s·A. */
    public Matrix scale(double s) {
        return map(a -> s * a);
    }

    /** Returns the matrix with f applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        Matrix M = copy();
        M.mapInPlace(f);
        return M;
    }

    /** Applies f to every entry of this matrix (this matrix is modified). */
    public void mapInPlace(DoubleUnaryOperator f) {
        for (int k = 0; k < data.length; k++) {
            data[k] = f.applyAsDouble(data[k]);
        }
    }

    /** Sets A ← A + s·B (this matrix is modified; B is not). Throws unless the shapes are equal. */
    public void addScaledInPlace(double s, Matrix B) {
        requireSameShape("addScaledInPlace", B);
        for (int k = 0; k < data.length; k++) {
            data[k] += s * B.data[k];
        }
    }

    private Matrix zip(String op, Matrix B, DoubleBinaryOperator f) {
        requireSameShape(op, B);
        Matrix C = zeros(rows, cols);
        for (int k = 0; k < data.length; k++) {
            C.data[k] = f.applyAsDouble(data[k], B.data[k]);
        }
        return C;
    }

    private void requireSameShape(String op, Matrix B) {
        if (rows != B.rows || cols != B.cols) {
            throw new ShapeMismatchException(op, this, B);
        }
    }

    // ---------------------------------------------------------------- reductions

    /** Returns the vector of row sums, sᵢ = Σⱼ Aᵢⱼ (length {@code rows()}). */
    public double[] rowSums() {
        double[] s = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s[i] += data[i * cols + j];
            }
        }
        return s;
    }

    /** Returns the vector of column sums, sⱼ = Σᵢ Aᵢⱼ (length {@code cols()}). */
    public double[] columnSums() {
        double[] s = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s[j] += data[i * cols + j];
            }
        }
        return s;
    }

    /** Returns the vector of row means, (1/n)·Σⱼ Aᵢⱼ. Throws if the matrix has no columns. */
    public double[] rowMeans() {
        if (cols == 0) {
            throw new IllegalArgumentException("rowMeans of a " + shape() + " matrix: no columns to average");
        }
        return Vectors.scale(1.0 / cols, rowSums());
    }

    /** Returns the vector of column means, (1/m)·Σᵢ Aᵢⱼ. Throws if the matrix has no rows. */
    public double[] columnMeans() {
        if (rows == 0) {
            throw new IllegalArgumentException("columnMeans of a " + shape() + " matrix: no rows to average");
        }
        return Vectors.scale(1.0 / rows, columnSums());
    }

    /** Returns Σᵢⱼ Aᵢⱼ. */
    public double sum() {
        double s = 0.0;
        for (double a : data) {
            s += a;
        }
        return s;
    }

    /** Returns the Frobenius norm ‖A‖_F = √(Σᵢⱼ Aᵢⱼ²), computed without overflow for large entries. */
    public double frobeniusNorm() {
        return Vectors.norm(data);
    }

    /** Returns maxᵢⱼ |Aᵢⱼ| (0 for an empty matrix; NaN if any entry is NaN). */
    public double maxAbs() {
        return Vectors.maxAbs(data);
    }

    /**
     * Returns the first non-finite entry as text ({@code "NaN at [2][3]"}), or null if every entry is
     * finite. Core's own checks throw instead, with one wording ({@link Arguments#requireFinite}).
     */
    public String firstNonFinite() {
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                return data[k] + " at [" + k / cols + "][" + k % cols + "]";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- identity and text

    /** Two matrices are equal when they have the same shape and bit-identical entries. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix && ((Matrix) o).rows == rows && ((Matrix) o).cols == cols
                && Arrays.equals(((Matrix) o).data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** Returns the entries as nested brackets, {@code [[1, 2], [3, 4]]}, shortening large matrices. */
    @Override
    public String toString() {
        return MatrixFormat.format(this);
    }

    private int index(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("index [" + i + "][" + j + "] in a " + shape() + " matrix");
        }
        return i * cols + j;
    }

    private static void checkDimensions(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("a matrix cannot be " + rows + "×" + cols);
        }
    }

    /** Row-major storage, shared with the kernels of this package (see {@link #storage} for the one public bridge). */
    double[] data() {
        return data;
    }

    // ---------------------------------------------------------------- zero-copy bridge to core.autograd

    /**
     * Returns a {@code rows × cols} matrix whose storage is {@code rowMajor} itself, not a copy: a
     * change made through either shows in the other. This is the bridge from a contiguous 2-D
     * {@code org.mlbyhand.core.autograd.Tensor} (the same row-major layout) to the matrix kernels;
     * everywhere else use {@link #fromRowMajor}, which copies.
     *
     * @param rowMajor entry (i, j) at {@code i * cols + j}, of length exactly rows·cols (shared, not copied)
     * @throws IllegalArgumentException if a dimension is negative or the length is not rows·cols
     */
    public static Matrix wrap(int rows, int cols, double[] rowMajor) {
        checkDimensions(rows, cols);
        if (rowMajor.length != (long) rows * cols) {
            throw new IllegalArgumentException("Matrix.wrap: " + rows + "×" + cols + " needs "
                    + (long) rows * cols + " values, got " + rowMajor.length);
        }
        return new Matrix(rows, cols, rowMajor);
    }

    /**
     * Returns the row-major storage itself, not a copy (entry (i, j) at {@code i * cols() + j}): writing
     * to it changes this matrix. The bridge the other way, to a {@code Tensor} that shares it; everywhere
     * else use {@link #toRowMajorArray}, which copies.
     */
    public double[] storage() {
        return data;
    }
}
