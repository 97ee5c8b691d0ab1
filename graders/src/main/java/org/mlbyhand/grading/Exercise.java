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
public record Exercise(String problemSet, String name, String title, int points, String stub)
        implements java.io.Serializable {
}
