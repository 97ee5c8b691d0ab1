package org.mlbyhand.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Turns a CSV file into a {@link Dataset}: one column is the target, some columns are skipped, the
 * categorical ones are coded 0, 1, … in the sorted order of their values, the rest are numbers.
 */
final class Tabular {
    private Tabular() {
    }

    /** Reads and checks {@code file}, then builds the data set from all its rows (shape checked too). */
    static Dataset load(String name, String file, String target, List<String> classNames,
                        Set<String> categorical, Set<String> skipped) {
        CsvTable table = CsvTable.parse(file, Resources.text(file));
        Dataset d = build(name, table, target, classNames, categorical, skipped, row -> true);
        Resources.checkShape(file, d.shape());
        return d;
    }

    /**
     * Builds a data set from the rows of the table that {@code keep} accepts.
     *
     * @param classNames the target's classes in index order, or empty when the target is a number
     */
    static Dataset build(String name, CsvTable table, String target, List<String> classNames,
                         Set<String> categorical, Set<String> skipped, IntPredicate keep) {
        int targetColumn = table.column(target);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (keep.test(r)) {
                rows.add(r);
            }
        }
        List<String> features = new ArrayList<>();
        for (String c : table.columns()) {
            if (!c.equals(target) && !skipped.contains(c)) {
                features.add(c);
            }
        }
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (String c : categorical) {
            int j = table.column(c);
            Set<String> seen = new TreeSet<>();
            for (int r : rows) {
                if (!table.isMissing(r, j)) {
                    seen.add(table.cell(r, j));
                }
            }
            levels.put(c, List.copyOf(seen));
        }
        Matrix X = Matrix.zeros(rows.size(), features.size());
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            for (int f = 0; f < features.size(); f++) {
                String c = features.get(f);
                int j = table.column(c);
                X.set(i, f, levels.containsKey(c) ? table.category(r, j, levels.get(c)) : table.number(r, j));
            }
            if (table.isMissing(r, targetColumn)) {
                throw new DatasetException(table.file(), table.line(r), "the target '" + target + "' is missing");
            }
            y[i] = classNames.isEmpty() ? table.number(r, targetColumn) : table.category(r, targetColumn, classNames);
        }
        return Dataset.adopt(name, X, y, features, classNames, levels);
    }
}
