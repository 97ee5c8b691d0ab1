package org.mlbyhand.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

/**
 * One run of grading: the selected exercises of a curriculum, each graded, and the scoreboard. A
 * JUnit test class turns each grading into one test, so the build fails until every selected
 * exercise is solved. Which implementation is graded comes from {@code -Dgrade.target}: the learner's
 * ({@code learner}, the default: compiled, checked, run in the sandbox) or the reference
 * ({@code reference}, in the maintainers' suite, run in the sandbox the same way).
 */
public final class GradingSession {
    private final List<ProblemSet> selected;
    private final String unknownSelection;
    private final Scoreboard scoreboard;
    private final String target;
    private LearnerGrading learner;

    /** Creates a gradebook for the exercises of {@code curriculum} that the system properties select. */
    public GradingSession(List<ProblemSet> curriculum) {
        Selection selection = Selection.fromSystemProperties();
        List<ProblemSet> chosen = selection.apply(curriculum);
        this.selected = chosen;
        this.unknownSelection = chosen.isEmpty() ? selection.unknown(curriculum) : null;
        this.scoreboard = new Scoreboard(chosen);
        this.target = System.getProperty("grade.target", Target.LEARNER);
    }

    /** Returns the selected graders, in curriculum order. */
    public Stream<Grader<?>> graders() {
        return selected.stream().flatMap(set -> set.graders().stream());
    }

    /** Returns why nothing was selected (an unknown -Dexercise or -Dps, with suggestions), or null. */
    public String unknownSelection() {
        return unknownSelection;
    }

    /** Grades one exercise and records the verdict. */
    public Verdict grade(Grader<?> grader) {
        Verdict verdict;
        if (target.isEmpty() || target.equals(Target.LEARNER)) {
            if (learner == null) {
                learner = new LearnerGrading(repository());
            }
            verdict = learner.grade(grader);
        } else {
            verdict = Sandbox.grade(grader, target, List.of());
        }
        scoreboard.record(verdict);
        return verdict;
    }

    /** Returns the scoreboard as text, or the explanation of an unknown selection. */
    public String scoreboard() {
        return unknownSelection != null ? "\n" + unknownSelection + "\n" : scoreboard.render();
    }

    /**
     * The repository root: {@code -Dgrade.root}, else the nearest folder above the working directory
     * that holds {@code exercises/src/main/java}.
     */
    static Path repository() {
        String root = System.getProperty("grade.root", "");
        if (!root.isEmpty()) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("exercises/src/main/java"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder holding exercises/src/main/java)"
                + " above " + Path.of("").toAbsolutePath() + "; set -Dgrade.root");
    }
}
