package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatrixFormatTest {

    @Test
    void numbersShowTenSignificantDigitsWithoutTrailingZeros() {
        assertEquals("4", MatrixFormat.number(4.0));
        assertEquals("2.5", MatrixFormat.number(2.5));
        assertEquals("3.141592654", MatrixFormat.number(Math.PI));
        assertEquals("1.5e-20", MatrixFormat.number(1.5e-20));
        assertEquals("NaN", MatrixFormat.number(Double.NaN));
    }

    @Test
    void aNumberNeverLooksRounderThanItIs() {
        assertEquals("0.5000000000000001", MatrixFormat.number(Math.nextUp(0.5)));
        assertEquals("1.0000000001", MatrixFormat.number(1 + 1e-10));
        assertEquals("-0", MatrixFormat.number(-0.0));
        assertEquals("[0.5, 0.5000000000000001]", MatrixFormat.format(new double[] {0.5, Math.nextUp(0.5)}));
    }
}
