package org.mlbyhand.grading;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a learner sees at the end of {@code ./mvnw test}: the full report of the first exercise that
 * failed, then the board: a line per problem set, a line per exercise of the problem sets graded in
 * this run (every problem set with {@code -Dboard}), the milestones of those sets, the total and the
 * next step. The whole course's progress is always there: an exercise this run did not grade shows
 * its remembered result in parentheses ({@link ProgressLog}). When a run grades the whole course, a
 * problem set nobody has started yet, after the one the next exercise is in, is folded to its one line
 * ({@link #foldUntouched()}), so a fresh clone's board shows the work at hand, not sixty rows of dots.
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
    private final List<ProblemSet> course;
    private final Set<String> detailed;
    private final Map<String, ProgressLog.Entry> remembered;
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
    private Schedule schedule = Schedule.none();
    private LocalDate today = LocalDate.now();
    private boolean foldUntouched;

    /** A board of these problem sets, every one in detail, with nothing remembered. */
    public Scoreboard(List<ProblemSet> problemSets) {
        this(problemSets, problemSets.stream().map(ProblemSet::id).collect(Collectors.toSet()), Map.of());
    }

    /**
     * A board of the whole {@code course}, with a line per exercise for the problem sets in
     * {@code detailed}, and {@code remembered} results for what this run does not grade.
     */
    Scoreboard(List<ProblemSet> course, Set<String> detailed, Map<String, ProgressLog.Entry> remembered) {
        this.course = List.copyOf(course);
        this.detailed = Set.copyOf(detailed);
        this.remembered = Map.copyOf(remembered);
    }

    /** Shows {@code schedule}'s deadlines as of {@code today}. */
    synchronized void withSchedule(Schedule schedule, LocalDate today) {
        this.schedule = schedule;
        this.today = today;
    }

    /**
     * Folds to one line each problem set that comes after the next exercise's set and that neither
     * this run nor an earlier one has seen any attempt at.
     */
    public synchronized Scoreboard foldUntouched() {
        this.foldUntouched = true;
        return this;
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
        boolean fromEarlier = false;
        boolean notGraded = false;
        String firstFolded = null;
        Grader<?> next = null;
        Grader<?> nextHere = null;
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> solvedCounts = new LinkedHashMap<>();
        Map<String, Boolean> complete = new LinkedHashMap<>();
        for (ProblemSet set : course) {
            List<Grader<?>> quick = set.graders().stream().filter(g -> !(g instanceof Milestone)).toList();
            if (quick.isEmpty()) {
                continue;
            }
            int setPoints = 0;
            int setPossible = 0;
            int solved = 0;
            boolean nextIsEarlier = next != null;
            boolean untouched = true;
            StringBuilder lines = new StringBuilder();
            for (Grader<?> g : quick) {
                Exercise ex = g.exercise();
                boolean ok = solved(ex);
                setPossible += ex.points();
                setPoints += ok ? ex.points() : 0;
                solved += ok ? 1 : 0;
                if (!ok && next == null) {
                    next = g;
                }
                if (!ok && nextHere == null && detailed.contains(set.id())) {
                    nextHere = g;
                }
                String status = status(ex, "not graded");
                untouched &= !attempted(ex);
                fromEarlier |= status.startsWith("(");
                lines.append(row(ex, ok, status));
            }
            s.append(String.format(Locale.ROOT, " %-4s %-40s %2d/%-2d solved   %3d/%d points%n",
                    set.id().toUpperCase(Locale.ROOT), set.title(), solved, quick.size(), setPoints, setPossible));
            titles.put(set.id(), set.title());
            solvedCounts.put(set.id(), solved + "/" + quick.size());
            complete.put(set.id(), solved == quick.size());
            if (detailed.contains(set.id()) && foldUntouched && untouched && nextIsEarlier) {
                firstFolded = firstFolded == null ? set.id() : firstFolded;
            } else if (detailed.contains(set.id())) {
                s.append(lines);
            } else {
                notGraded = true;
            }
            points += setPoints;
            possible += setPossible;
        }
        List<Grader<?>> milestones = course.stream().filter(set -> detailed.contains(set.id()))
                .flatMap(set -> set.graders().stream()).filter(g -> g instanceof Milestone).toList();
        if (!milestones.isEmpty()) {
            s.append(" Milestones: long runs, graded only when asked (-Dmilestone=NAME)\n");
            for (Grader<?> g : milestones) {
                Exercise ex = g.exercise();
                boolean ok = solved(ex);
                points += ok ? ex.points() : 0;
                possible += ex.points();
                String status = status(ex, "never run");
                fromEarlier |= status.startsWith("(");
                s.append(row(ex, ok, status));
            }
        }
        s.append(RULE).append('\n');
        s.append(String.format(Locale.ROOT, " Total %60d/%d points%n", points, possible));
        next = nextHere != null ? nextHere : next;
        if (next == null) {
            s.append(" All solved. Well done!\n");
        } else {
            Exercise ex = next.exercise();
            s.append(" next: ").append(ex.problemSet()).append(' ').append(ex.name()).append(" — edit ")
                    .append(ex.stub()).append('\n')
                    .append("       then grade just that one: ./mvnw test -Dexercise=").append(ex.name()).append('\n');
        }
        s.append(schedule.lines(today, titles, solvedCounts, complete));
        if (firstFolded != null) {
            s.append(" problem sets without rows are not started yet; ./mvnw test -Dps=").append(firstFolded.substring(2))
                    .append(" lists ").append(firstFolded.toUpperCase(Locale.ROOT)).append("'s\n");
        }
        if (fromEarlier) {
            s.append(" (…) from earlier runs\n");
        }
        if (notGraded) {
            s.append(" problem sets without rows: not graded in this run; ./mvnw test -Dboard shows all\n");
        }
        return s.append(RULE).append('\n').toString();
    }

    /** Solved in this run, or, when not graded in this run, solved at some point. */
    private boolean solved(Exercise ex) {
        Verdict v = verdicts.get(ex.name());
        ProgressLog.Entry e = remembered.get(ex.name());
        return v != null ? v.solved() : e != null && e.everSolved();
    }

    /** Tried in this run, or remembered from an earlier one. */
    private boolean attempted(Exercise ex) {
        Verdict v = verdicts.get(ex.name());
        ProgressLog.Entry e = remembered.get(ex.name());
        return v != null && v.status() != Verdict.Status.NOT_STARTED
                || e != null && (e.best() != Verdict.Status.NOT_STARTED || e.last() != Verdict.Status.NOT_STARTED);
    }

    /** This run's summary, else the remembered one in parentheses, else {@code never}. */
    private String status(Exercise ex, String never) {
        Verdict v = verdicts.get(ex.name());
        if (v != null) {
            return v.summary();
        }
        ProgressLog.Entry e = remembered.get(ex.name());
        if (e == null) {
            return never;
        }
        String earlier = e.everSolved() ? "solved " + e.solvedAt().substring(5, 10) : e.lastLine();
        if (earlier.length() > Verdict.SUMMARY_WIDTH - 2) {
            earlier = earlier.replace(" check ", " ");
        }
        return "(" + (earlier.length() > Verdict.SUMMARY_WIDTH - 2 ? earlier.substring(0, Verdict.SUMMARY_WIDTH - 3) + "…"
                : earlier) + ")";
    }

    private static String row(Exercise ex, boolean ok, String status) {
        return String.format(Locale.ROOT, EXERCISE_LINE, ok ? "✔" : "·", ex.name(), ex.title(), ok ? ex.points() : 0,
                ex.points(), status);
    }

    private Optional<Verdict> firstFailure() {
        return course.stream().flatMap(set -> set.graders().stream())
                .map(g -> verdicts.get(g.exercise().name()))
                .filter(v -> v != null && !v.solved() && v.status() != Verdict.Status.NOT_STARTED)
                .findFirst();
    }
}
