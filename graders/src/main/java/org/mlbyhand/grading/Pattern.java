package org.mlbyhand.grading;

/**
 * A recognisable shape of a wrong answer (every entry has the wrong sign; the result is the transpose
 * of the expected one; every entry is off by the same factor), each a classic bug in disguise. A
 * report shows a pattern only when it holds on two different failing inputs: on one small input,
 * "2 times" is as often a coincidence as a clue.
 *
 * @param kind     {@code "sign"}, {@code "transpose"} or {@code "factor"}
 * @param factor   the common factor for {@code "factor"}, else 1
 * @param sentence the line a learner reads, without the {@code "pattern: "} prefix
 */
public record Pattern(String kind, double factor, String sentence) {

    /** True when {@code other} is the same pattern (the same kind, and the same factor to 1e-9). */
    public boolean sameAs(Pattern other) {
        return other != null && kind.equals(other.kind)
                && Math.abs(factor - other.factor) <= 1e-9 * Math.max(Math.abs(factor), Math.abs(other.factor));
    }
}
