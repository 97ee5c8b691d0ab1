package org.mlbyhand.datasets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which loader reads each bundled file, and what it returned: the shape and class counts in the
 * manifest's notation. Used by {@link ListDatasets} and by the test that checks every file against the
 * manifest.
 */
public final class Catalog {
    /**
     * What loading one file gave.
     *
     * @param file    path under {@code org/mlbyhand/datasets/}
     * @param loader  the call that loads it, e.g. {@code Iris.load()}
     * @param shape   as in the manifest: {@code 150×4}, {@code 60000}, or a text's length in chars
     * @param classes as in the manifest: {@code setosa=50 …}, or {@code -}
     */
    public record Loaded(String file, String loader, String shape, String classes) {
    }

    /** A loader call, and how to describe what it returns for one file: {shape, classes}. */
    private record Reader(String call, Supplier<Object> load, Function<Object, String[]> describe) {
    }

    /** The shape {@link #loadAll} reports for a file that failed to load. */
    public static final String FAILED = "FAILED";

    private static final Map<String, Reader> READERS = readers();

    private Catalog() {
    }

    private static Map<String, Reader> readers() {
        Map<String, Reader> m = new LinkedHashMap<>();
        table(m, Iris.FILE, "Iris.load()", Iris::load);
        table(m, Wine.FILE, "Wine.load()", Wine::load);
        table(m, BreastCancer.FILE, "BreastCancer.load()", BreastCancer::load);
        table(m, Diabetes.FILE, "Diabetes.load()", Diabetes::load);
        table(m, Digits.FILE, "Digits.load()", Digits::load);
        table(m, Penguins.FILE, "Penguins.load()", Penguins::load);
        table(m, Titanic.FILE, "Titanic.load()", Titanic::load);
        images(m, Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS, "Mnist.train()", Mnist::train);
        images(m, Mnist.TEST_IMAGES, Mnist.TEST_LABELS, "Mnist.test()", Mnist::test);
        table(m, Faces.FILE, "Faces.load()", Faces::load);
        for (JaneAusten.Novel novel : JaneAusten.Novel.values()) {
            m.put(novel.file(), new Reader("JaneAusten.text(" + novel.name() + ")", () -> JaneAusten.text(novel),
                    text -> new String[] {String.valueOf(((String) text).length()), "-"}));
        }
        return m;
    }

    private static void table(Map<String, Reader> m, String file, String call, Supplier<Object> load) {
        m.put(file, new Reader(call, load, d -> new String[] {((Dataset) d).shape(), ((Dataset) d).classCountsText()}));
    }

    private static void images(Map<String, Reader> m, String images, String labels, String call, Supplier<Object> load) {
        m.put(images, new Reader(call, load, d -> new String[] {((Dataset) d).shape(), "-"}));
        m.put(labels, new Reader(call, load,
                d -> new String[] {String.valueOf(((Dataset) d).rows()), ((Dataset) d).classCountsText()}));
    }

    /** Returns, for every bundled file, the loader call that reads it, e.g. {@code Iris.load()}. */
    public static Map<String, String> loaders() {
        Map<String, String> calls = new LinkedHashMap<>();
        READERS.forEach((file, reader) -> calls.put(file, reader.call()));
        return calls;
    }

    /**
     * Loads {@code file} with its loader and describes the result.
     *
     * @throws IllegalArgumentException if no loader reads that file
     * @throws DatasetException         if the file is missing, corrupt or malformed
     */
    public static Loaded load(String file) {
        Reader reader = READERS.get(file);
        if (reader == null) {
            throw new IllegalArgumentException("no loader reads '" + file + "'; files: " + READERS.keySet());
        }
        String[] described = reader.describe().apply(reader.load().get());
        return new Loaded(file, reader.call(), described[0], described[1]);
    }

    /**
     * Loads every bundled file, each loader called once (MNIST's images and labels share one load), and
     * describes each. A file that fails to load is described with shape {@code FAILED} and the error
     * message in place of the class counts, and the others are still loaded.
     *
     * @return one result per file, in {@link #loaders()} order
     */
    public static List<Loaded> loadAll() {
        List<Loaded> results = new ArrayList<>();
        Map<String, Object> loaded = new HashMap<>();
        String previousCall = null;
        for (Map.Entry<String, Reader> e : READERS.entrySet()) {
            Reader reader = e.getValue();
            if (!reader.call().equals(previousCall)) {
                loaded.clear();    // keep at most one loaded data set in memory
                previousCall = reader.call();
            }
            try {
                Object value = loaded.computeIfAbsent(reader.call(), call -> reader.load().get());
                String[] described = reader.describe().apply(value);
                results.add(new Loaded(e.getKey(), reader.call(), described[0], described[1]));
            } catch (RuntimeException ex) {
                results.add(new Loaded(e.getKey(), reader.call(), FAILED, ex.getMessage()));
            }
        }
        return results;
    }
}
