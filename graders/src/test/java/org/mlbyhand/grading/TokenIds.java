package org.mlbyhand.grading;

import java.util.Arrays;

/**
 * A sequence of token ids, the input of a language model: the kind of value the engine did not know
 * when it was written. {@link TokenIdsType} teaches it to the engine, in one class.
 */
public final class TokenIds {
    private final int[] ids;

    /** Wraps a copy of {@code ids}. */
    public TokenIds(int... ids) {
        this.ids = ids.clone();
    }

    /** The number of tokens. */
    public int length() {
        return ids.length;
    }

    /** The id at position t. */
    public int at(int t) {
        return ids[t];
    }

    /** Sets the id at position t (token sequences are mutable, so the engine must copy them). */
    public void set(int t, int id) {
        ids[t] = id;
    }

    int[] ids() {
        return ids;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenIds && Arrays.equals(ids, ((TokenIds) o).ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }
}
