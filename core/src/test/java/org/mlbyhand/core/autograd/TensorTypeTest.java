package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.ValueType;
import org.mlbyhand.core.property.ValueTypes;

/** Tensor as a value of the test machinery: registered through META-INF/services, copied, shrunk, sent. */
class TensorTypeTest {
    private final Tensor x = Tensors.fromArray(new double[] {0, 1.25, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 2, 3, 2);

    private static ValueType<Tensor> type(Tensor t) {
        return ValueTypes.of(t);
    }

    @Test
    void tensorsAreRegisteredUnderTheIdTensor() throws IOException {
        assertInstanceOf(TensorType.class, ValueTypes.of(x));
        assertEquals(TensorType.class, ValueTypes.byId("tensor").getClass());
    }

    @Test
    void shapeEntriesIndexAndTextAreTheTensors() {
        ValueType<Tensor> t = type(x);
        assertArrayEquals(new int[] {2, 3, 2}, t.shape(x));
        assertArrayEquals(x.toArray(), t.entries(x.transpose(0, 2).contiguous().transpose(0, 2)));
        assertEquals("[1][0][1]", t.index(x, 7));
        assertEquals("a (2, 3, 2) tensor", t.describe(x));
        assertEquals("a 0-d tensor", t.describe(Tensors.scalar(1)));
        assertEquals("", t.index(Tensors.scalar(1), 0));
        assertEquals("[[[0, 1.25], [2, 3], [4, 5]], [[6, 7], [8, 9], [10, 11]]]", t.format(x));
    }

    @Test
    void aCopyIsDeepAndKeepsRequiresGrad() {
        Tensor p = x.requiringGrad();
        Tensor c = type(p).copy(p);
        c.addScaledInPlace(1, Tensors.ones(2, 3, 2));
        assertEquals(1.25, p.get(0, 0, 1));
        assertTrue(c.requiresGrad());
    }

    @Test
    void deletingAnIndexDropsOneSliceAlongTheAxis() {
        Tensor d = type(x).deleteIndex(x, 1, 1);
        assertArrayEquals(new int[] {2, 2, 2}, d.shape());
        assertArrayEquals(new double[] {0, 1.25, 4, 5, 6, 7, 10, 11}, d.toArray());
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, type(x).deleteIndex(x, 2, 1).toArray());
    }

    @Test
    void simplerTensorsRoundTheEntries() {
        assertEquals("[[[0, 1], [2, 3], [4, 5]], [[6, 7], [8, 9], [10, 11]]] [[[0, 1.2], [2, 3], [4, 5]], [[6, 7], [8, 9], [10, 11]]]",
                type(x).simpler(x).map(TensorFormat::format).collect(Collectors.joining(" ")));
    }

    @Test
    void writeThenReadGivesTheSameTensor() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        type(x).write(new DataOutputStream(bytes), x.permute(2, 0, 1).requiringGrad());
        Tensor back = type(x).read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(new int[] {2, 2, 3}, back.shape());
        assertArrayEquals(x.permute(2, 0, 1).toArray(), back.toArray());
        assertTrue(back.requiresGrad());
    }

    @Test
    void readingRefusesAnAbsurdSize() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2);
        out.writeInt(1 << 20);
        out.writeInt(1 << 20);
        IOException e = assertThrows(IOException.class,
                () -> type(x).read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(e.getMessage().startsWith("a tensor has 1099511627776 entries"), e.getMessage());
    }
}
