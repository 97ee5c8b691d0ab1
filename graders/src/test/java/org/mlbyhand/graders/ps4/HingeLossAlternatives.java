package org.mlbyhand.graders.ps4;

import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.graders.ps4.HingeLossGrader.Hinge;
import org.mlbyhand.grading.Alternative;

/**
 * Correct hinge losses written otherwise than the reference's loop over max(0, 1 − sᵢzᵢ), each of which
 * the grader must accept: only the violating rows added, by class without a sign, and as a stream summed
 * from the last row.
 */
final class HingeLossAlternatives {
    private HingeLossAlternatives() {
    }

    static final List<Alternative<Hinge>> ALL = List.of(
            new Alternative<>("only the rows with sᵢzᵢ < 1 add 1 − sᵢzᵢ", (y, z) -> {
                SvmInputs.scores("hinge-loss", y, z);
                double sum = 0.0;
                for (int i = 0; i < y.length; i++) {
                    double margin = y[i] == 1 ? z[i] : -z[i];
                    if (margin < 1.0) {
                        sum += 1.0 - margin;
                    }
                }
                return sum;
            }),
            new Alternative<>("by class: max(0, 1 − z) for class 1, max(0, 1 + z) for class 0, from the last row",
                    (y, z) -> {
                        SvmInputs.scores("hinge-loss", y, z);
                        return IntStream.range(0, y.length).map(i -> y.length - 1 - i)
                                .mapToDouble(i -> y[i] == 1 ? Math.max(0.0, 1.0 - z[i]) : Math.max(0.0, 1.0 + z[i]))
                                .sum();
                    }));
}
