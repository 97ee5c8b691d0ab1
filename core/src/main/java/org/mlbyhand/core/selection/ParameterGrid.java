package org.mlbyhand.core.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every combination of hyper-parameter values, in scikit-learn's order ({@code ParameterGrid}): the
 * names sorted, and the last name's values varying fastest,
 * <pre>{@code
 *   new ParameterGrid(Map.of("nNeighbors", List.of(1, 5), "weights", List.of(UNIFORM, DISTANCE))).points()
 *     = [ {nNeighbors=1, weights=UNIFORM}, {nNeighbors=1, weights=DISTANCE},
 *         {nNeighbors=5, weights=UNIFORM}, {nNeighbors=5, weights=DISTANCE} ]
 * }</pre>
 * (itertools.product over the sorted names). The order matters: {@link GridSearchCv} breaks ties in
 * favour of the first best point. Names sort by {@link String#compareTo}, as Python sorts them. A point
 * is a map from name to value; a builder turns it into an estimator,
 * {@code p -> new KNeighborsClassifier((int) p.get("nNeighbors")).withWeights((Weights) p.get("weights"))}.
 * Immutable.
 */
public final class ParameterGrid {
    private final List<Map<String, Object>> points;

    /**
     * Creates the grid of every combination of the given values.
     *
     * @param grid name → values, each list non-empty (not modified); no names gives one empty point
     * @throws IllegalArgumentException naming a parameter whose list of values is empty or null
     */
    public ParameterGrid(Map<String, ? extends List<?>> grid) {
        TreeMap<String, List<?>> sorted = new TreeMap<>(grid);
        sorted.forEach((name, values) -> {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("ParameterGrid: parameter '" + name + "' needs at least one value, got " + values);
            }
        });
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<?>> e : sorted.entrySet()) {   // each later name multiplies the earlier points
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> point : all) {
                for (Object value : e.getValue()) {
                    Map<String, Object> longer = new LinkedHashMap<>(point);
                    longer.put(e.getKey(), value);
                    next.add(longer);
                }
            }
            all = next;
        }
        List<Map<String, Object>> frozen = new ArrayList<>();
        for (Map<String, Object> point : all) {
            frozen.add(Collections.unmodifiableMap(point));
        }
        this.points = List.copyOf(frozen);
    }

    /** Returns the points, in scikit-learn's order (unmodifiable; each map's keys in sorted order). */
    public List<Map<String, Object>> points() {
        return points;
    }

    /** Returns the number of points, the product of the numbers of values. */
    public int size() {
        return points.size();
    }

    /** Returns e.g. {@code "ParameterGrid(4 points: [{alpha=0.1}, …])"}. */
    @Override
    public String toString() {
        return "ParameterGrid(" + points.size() + " points: " + points + ")";
    }
}
