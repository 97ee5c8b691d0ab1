package org.mlbyhand.core.linalg;

/** Bounds checks whose message names the index, the bound and what was indexed. */
final class Index {
    private Index() {
    }

    static void check(int index, int length, String what) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(what + " " + index + " out of range [0, " + length + ")");
        }
    }
}
