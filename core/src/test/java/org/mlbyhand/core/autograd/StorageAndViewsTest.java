package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;

/** One row-major storage, many views: strides and offsets, what copies and what does not, the Matrix bridge. */
class StorageAndViewsTest {
    /** 0, 1, …, 23 as (2, 3, 4). */
    private static Tensor counting() {
        double[] v = new double[24];
        for (int k = 0; k < v.length; k++) {
            v[k] = k;
        }
        return Tensors.fromArray(v, 2, 3, 4);
    }

    @Test
    void aFreshTensorIsRowMajorWithTheLastAxisFastest() {
        Tensor x = counting();
        assertArrayEquals(new int[] {12, 4, 1}, x.strides());
        assertEquals(0, x.offset());
        assertEquals(1 * 12 + 2 * 4 + 3, x.get(1, 2, 3));
        assertTrue(x.isContiguous());
    }

    @Test
    void transposePermuteSliceAndExpandShareTheStorageAndChangeOnlyStridesAndOffset() {
        Tensor x = counting();
        Tensor t = x.transpose(0, 2);                                  // (4, 3, 2)
        assertArrayEquals(new int[] {1, 4, 12}, t.strides());
        assertEquals(x.get(1, 2, 3), t.get(3, 2, 1));
        assertFalse(t.isContiguous());
        Tensor s = x.slice(2, 1, 4, 2);                               // (2, 3, 2): columns 1 and 3
        assertArrayEquals(new int[] {2, 3, 2}, s.shape());
        assertArrayEquals(new int[] {12, 4, 2}, s.strides());
        assertEquals(1, s.offset());
        assertEquals(x.get(1, 1, 3), s.get(1, 1, 1));
        Tensor e = Tensors.of(1, 2, 3).expand(4, 3);
        assertArrayEquals(new int[] {0, 1}, e.strides());
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3}, e.toArray());
        assertSame(x.data, t.data);
        assertSame(x.data, s.data);
        x.data[1 * 12 + 1 * 4 + 3] = -7;                              // one write shows in every view
        assertEquals(-7, s.get(1, 1, 1));
        assertEquals(-7, t.get(3, 1, 1));
    }

    @Test
    void contiguousViewsWithAnOffsetAreReadFromTheirOffsetByTheFlatLoopsToo() {
        Tensor x = counting();
        Tensor rows = x.slice(0, 1, 2);                               // (1, 3, 4): entries 12 … 23, contiguous, offset 12
        assertTrue(rows.isContiguous());
        assertEquals(12, rows.offset());
        Tensor bias = Tensors.of(100, 200, 300, 400, 500, 600).slice(0, 2, 6);  // (4,): 300 … 600, offset 2
        double[] expected = new double[12];
        for (int k = 0; k < 12; k++) {
            expected[k] = 12 + k + 300 + 100 * (k % 4);
        }
        assertArrayEquals(expected, rows.add(bias).toArray(), "a bias block broadcast over the rows");
        assertArrayEquals(new double[] {12 + 16 + 20, 13 + 17 + 21, 14 + 18 + 22, 15 + 19 + 23},
                rows.sum(new int[] {0, 1}, false).toArray(), "a sum over the leading axes adds whole rows");
        assertArrayEquals(new double[] {-12, -16, -20}, rows.slice(2, 0, 1).neg().toArray(), "a strided view, the general loop");
        assertArrayEquals(new double[] {24, 26, 28, 30}, rows.slice(1, 0, 1).mul(2).reshape(4).toArray(), "a scalar broadcast");
    }

    @Test
    void reshapeIsAViewOfAContiguousTensorAndACopyOtherwise() {
        Tensor x = counting();
        Tensor r = x.reshape(6, -1);
        assertArrayEquals(new int[] {6, 4}, r.shape());
        assertSame(x.data, r.data);
        Tensor t = x.transpose(1, 2);
        Tensor copied = t.reshape(2, 12);
        assertNotSame(x.data, copied.data);
        assertArrayEquals(t.toArray(), copied.toArray(), "the same entries in row-major order of the view");
        assertSame(x, x.contiguous());
        assertTrue(t.contiguous().isContiguous());
    }

    @Test
    void unsqueezeSqueezeAndSplitAreViews() {
        Tensor x = counting();
        assertArrayEquals(new int[] {2, 1, 3, 4}, x.unsqueeze(1).shape());
        assertArrayEquals(new int[] {2, 3, 4, 1}, x.unsqueeze(-1).shape());
        assertArrayEquals(new int[] {3, 4}, x.slice(0, 0, 1).squeeze(0).shape());
        Tensor[] parts = x.split(2, 1, 3);
        assertArrayEquals(new int[] {2, 3, 1}, parts[0].shape());
        assertArrayEquals(new int[] {2, 3, 3}, parts[1].shape());
        assertSame(x.data, parts[1].data);
        assertEquals(x.get(1, 2, 2), parts[1].get(1, 2, 1));
    }

    @Test
    void aMatrixAndATwoDimensionalTensorShareTheirStorageBothWays() {
        Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor t = Tensors.fromMatrix(A);
        assertArrayEquals(new int[] {2, 3}, t.shape());
        A.set(1, 2, 60);
        assertEquals(60, t.get(1, 2), "no copy: a change to the matrix shows in the tensor");
        Matrix B = t.toMatrix();
        assertSame(A.storage(), B.storage(), "no copy back either");
        Matrix T = t.transpose(0, 1).toMatrix();                       // not contiguous: a copy
        assertEquals(A.transpose(), T);
        assertNotSame(A.storage(), T.storage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> counting().toMatrix());
        assertEquals("toMatrix: a tensor of shape (2, 3, 4) is not 2-d", e.getMessage());
    }

    @Test
    void zeroDimensionalAndEmptyTensorsBehave() {
        Tensor s = Tensors.scalar(2.5);
        assertEquals(0, s.ndim());
        assertEquals(1, s.numel());
        assertEquals(2.5, s.get());
        assertEquals(2.5, s.item());
        Tensor empty = Tensors.zeros(3, 0);
        assertEquals(0, empty.numel());
        assertArrayEquals(new double[0], empty.exp().toArray());
        assertArrayEquals(new double[] {0, 0, 0}, empty.sum(1, false).toArray());
        assertEquals("tensor([[], [], []])", empty.toString());
    }

    @Test
    void entriesPrintAsNestedBracketsWithTheNode() {
        assertEquals("tensor([[1, 2.5], [3, 4]])", Tensors.of(new double[][] {{1, 2.5}, {3, 4}}).toString());
        Tensor x = Tensors.of(1, 2).requiringGrad();
        assertEquals("tensor([1, 2], requires_grad)", x.toString());
        assertEquals("tensor(5, grad_fn=sum)", x.mul(x).sum().toString());
        assertEquals("tensor([0, 1, 2, …, 7, 8, 9])", Tensors.fromArray(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10).toString());
    }

    @Test
    void indexingOutsideTheShapeNamesTheIndexAndTheShape() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> counting().get(1, 3, 0));
        assertEquals("get: index [1, 3, 0] in a tensor of shape (2, 3, 4)", e.getMessage());
        IllegalStateException item = assertThrows(IllegalStateException.class, () -> counting().item());
        assertEquals("item: a tensor of shape (2, 3, 4) has 24 entries, not 1", item.getMessage());
        IllegalArgumentException values = assertThrows(IllegalArgumentException.class, () -> Tensors.fromArray(new double[5], 2, 3));
        assertEquals("fromArray: shape (2, 3) needs 6 values, got 5", values.getMessage());
    }
}
