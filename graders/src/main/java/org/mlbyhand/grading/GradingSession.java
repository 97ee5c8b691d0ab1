package org.mlbyhand.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

/**
 * One run of grading: the selected exercises of a curriculum, each graded, and the scoreboard of the
 * whole course. A JUnit test class turns each grading into one test, so the build fails until every
 * selected exercise is solved. Which implementation is graded comes from {@code -Dgrade.target}: the
 * learner's ({@code learner}, the default: compiled, checked, run in the sandbox, and remembered in
 * {@link ProgressLog}) or the reference ({@code reference}, in the maintainers' suite, run in the
 * sandbox the same way and remembered nowhere). {@code -Dboard} grades nothing and prints the whole
 * board from what is remembered.
 */
public final class GradingSession {
    private final List<ProblemSet> selected;
    private final String unknownSelection;
    private final Scoreboard scoreboard;
    private final String target;
    private final ProgressLog progress;
    private LearnerGrading learner;

    /** Creates a gradebook for the exercises of {@code curriculum} that the system properties select. */
    public GradingSession(List<ProblemSet> curriculum) {
        this(curriculum, Selection.fromSystemProperties(), System.getProperty("grade.target", Target.LEARNER),
                isSet(System.getProperty("board")));
    }

    GradingSession(List<ProblemSet> curriculum, Selection selection, String target, boolean boardOnly) {
        this.target = target.isEmpty() ? Target.LEARNER : target;
        this.progress = ProgressLog.of(repository());
        List<ProblemSet> chosen = boardOnly ? List.of() : selection.apply(curriculum);
        this.selected = chosen;
        this.unknownSelection = !boardOnly && chosen.isEmpty() ? selection.unknown(curriculum) : null;
        Set<String> detailed = (boardOnly ? curriculum : chosen).stream().map(ProblemSet::id)
                .collect(Collectors.toSet());
        this.scoreboard = new Scoreboard(curriculum, detailed,
                this.target.equals(Target.LEARNER) ? progress.read() : java.util.Map.of());
        if (!boardOnly && selection.problemSet().isEmpty() && selection.exercise().isEmpty()) {
            scoreboard.foldUntouched();
        }
        scoreboard.withSchedule(Schedule.of(repository()), java.time.LocalDate.now());
    }

    private static boolean isSet(String property) {
        return property != null && !property.trim().equalsIgnoreCase("false");
    }

    /** Returns the selected graders, in curriculum order. */
    public Stream<Grader<?>> graders() {
        return selected.stream().flatMap(set -> set.graders().stream());
    }

    /** Returns why nothing was selected (an unknown -Dexercise or -Dps, with suggestions), or null. */
    public String unknownSelection() {
        return unknownSelection;
    }

    /**
     * Grades one exercise and records the verdict (and, for the learner's code, remembers it); a
     * milestone prints its progress live.
     */
    public Verdict grade(Grader<?> grader) {
        Consumer<String> live = grader instanceof Milestone ? live(grader) : line -> { };
        Verdict verdict;
        if (target.equals(Target.LEARNER)) {
            if (learner == null) {
                learner = new LearnerGrading(repository());
            }
            verdict = learner.grade(grader, live);
            progress.record(verdict);
        } else {
            verdict = Sandbox.grade(grader, target, grader.budget(), List.of(), live);
        }
        scoreboard.record(verdict);
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
