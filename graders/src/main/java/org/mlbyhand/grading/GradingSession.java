package org.mlbyhand.grading;

import java.util.List;
import java.util.stream.Stream;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

/**
 * One run of grading: the selected exercises of a curriculum, each in the sandbox, and keeps the scoreboard. A
 * JUnit test class turns each grading into one test, so the build fails until every selected
 * exercise is solved. Which implementation is graded comes from {@code -Dgrade.target}: the learner's
 * ({@code learner}, the default) or the reference ({@code reference}, in the maintainers' suite).
 */
public final class GradingSession {
    private final List<ProblemSet> selected;
    private final Scoreboard scoreboard;
    private final String target;

    /** Creates a gradebook for the exercises of {@code curriculum} that the system properties select. */
    public GradingSession(List<ProblemSet> curriculum) {
        this.selected = Selection.fromSystemProperties().apply(curriculum);
        this.scoreboard = new Scoreboard(selected);
        this.target = System.getProperty("grade.target", Target.LEARNER);
    }

    /** Returns the selected graders, in curriculum order. */
    public Stream<Grader<?>> graders() {
        return selected.stream().flatMap(set -> set.graders().stream());
    }

    /** Grades one exercise in the sandbox and records the verdict. */
    public Verdict grade(Grader<?> grader) {
        Verdict verdict = Sandbox.grade(grader, target, Sandbox.CHECK_BUDGET);
        scoreboard.record(verdict);
        return verdict;
    }

    /** Returns the scoreboard as text. */
    public String scoreboard() {
        return scoreboard.render();
    }
}
