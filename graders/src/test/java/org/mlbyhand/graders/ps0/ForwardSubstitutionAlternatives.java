package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/** Correct forward substitutions organised differently from the reference, each of which the grader must accept. */
final class ForwardSubstitutionAlternatives {
    private ForwardSubstitutionAlternatives() {
    }

    static final List<Alternative<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Alternative<>("by columns: each new xⱼ is subtracted from the rest of a copy of b",
                    (L, b) -> Substitution.columns("L", L, b, true)),
            new Alternative<>("each row's sum added in the reverse order of j",
                    (L, b) -> Substitution.sumReversed("L", L, b, true)),
            new Alternative<>("each row divided by its pivot before the sum",
                    (L, b) -> Substitution.divideFirst("L", L, b, true)));
}
