package org.mlbyhand.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layers of core's packages, bottom-up, and the check that holds the sources to them: a package
 * may use its own layer and the layers below, never one above, and packages of one layer may use each
 * other in one direction only (no cycle).
 * <pre>{@code
 *   6  ensemble                 forests and boosting, built on trees
 *   5  tree, neighbors, selection, nn, cluster, decomposition, svm
 *                               trees; k-nearest neighbours; pipelines and model selection; neural
 *                               networks on autograd; k-means and mixtures; PCA; support vector machines
 *   4  linear, metrics          model families; scoring and cross-validation
 *   3  property, data, autograd property-based testing; splits, folds, scaling; scalar and tensor autograd
 *   2  estimator, functions     the estimator interfaces; activations, losses, affine scores
 *   1  random, decompose        seeded randomness; matrix decompositions
 *   0  linalg, io               Matrix, vectors, products, argument checks; JSON
 * }</pre>
 * The planned packages go where STYLE.md puts them: autograd and optim above functions, the families
 * tree, neighbors, cluster, decomposition and svm beside linear, ensemble and nn above them, attention
 * above nn. A package that is in no layer fails the check until it is placed here.
 *
 * <p>A dependency is any mention of {@code org.mlbyhand.core.<package>.} in code: an import (static
 * or not) or a fully qualified name. Comments and string literals are not code.
 */
final class Layering {
    /** Bottom-up: LAYERS.get(0) is the lowest. */
    static final List<List<String>> LAYERS = List.of(
            List.of("linalg", "io"),
            List.of("random", "decompose"),
            List.of("estimator", "functions"),
            List.of("property", "data", "autograd"),
            List.of("linear", "metrics"),
            List.of("tree", "neighbors", "selection", "nn", "cluster", "decomposition", "svm"),
            List.of("ensemble"));

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+org\\.mlbyhand\\.core\\.([a-z][a-z0-9]*)\\s*;");
    private static final Pattern DEPENDENCY =
            Pattern.compile("(?:import\\s+(?:static\\s+)?)?org\\.mlbyhand\\.core\\.([a-z][a-z0-9]*)\\.[A-Za-z0-9_.*]+");

    private Layering() {
    }

    /** One mention of another package: in file (of package from), the text that names package to. */
    record Dependency(String file, String from, String to, String text) {
        @Override
        public String toString() {
            return file + ": " + text;
        }
    }

    /**
     * Returns every breach of the layering in the given sources (file name → source of package
     * {@code package}), each a sentence naming the file and the import; empty when there is none.
     */
    static List<String> violations(Map<String, String> sources) {
        List<String> found = new ArrayList<>();
        TreeSet<String> unplaced = new TreeSet<>();
        Map<String, Map<String, Dependency>> sameLayer = new TreeMap<>();   // from → to → first mention
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String from = packageOf(source.getValue());
            if (from != null && layer(from) < 0 && unplaced.add(from)) {
                found.add(source.getKey() + ": package " + from + " is in no layer; place it in Layering.LAYERS");
            }
            for (Dependency d : dependencies(source.getKey(), source.getValue())) {
                int to = layer(d.to());
                if (layer(d.from()) < 0) {
                    continue;
                } else if (to < 0) {
                    found.add(d + " uses package " + d.to() + ", which is in no layer");
                } else if (to > layer(d.from())) {
                    found.add(d + " goes up a layer: " + d.from() + " (layer " + layer(d.from()) + ") may not use "
                            + d.to() + " (layer " + to + ")");
                } else if (to == layer(d.from())) {
                    sameLayer.computeIfAbsent(d.from(), k -> new TreeMap<>()).putIfAbsent(d.to(), d);
                }
            }
        }
        List<String> path = new ArrayList<>();
        TreeSet<String> done = new TreeSet<>();
        for (String start : sameLayer.keySet()) {
            findCycle(start, sameLayer, path, done, found);
        }
        return found;
    }

    /** Depth-first search of the same-layer uses; reports each cycle met as the chain of its mentions. */
    private static void findCycle(String pkg, Map<String, Map<String, Dependency>> uses, List<String> path,
                                  TreeSet<String> done, List<String> found) {
        if (done.contains(pkg)) {
            return;
        }
        int at = path.indexOf(pkg);
        if (at >= 0) {
            StringBuilder chain = new StringBuilder("cycle " + String.join(" → ", path.subList(at, path.size())) + " → " + pkg + ":");
            for (int k = at; k < path.size(); k++) {
                String next = k + 1 < path.size() ? path.get(k + 1) : pkg;
                chain.append("\n  ").append(uses.get(path.get(k)).get(next));
            }
            found.add(chain.toString());
            return;
        }
        path.add(pkg);
        for (String next : uses.getOrDefault(pkg, Map.of()).keySet()) {
            findCycle(next, uses, path, done, found);
        }
        path.remove(path.size() - 1);
        done.add(pkg);
    }

    /** Returns the core package a source declares ({@code "linear"}), or null. */
    static String packageOf(String source) {
        Matcher pkg = PACKAGE.matcher(stripCommentsAndStrings(source));
        return pkg.find() ? pkg.group(1) : null;
    }

    /** Returns the mentions of other core packages in one source file. */
    static List<Dependency> dependencies(String file, String source) {
        String code = stripCommentsAndStrings(source);
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) {
            return List.of();
        }
        String from = pkg.group(1);
        Map<String, Dependency> unique = new LinkedHashMap<>();
        Matcher m = DEPENDENCY.matcher(code.substring(pkg.end()));
        while (m.find()) {
            if (!m.group(1).equals(from)) {
                String text = m.group().replaceAll("\\s+", " ").replaceAll("\\.$", "");
                unique.putIfAbsent(text, new Dependency(file, from, m.group(1), text));
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** Returns the layer of a package, or −1. */
    static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces comments and the insides of string, text-block and char literals by spaces. */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
