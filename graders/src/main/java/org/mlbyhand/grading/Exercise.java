package org.mlbyhand.grading;

/**
 * Who an exercise is, as the scoreboard shows it. A grader makes its own with
 * {@link Grader#exercise(int, String, String, int)}, which derives the problem set from the grader's
 * package ({@code org.mlbyhand.graders.ps0}) and the stub from the grader's name
 * ({@code MatrixMultiplyGrader} grades {@code org.mlbyhand.exercises.ps0.MatrixMultiply}).
 *
 * @param problemSet the problem set's short name, {@code "ps0"}
 * @param order      its place in the problem set (smaller first; gaps are fine)
 * @param name       the exercise's short name, unique across problem sets, used by {@code -Dexercise=NAME}
 * @param title      a few words for the scoreboard, {@code "Cholesky factorisation"}
 * @param points     what solving it is worth
 * @param stub       the learner's file, relative to the repository root
 */
public record Exercise(String problemSet, int order, String name, String title, int points, String stub) {
    private static final String SOURCES = "exercises/src/main/java/";

    /** An exercise outside the course (the engine's own tests): order 0. */
    public Exercise(String problemSet, String name, String title, int points, String stub) {
        this(problemSet, 0, name, title, points, stub);
    }

    /** The stub's class, from its path: {@code org.mlbyhand.exercises.ps0.MatrixMultiply}. */
    public String stubClass() {
        if (!stub.startsWith(SOURCES) || !stub.endsWith(".java")) {
            throw new IllegalStateException("stub " + stub + " is not a .java file under " + SOURCES);
        }
        return stub.substring(SOURCES.length(), stub.length() - ".java".length()).replace('/', '.');
    }

    /** The stub's path for a stub class: {@code exercises/src/main/java/org/.../MatrixMultiply.java}. */
    static String stubOf(String stubClass) {
        return SOURCES + stubClass.replace('.', '/') + ".java";
    }
}
