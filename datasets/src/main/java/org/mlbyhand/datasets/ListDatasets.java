package org.mlbyhand.datasets;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints every bundled data file: the loader that reads it, the shape it loads as, its class counts,
 * its size, and its SHA-256 checked against the manifest. Run it from the repository's root with
 * <pre>{@code
 *   ./mvnw -q -pl datasets -am compile -Plist-datasets
 * }</pre>
 * It exits with status 1 if any file fails to load or differs from the manifest.
 */
public final class ListDatasets {
    private ListDatasets() {
    }

    /** Prints the catalogue to standard output; the arguments are ignored. */
    public static void main(String[] args) {
        int failures = print(System.out);
        if (failures > 0) {
            System.exit(1);
        }
    }

    /** Prints the catalogue and returns the number of files that failed. */
    static int print(PrintStream out) {
        Manifest manifest = Manifest.load();
        Map<String, Catalog.Loaded> loaded = new HashMap<>();
        for (Catalog.Loaded l : Catalog.loadAll()) {
            loaded.put(l.file(), l);
        }
        out.printf("%-36s %-40s %-12s %10s  %-64s  %s%n", "file", "loader", "shape", "bytes", "sha256", "classes");
        int failures = 0;
        for (Manifest.Entry e : manifest.entries()) {
            Catalog.Loaded l = loaded.get(e.file());
            String note = "";
            if (l == null) {
                l = new Catalog.Loaded(e.file(), "?", Catalog.FAILED, "no loader reads this file");
            }
            if (!l.shape().equals(e.shape()) || !l.classes().equals(e.classes())) {
                note = l.shape().equals(Catalog.FAILED) ? "" : "   <- manifest says " + e.shape() + ", " + e.classes();
                failures++;
            }
            out.printf("%-36s %-40s %-12s %10d  %-64s  %s%s%n", e.file(), l.loader(), l.shape(), e.bytes(), e.sha256(),
                    l.classes(), note);
        }
        out.println(manifest.entries().size() + " files, " + failures + " failed; every SHA-256 shown was checked"
                + " against manifest.tsv while loading");
        return failures;
    }
}
