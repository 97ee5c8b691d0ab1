package org.mlbyhand.grading;

/**
 * How a result differs from the expected one: the first differing entry as a sentence, and a
 * {@link Pattern} the whole result follows, if any.
 *
 * @param text    one or more lines: {@code "at L[1][1]: expected 1.414213562, got 1.732050808  (...)"}
 * @param pattern a pattern of the whole result, or null
 */
public record Difference(String text, Pattern pattern) {

    /** The text followed by the pattern's line, as an invariant's failure shows it. */
    public String withPattern() {
        return pattern == null ? text : text + "\n  pattern: " + pattern.sentence();
    }
}
