package org.mlbyhand.grading;

import java.util.Map;
import java.util.TreeMap;

/**
 * Judges two labellings up to a renaming: accepted when one one-to-one map turns every actual label
 * into the expected one. The first point that breaks the map is named: two points the expected
 * labelling puts together and the learner's separates, or the other way round.
 */
final class LabelRenaming {
    private LabelRenaming() {
    }

    static Equivalence.Judgement judge(String output, int[] expected, int[] actual) {
        Map<Integer, Integer> forward = new TreeMap<>();
        Map<Integer, Integer> firstPointOf = new TreeMap<>();
        Map<Integer, Integer> backward = new TreeMap<>();
        for (int i = 0; i < expected.length; i++) {
            Integer mapped = forward.putIfAbsent(actual[i], expected[i]);
            if (mapped != null && mapped != expected[i]) {
                int j = firstPointOf.get(actual[i]);
                return rejected(output + "[" + j + "] and " + output + "[" + i + "] share your label " + actual[i]
                        + ", but the expected clustering separates them (labels " + expected[j] + " and " + expected[i]
                        + ").");
            }
            firstPointOf.putIfAbsent(actual[i], i);
            Integer back = backward.putIfAbsent(expected[i], actual[i]);
            if (back != null && back != actual[i]) {
                int j = firstPointOf.get(back);
                return rejected(output + "[" + j + "] and " + output + "[" + i + "] are together in the expected"
                        + " clustering (label " + expected[i] + "), but your labels separate them (" + actual[j] + " and "
                        + actual[i] + ").");
            }
        }
        boolean identity = forward.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()));
        StringBuilder names = new StringBuilder();
        forward.forEach((a, e) -> names.append(names.length() > 0 ? ", " : "").append(a).append(" → ").append(e));
        return new Equivalence.Judgement(null, identity ? null
                : "your labels are a renaming of the expected ones (" + names + "): that is fine");
    }

    private static Equivalence.Judgement rejected(String why) {
        return new Equivalence.Judgement(new Difference(why + " A clustering is judged up to the names of its"
                + " clusters, not beyond.", null), null);
    }
}
