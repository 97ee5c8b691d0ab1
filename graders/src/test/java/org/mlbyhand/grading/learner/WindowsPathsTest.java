package org.mlbyhand.grading.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.Exercise;

/** The engine's path handling holds for Windows' separators as well as POSIX ones. */
class WindowsPathsTest {

    @Test
    void theExercisesOwnClassesLeaveAWindowsClassPath() {
        String windows = "C:\\course\\core\\target\\classes;C:\\course\\exercises\\target\\classes;"
                + "C:\\Users\\me\\.m2\\repository\\org\\mlbyhand\\exercises\\0.1.0\\exercises-0.1.0.jar;"
                + "C:\\course\\graders\\target\\test-classes";
        assertEquals("C:\\course\\core\\target\\classes;C:\\course\\graders\\target\\test-classes",
                LearnerCompiler.withoutExercises(windows, ";"));
    }

    @Test
    void theExercisesOwnClassesLeaveAPosixClassPath() {
        assertEquals("/c/core/target/classes:/c/graders/target/test-classes", LearnerCompiler.withoutExercises(
                "/c/core/target/classes:/c/exercises/target/classes:/c/graders/target/test-classes", ":"));
    }

    @Test
    void aStubsClassIsItsRepositoryPathWhateverTheSeparator() {
        Exercise ex = new Exercise("ps0", "matmul", "Matrix multiply", 10,
                "exercises/src/main/java/org/mlbyhand/exercises/ps0/MatrixMultiply.java");
        assertEquals("org.mlbyhand.exercises.ps0.MatrixMultiply", ex.stubClass());
    }
}
