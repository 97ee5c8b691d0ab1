package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/** Correct back substitutions organised differently from the reference, each of which the grader must accept. */
final class BackSubstitutionAlternatives {
    private BackSubstitutionAlternatives() {
    }

    static final List<Alternative<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Alternative<>("by columns: each new xⱼ is subtracted from the rest of a copy of b",
                    (U, b) -> Substitution.columns("U", U, b, false)),
            new Alternative<>("each row's sum added in the reverse order of j",
                    (U, b) -> Substitution.sumReversed("U", U, b, false)),
            new Alternative<>("each row divided by its pivot before the sum",
                    (U, b) -> Substitution.divideFirst("U", U, b, false)));
}
