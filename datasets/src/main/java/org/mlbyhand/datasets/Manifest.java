package org.mlbyhand.datasets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of bundled data files, read from {@code org/mlbyhand/datasets/manifest.tsv}: for each file,
 * the SHA-256 of its committed bytes, its size, the shape of what its loader returns and its class
 * counts. {@code datasets/tools/rebuild.sh} checks rebuilt files against it, every loader checks the
 * file it reads against it, and a test checks that {@code datasets/SOURCES.md} agrees with it.
 */
public final class Manifest {
    /** Name of the manifest file, beside the data files. */
    public static final String FILE = "manifest.tsv";

    /**
     * One bundled file.
     *
     * @param file    path under {@code org/mlbyhand/datasets/}, e.g. {@code mnist/t10k-labels-idx1-ubyte.gz}
     * @param sha256  SHA-256 of the committed bytes, 64 lower-case hex digits
     * @param bytes   size of the committed file
     * @param shape   what its loader returns: {@code 150×4} (features), {@code 60000} (labels), or the
     *                length in chars of a text
     * @param classes class counts such as {@code setosa=50 versicolor=50 virginica=50}, or {@code -}
     */
    public record Entry(String file, String sha256, long bytes, String shape, String classes) {
    }

    private final List<Entry> entries;

    private Manifest(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the manifest from the classpath.
     *
     * @throws DatasetException if it is missing or a line is malformed, naming the line
     */
    public static Manifest load() {
        return parse(new String(Resources.readRaw(FILE), StandardCharsets.UTF_8));
    }

    /** Parses manifest text: '#' comment lines, one header line starting "file", then five tab-separated fields a line. */
    static Manifest parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new DatasetException(FILE, i + 1, "expected 5 tab-separated fields, found " + f.length);
            }
            if (!f[1].matches("[0-9a-f]{64}")) {
                throw new DatasetException(FILE, i + 1, "'" + f[1] + "' is not a SHA-256 (64 lower-case hex digits)");
            }
            try {
                entries.add(new Entry(f[0], f[1], Long.parseLong(f[2]), f[3], f[4]));
            } catch (NumberFormatException e) {
                throw new DatasetException(FILE, i + 1, "size '" + f[2] + "' is not a whole number");
            }
        }
        return new Manifest(entries);
    }

    /** Returns every entry, in the manifest's order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the entry of {@code file}.
     *
     * @throws DatasetException if the manifest does not list it
     */
    public Entry entry(String file) {
        for (Entry e : entries) {
            if (e.file().equals(file)) {
                return e;
            }
        }
        throw new DatasetException(file, "not listed in " + FILE);
    }
}
