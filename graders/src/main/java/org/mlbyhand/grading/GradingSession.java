package org.mlbyhand.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
    private final MilestoneLog milestoneLog;
    private LearnerGrading learner;

    /** Creates a gradebook for the exercises of {@code curriculum} that the system properties select. */
    public GradingSession(List<ProblemSet> curriculum) {
        this(curriculum, Selection.fromSystemProperties(), System.getProperty("grade.target", Target.LEARNER));
    }

    GradingSession(List<ProblemSet> curriculum, Selection selection, String target) {
        List<ProblemSet> chosen = selection.apply(curriculum);
        this.selected = chosen;
        this.unknownSelection = chosen.isEmpty() ? selection.unknown(curriculum) : null;
        this.milestoneLog = new MilestoneLog(repository().resolve("graders/target/grades/milestones.tsv"));
        List<Grader<?>> milestones = selection.inScope(curriculum).stream().flatMap(set -> set.graders().stream())
                .filter(g -> g instanceof Milestone).collect(Collectors.toList());
        this.scoreboard = new Scoreboard(chosen, milestones, milestoneLog.read());
        this.target = target;
        if (!selection.exercise().isEmpty() && !chosen.isEmpty()) {
            List<Grader<?>> course = curriculum.stream().flatMap(set -> set.graders().stream())
                    .filter(g -> !(g instanceof Milestone)).collect(Collectors.toList());
            Grader<?> graded = chosen.get(0).graders().get(0);
            int at = course.indexOf(graded);
            if (at >= 0 && at + 1 < course.size()) {
                scoreboard.offerNext(course.get(at + 1).exercise());
            }
        }
    }

    /** Returns the selected graders, in curriculum order. */
    public Stream<Grader<?>> graders() {
        return selected.stream().flatMap(set -> set.graders().stream());
    }

    /** Returns why nothing was selected (an unknown -Dexercise or -Dps, with suggestions), or null. */
    public String unknownSelection() {
        return unknownSelection;
    }

    /** Grades one exercise and records the verdict; a milestone prints its progress live and logs its result. */
    public Verdict grade(Grader<?> grader) {
        Consumer<String> progress = grader instanceof Milestone ? live(grader) : line -> { };
        Verdict verdict;
        if (target.isEmpty() || target.equals(Target.LEARNER)) {
            if (learner == null) {
                learner = new LearnerGrading(repository());
            }
            verdict = learner.grade(grader, progress);
        } else {
            verdict = Sandbox.grade(grader, target, grader.budget(), List.of(), progress);
        }
        scoreboard.record(verdict);
        if (grader instanceof Milestone) {
            milestoneLog.record(verdict);
        }
        return verdict;
    }

    /** Prints each progress line as it comes, with the milestone's name and the time it has run. */
    private static Consumer<String> live(Grader<?> grader) {
        long start = System.nanoTime();
        String name = grader.exercise().problemSet() + " " + grader.exercise().name();
        System.out.println("  " + name + ": running (budget " + FailureReport.seconds(grader.budget().perCheck())
                + " per check)");
        return line -> System.out.println("  " + name + " · " + FailureReport.seconds(
                java.time.Duration.ofNanos(System.nanoTime() - start)) + " · " + line);
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
