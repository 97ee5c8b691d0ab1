package org.mlbyhand.graders;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.grading.GradingSession;
import org.mlbyhand.grading.Unsolved;
import org.mlbyhand.grading.Verdict;

/**
 * What {@code ./mvnw test} runs: one test per selected exercise, each graded in the sandbox, then the
 * scoreboard. Select with {@code -Dps=0} or {@code -Dexercise=matmul}.
 */
class Gradebook {
    private static GradingSession session;

    @TestFactory
    Stream<DynamicTest> exercises() {
        session = new GradingSession(Course.PROBLEM_SETS);
        if (session.unknownSelection() != null) {
            return Stream.of(DynamicTest.dynamicTest("selection", () -> {
                throw new Unsolved(session.unknownSelection().lines().findFirst().orElse(""));
            }));
        }
        return session.graders().map(grader -> DynamicTest.dynamicTest(
                grader.exercise().problemSet() + " " + grader.exercise().name(), () -> {
                    Verdict verdict = session.grade(grader);
                    if (!verdict.solved()) {
                        throw new Unsolved(verdict);
                    }
                }));
    }

    @AfterAll
    static void printScoreboard() {
        if (session != null) {
            System.out.print(session.scoreboard());
        }
    }
}
