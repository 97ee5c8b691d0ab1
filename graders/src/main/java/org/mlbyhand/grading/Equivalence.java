package org.mlbyhand.grading;

import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;

/**
 * What "equal" means for a check. Most results are equal entry by entry within a {@link Tolerance}
 * ({@link #within}); some are only defined up to a symmetry of the problem, and demanding more would
 * fail a correct answer: an eigenvector or a principal component up to its sign
 * ({@link #upToColumnSigns}), a clustering up to the names of its clusters
 * ({@link #upToLabelPermutation}). A custom rule ({@link #custom}) states its own.
 *
 * <p>A judgement may accept a result that differs from the expected one and say why that is fine
 * ("column 2 has the opposite sign: that is fine"); when it rejects one, the report shows that note
 * too, so the learner knows which differences are not the problem.
 */
public interface Equivalence {

    /**
     * Judges {@code actual} against {@code expected}.
     *
     * @param output the result's name in messages ({@code "V"})
     * @param floor  the comparison's scale when the expected result is all zeros (the inputs' magnitude)
     */
    Judgement judge(String output, Object expected, Object actual, double floor);

    /** Returns the tolerance used for entries, for messages and for matching bugs. */
    Tolerance tolerance();

    /**
     * The outcome of a judgement: accepted (difference null) or not, and a note on what was accepted
     * although it differs (null when there is nothing to say).
     *
     * @param difference why the result is rejected, or null
     * @param note       what differs but is fine, or null
     */
    record Judgement(Difference difference, String note) {
        /** True when the result is accepted. */
        public boolean accepted() {
            return difference == null;
        }
    }

    /** Entry by entry within {@code tolerance}: today's default, and what {@code checks.agrees(name, gen, tolerance)} means. */
    static Equivalence within(Tolerance tolerance) {
        return new Within(tolerance);
    }

    /** Bit for bit: {@code within(Tolerance.EXACT)}. */
    static Equivalence exactly() {
        return within(Tolerance.EXACT);
    }

    /**
     * Equal within {@code tolerance} after each column of the learner's matrix is multiplied by ±1 to
     * match the expected column's sign (eigenvectors, singular vectors, principal components): the
     * sign of a column is chosen by its entry of largest magnitude in the expected matrix.
     */
    static Equivalence upToColumnSigns(Tolerance tolerance) {
        return new UpToColumnSigns(tolerance);
    }

    /**
     * Equal {@code int[]} labellings up to a renaming of the labels (clusterings): accepted when one
     * one-to-one map turns the learner's labels into the expected ones.
     */
    static Equivalence upToLabelPermutation() {
        return new UpToLabelPermutation();
    }

    /**
     * A rule of the grader's own: {@code rule} returns null to accept, or one line saying what is
     * wrong; {@code name} says what the rule is, in messages.
     */
    static Equivalence custom(String name, Tolerance tolerance, BiFunction<Object, Object, String> rule) {
        return new Equivalence() {
            @Override
            public Judgement judge(String output, Object expected, Object actual, double floor) {
                String wrong = rule.apply(expected, actual);
                return new Judgement(wrong == null ? null : new Difference(wrong + "  (" + name + ")", null), null);
            }

            @Override
            public Tolerance tolerance() {
                return tolerance;
            }
        };
    }

    /** Entry by entry within a tolerance. */
    record Within(Tolerance tolerance) implements Equivalence {
        @Override
        public Judgement judge(String output, Object expected, Object actual, double floor) {
            return new Judgement(Comparison.compare(output, expected, actual, tolerance, floor), null);
        }
    }

    /** Up to the sign of each column of a matrix. */
    record UpToColumnSigns(Tolerance tolerance) implements Equivalence {
        @Override
        public Judgement judge(String output, Object expected, Object actual, double floor) {
            if (!(expected instanceof Matrix) || !(actual instanceof Matrix)
                    || ((Matrix) expected).rows() != ((Matrix) actual).rows()
                    || ((Matrix) expected).cols() != ((Matrix) actual).cols()) {
                return new Judgement(Comparison.compare(output, expected, actual, tolerance, floor), null);
            }
            Matrix E = (Matrix) expected;
            Matrix A = ((Matrix) actual).copy();
            StringBuilder flipped = new StringBuilder();
            for (int j = 0; j < E.cols(); j++) {
                int largest = 0;
                for (int i = 1; i < E.rows(); i++) {
                    largest = Math.abs(E.get(i, j)) > Math.abs(E.get(largest, j)) ? i : largest;
                }
                if (E.rows() > 0 && Math.signum(A.get(largest, j)) == -Math.signum(E.get(largest, j))
                        && E.get(largest, j) != 0) {
                    for (int i = 0; i < A.rows(); i++) {
                        A.set(i, j, -A.get(i, j));
                    }
                    flipped.append(flipped.length() > 0 ? ", " : "").append(j);
                }
            }
            String note = flipped.length() == 0 ? null : (flipped.indexOf(",") < 0 ? "column " : "columns ") + flipped
                    + " of " + output + " " + (flipped.indexOf(",") < 0 ? "has" : "have")
                    + " the opposite sign: that is fine, each column is defined up to its sign";
            Difference d = Comparison.compare(output, E, A, tolerance, floor);
            return new Judgement(d == null ? null : new Difference(d.text() + (note == null ? "" : "\n  (" + note
                    + "; it was compared after flipping it back)"), d.pattern()), note);
        }
    }

    /** Up to a renaming of labels. */
    record UpToLabelPermutation() implements Equivalence {
        @Override
        public Tolerance tolerance() {
            return Tolerance.EXACT;
        }

        @Override
        public Judgement judge(String output, Object expected, Object actual, double floor) {
            if (!(expected instanceof int[]) || !(actual instanceof int[])
                    || ((int[]) expected).length != ((int[]) actual).length) {
                return new Judgement(Comparison.compare(output, expected, actual, Tolerance.EXACT, floor), null);
            }
            return LabelRenaming.judge(output, (int[]) expected, (int[]) actual);
        }
    }
}
