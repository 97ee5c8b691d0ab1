package org.mlbyhand.grading;

/**
 * Who an exercise is, as the scoreboard shows it.
 *
 * @param problemSet the problem set's short name, {@code "ps0"}
 * @param name       the exercise's short name, unique across problem sets, used by {@code -Dexercise=NAME}
 * @param title      a few words for the scoreboard, {@code "Cholesky factorisation"}
 * @param points     what solving it is worth
 * @param stub       the learner's file, relative to the repository root
 */
public record Exercise(String problemSet, String name, String title, int points, String stub) {
    private static final String SOURCES = "exercises/src/main/java/";

    /** The stub's class, from its path: {@code org.mlbyhand.exercises.ps0.MatrixMultiply}. */
    public String stubClass() {
        if (!stub.startsWith(SOURCES) || !stub.endsWith(".java")) {
            throw new IllegalStateException("stub " + stub + " is not a .java file under " + SOURCES);
        }
        return stub.substring(SOURCES.length(), stub.length() - ".java".length()).replace('/', '.');
    }
}
