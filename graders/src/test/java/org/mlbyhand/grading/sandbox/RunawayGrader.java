package org.mlbyhand.grading.sandbox;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/** The copy exercise of {@link MisbehavingGrader}, with bugs that do not return in time: one loops, one exits the JVM, one is slow. */
public final class RunawayGrader extends MisbehavingGrader {
    static final String LOOPS = "loops forever";
    static final String EXITS = "calls System.exit";
    static final String SLOW = "takes 1.5 s per call";

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
                }),
                new Bug<>(SLOW, "", A -> {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return A.copy();
                }));
    }
}
