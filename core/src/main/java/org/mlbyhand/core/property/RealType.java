package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.mlbyhand.core.linalg.MatrixFormat;

/** A {@code double} as a value. Its shrinking depends on its range, so {@link CaseGen}'s scalar arguments do it. */
final class RealType extends ScalarType<Double> {
    RealType() {
        super(Double.class, "real", "a number");
    }

    @Override
    public String format(Double x) {
        return MatrixFormat.number(x);
    }

    @Override
    public double[] entries(Double x) {
        return new double[] {x};
    }

    @Override
    public void write(DataOutput out, Double x) throws IOException {
        out.writeDouble(x);
    }

    @Override
    public Double read(DataInput in) throws IOException {
        return in.readDouble();
    }
}
