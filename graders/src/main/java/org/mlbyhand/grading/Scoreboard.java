package org.mlbyhand.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects verdicts and renders what a learner sees at the end of {@code ./mvnw test}: the full
 * report of the first exercise that failed, then one line per exercise, points per problem set, the
 * total, and the next step.
 */
public final class Scoreboard {
    /** The widest exercise name the board's name column holds. */
    public static final int NAME_WIDTH = 14;
    /** The widest exercise title the board's title column holds. */
    public static final int TITLE_WIDTH = 30;
    /** The board's width in characters: every line fits an 80-column terminal. */
    public static final int WIDTH = 80;
    private static final String RULE = "─".repeat(WIDTH);
    private static final String EXERCISE_LINE = "   %-3s %-" + NAME_WIDTH + "s %-" + TITLE_WIDTH + "s %3d/%-3d %s%n";
    private final List<ProblemSet> problemSets;
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();

    private final List<Grader<?>> milestones;
    private final Map<String, MilestoneLog.Entry> lastResults;
    private Exercise afterSelection;

    /** Creates an empty scoreboard for the selected problem sets, without milestones. */
    public Scoreboard(List<ProblemSet> problemSets) {
        this(problemSets, List.of(), Map.of());
    }

    /**
     * Creates an empty scoreboard for the selected problem sets and, in a section of their own, the
     * milestones in scope with their last results.
     */
    Scoreboard(List<ProblemSet> problemSets, List<Grader<?>> milestones, Map<String, MilestoneLog.Entry> lastResults) {
        this.problemSets = List.copyOf(problemSets);
        this.milestones = List.copyOf(milestones);
        this.lastResults = Map.copyOf(lastResults);
    }

    /**
     * Names the exercise that follows the selected ones in the course, offered as the next step when
     * everything selected is solved ({@code -Dexercise=matmul} solved: "next: ps0 transpose").
     */
    synchronized void offerNext(Exercise next) {
        this.afterSelection = next;
    }

    /** Records the verdict on one exercise. */
    public synchronized void record(Verdict verdict) {
        verdicts.put(verdict.exercise().name(), verdict);
    }

    /** Renders the report of the first failure (if any) and the board. */
    public synchronized String render() {
        StringBuilder s = new StringBuilder("\n");
        firstFailure().ifPresent(v -> s.append(v.report()).append("\n\n"));
        s.append(RULE).append("\n ML by Hand · grades\n").append(RULE).append('\n');
        int points = 0;
        int possible = 0;
        Grader<?> next = null;
        for (ProblemSet set : problemSets) {
            int setPoints = 0;
            int setPossible = 0;
            int solved = 0;
            StringBuilder lines = new StringBuilder();
            List<Grader<?>> quick = set.graders().stream().filter(g -> !(g instanceof Milestone)).toList();
            if (quick.isEmpty()) {
                continue;
            }
            for (Grader<?> g : quick) {
                Exercise ex = g.exercise();
                Verdict v = verdicts.get(ex.name());
                boolean ok = v != null && v.solved();
                setPossible += ex.points();
                setPoints += ok ? ex.points() : 0;
                solved += ok ? 1 : 0;
                if (!ok && next == null) {
                    next = g;
                }
                lines.append(String.format(Locale.ROOT, EXERCISE_LINE, ok ? "✔" : "·",
                        ex.name(), ex.title(), ok ? ex.points() : 0, ex.points(),
                        v == null ? "not graded" : v.summary()));
            }
            s.append(String.format(Locale.ROOT, " %-4s %-40s %2d/%-2d solved   %3d/%d points%n",
                    set.id().toUpperCase(Locale.ROOT), set.title(), solved, quick.size(), setPoints,
                    setPossible));
            s.append(lines);
            points += setPoints;
            possible += setPossible;
        }
        if (!milestones.isEmpty()) {
            s.append(" Milestones, last results: long runs, graded only when asked (-Dmilestone=NAME)\n");
            for (Grader<?> g : milestones) {
                Exercise ex = g.exercise();
                Verdict v = verdicts.get(ex.name());
                MilestoneLog.Entry last = lastResults.get(ex.name());
                boolean ok = v != null ? v.solved() : last != null && last.status() == Verdict.Status.SOLVED;
                String result = v != null ? v.summary() : last != null ? last.summary() : "never run";
                points += ok ? ex.points() : 0;
                possible += ex.points();
                s.append(String.format(Locale.ROOT, EXERCISE_LINE, ok ? "✔" : "·", ex.name(), ex.title(),
                        ok ? ex.points() : 0, ex.points(), result));
            }
        }
        s.append(RULE).append('\n');
        s.append(String.format(Locale.ROOT, " Total %60d/%d points%n", points, possible));
        if (next == null && afterSelection != null) {
            s.append(" Solved! next: ").append(afterSelection.problemSet()).append(' ').append(afterSelection.name())
                    .append(" — edit ").append(afterSelection.stub()).append('\n')
                    .append("       then grade it: ./mvnw test -Dexercise=").append(afterSelection.name()).append('\n');
        } else if (next == null) {
            s.append(" All solved. Well done!\n");
        } else {
            Exercise ex = next.exercise();
            s.append(" next: ").append(ex.problemSet()).append(' ').append(ex.name()).append(" — edit ")
                    .append(ex.stub()).append('\n')
                    .append("       then grade just that one: ./mvnw test -D")
                    .append(next instanceof Milestone ? "milestone=" : "exercise=").append(ex.name()).append('\n');
        }
        return s.append(RULE).append('\n').toString();
    }

    private java.util.Optional<Verdict> firstFailure() {
        return problemSets.stream().flatMap(set -> set.graders().stream())
                .map(g -> verdicts.get(g.exercise().name()))
                .filter(v -> v != null && !v.solved() && v.status() != Verdict.Status.NOT_STARTED)
                .findFirst();
    }
}
