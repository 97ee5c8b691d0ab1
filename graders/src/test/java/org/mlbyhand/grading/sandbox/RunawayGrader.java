package org.mlbyhand.grading.sandbox;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/** The copy exercise of {@link MisbehavingGrader}, with bugs that never return: one loops, one exits the JVM. */
public final class RunawayGrader extends MisbehavingGrader {
    static final String LOOPS = "loops forever";
    static final String EXITS = "calls System.exit";

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return List.of(
                new Bug<>(LOOPS, "", A -> {
                    long i = 0;
                    while (i >= 0) {
                        i = (i + 1) % 1000;
                    }
                    return A;
                }),
                new Bug<>(EXITS, "", A -> {
                    System.exit(3);
                    return A;
                }));
    }
}
