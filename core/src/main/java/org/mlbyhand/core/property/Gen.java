package org.mlbyhand.core.property;

import java.util.stream.Stream;
import org.mlbyhand.core.random.Rng;

/**
 * A generator of random test inputs that also knows how to make a failing input smaller.
 *
 * @param <T> the type of value generated
 */
public interface Gen<T> {

    /** Returns a new random value drawn with {@code rng} (advanced). */
    T generate(Rng rng);

    /**
     * Returns candidates simpler than {@code value}, most aggressive first (smaller dimensions before
     * simpler entries). The property runner keeps the first candidate that still fails and asks again,
     * so each candidate only needs to be a little simpler. The default has no candidates.
     */
    default Stream<T> shrink(T value) {
        return Stream.empty();
    }
}
