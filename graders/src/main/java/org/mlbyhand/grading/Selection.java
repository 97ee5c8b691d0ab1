package org.mlbyhand.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which exercises to grade, from {@code -Dps=0} (a problem set), {@code -Dexercise=cholesky} (one
 * exercise), {@code -Dmilestone=mnist} (one milestone) and {@code -Dmilestones} (every milestone of the
 * selected problem sets). Without a milestone option, the quick exercises are graded and no milestone;
 * with one, the milestones asked for and no quick exercise. An unknown name selects nothing, and
 * {@link #unknown} says so, with the nearest names and the list of known ones.
 *
 * @param problemSet    empty, or a problem set id with or without "ps" ({@code "0"}, {@code "ps0"})
 * @param exercise      empty, or an exercise name
 * @param milestone     empty, or a milestone name
 * @param allMilestones true to grade every milestone of the selected problem sets
 */
public record Selection(String problemSet, String exercise, String milestone, boolean allMilestones) {

    /** The quick exercises that {@code problemSet} and {@code exercise} select. */
    public Selection(String problemSet, String exercise) {
        this(problemSet, exercise, "", false);
    }

    /** Reads {@code ps}, {@code exercise}, {@code milestone} and {@code milestones} from the system properties. */
    public static Selection fromSystemProperties() {
        String all = System.getProperty("milestones", "").trim();
        return new Selection(System.getProperty("ps", "").trim(), System.getProperty("exercise", "").trim(),
                System.getProperty("milestone", "").trim(), !all.isEmpty() && !all.equals("false"));
    }

    /** True when milestones, not quick exercises, are asked for. */
    public boolean milestones() {
        return allMilestones || !milestone.isEmpty();
    }

    /** Returns the problem sets {@code -Dps} selects (all when empty), whole. */
    public List<ProblemSet> inScope(List<ProblemSet> curriculum) {
        String ps = problemSet.toLowerCase(Locale.ROOT);
        String wantedSet = ps.isEmpty() || ps.startsWith("ps") ? ps : "ps" + ps;
        return curriculum.stream().filter(set -> wantedSet.isEmpty() || set.id().equals(wantedSet))
                .collect(Collectors.toList());
    }

    /** Returns the problem sets and graders selected, in curriculum order; empty when a name is unknown. */
    public List<ProblemSet> apply(List<ProblemSet> curriculum) {
        List<ProblemSet> selected = new ArrayList<>();
        for (ProblemSet set : inScope(curriculum)) {
            List<Grader<?>> graders = set.graders().stream()
                    .filter(g -> milestones() ? g instanceof Milestone
                            && (allMilestones || g.exercise().name().equalsIgnoreCase(milestone))
                            : !(g instanceof Milestone)
                            && (exercise.isEmpty() || g.exercise().name().equalsIgnoreCase(exercise)))
                    .collect(Collectors.toList());
            if (!graders.isEmpty()) {
                selected.add(new ProblemSet(set.id(), set.title(), graders));
            }
        }
        return selected;
    }

    /**
     * Says that nothing matched, suggests the nearest exercise names (a prefix, a part of the name, or
     * a spelling within two edits), and lists the known exercises.
     */
    public String unknown(List<ProblemSet> curriculum) {
        StringBuilder s = new StringBuilder("Nothing to grade for");
        if (!problemSet.isEmpty()) {
            s.append(" -Dps=").append(problemSet);
        }
        if (!exercise.isEmpty()) {
            s.append(" -Dexercise=").append(exercise);
        }
        if (!milestone.isEmpty()) {
            s.append(" -Dmilestone=").append(milestone);
        }
        if (allMilestones) {
            s.append(" -Dmilestones");
        }
        s.append('.');
        String wanted = (milestone.isEmpty() ? exercise : milestone).toLowerCase(Locale.ROOT);
        String option = milestone.isEmpty() ? "-Dexercise=" : "-Dmilestone=";
        List<String> near = curriculum.stream().flatMap(set -> set.graders().stream())
                .filter(g -> (g instanceof Milestone) == !milestone.isEmpty()).map(g -> g.exercise().name())
                .filter(name -> !wanted.isEmpty() && (name.contains(wanted) || wanted.contains(name)
                        || editDistance(name, wanted) <= 2))
                .collect(Collectors.toList());
        if (!near.isEmpty()) {
            s.append(" Did you mean ").append(near.stream().map(n -> option + n)
                    .collect(Collectors.joining(" or "))).append('?');
        }
        s.append("\nKnown exercises:");
        for (ProblemSet set : curriculum) {
            s.append("\n  ").append(set.id()).append(": ").append(set.graders().stream()
                    .map(g -> g.exercise().name() + (g instanceof Milestone ? " (milestone)" : ""))
                    .collect(Collectors.joining(", ")));
        }
        return s.toString();
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions turning a into b. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
