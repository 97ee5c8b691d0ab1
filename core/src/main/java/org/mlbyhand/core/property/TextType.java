package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A {@code String} as a value: compared with {@code equals}, sent as UTF-8 of at most {@link ValueTypes#MAX_ENTRIES} bytes. */
final class TextType extends ScalarType<String> {
    TextType() {
        super(String.class, "text", "a string");
    }

    @Override
    public String format(String s) {
        return '"' + s + '"';
    }

    @Override
    public double[] entries(String s) {
        return null;
    }

    @Override
    public void write(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public String read(DataInput in) throws IOException {
        byte[] bytes = new byte[ValueTypes.checkedSize(in.readInt(), "a string")];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
