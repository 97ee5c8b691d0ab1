package org.mlbyhand.grading;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mlbyhand.core.property.ValueType;

/**
 * {@link TokenIds} as a value, registered in {@code META-INF/services/org.mlbyhand.core.property.ValueType}:
 * everything the engine needs to generate, shrink, copy, compare, print and send token sequences.
 */
public final class TokenIdsType implements ValueType<TokenIds> {

    @Override
    public Class<TokenIds> type() {
        return TokenIds.class;
    }

    @Override
    public String id() {
        return "token-ids";
    }

    @Override
    public int[] shape(TokenIds x) {
        return new int[] {x.length()};
    }

    @Override
    public TokenIds copy(TokenIds x) {
        return new TokenIds(x.ids());
    }

    @Override
    public String format(TokenIds x) {
        return "tokens" + Arrays.toString(x.ids());
    }

    @Override
    public String describe(TokenIds x) {
        return "a sequence of " + x.length() + " tokens";
    }

    @Override
    public TokenIds deleteIndex(TokenIds x, int axis, int i) {
        return new TokenIds(IntStream.range(0, x.length()).filter(t -> t != i).map(x::at).toArray());
    }

    @Override
    public Stream<TokenIds> simpler(TokenIds x) {
        return IntStream.range(0, x.length()).filter(t -> x.at(t) != 0).mapToObj(t -> {
            TokenIds y = copy(x);
            y.set(t, 0);
            return y;
        });
    }

    @Override
    public double[] entries(TokenIds x) {
        return Arrays.stream(x.ids()).asDoubleStream().toArray();
    }

    @Override
    public String index(TokenIds x, int k) {
        return "[" + k + "]";
    }

    @Override
    public void write(DataOutput out, TokenIds x) throws IOException {
        out.writeInt(x.length());
        for (int id : x.ids()) {
            out.writeInt(id);
        }
    }

    @Override
    public TokenIds read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("a token sequence of " + n + " tokens");
        }
        int[] ids = new int[n];
        for (int t = 0; t < n; t++) {
            ids[t] = in.readInt();
        }
        return new TokenIds(ids);
    }
}
