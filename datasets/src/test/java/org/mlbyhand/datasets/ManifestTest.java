package org.mlbyhand.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled file against the manifest, and the manifest against SOURCES.md. */
class ManifestTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path RESOURCES = MODULE.resolve("src/main/resources/org/mlbyhand/datasets");
    private static final Manifest MANIFEST = Manifest.load();

    @Test
    void everyFileLoadsWithTheShapeAndClassCountsTheManifestRecords() {
        List<Catalog.Loaded> all = Catalog.loadAll();
        assertEquals(MANIFEST.entries().size(), all.size());
        for (Catalog.Loaded loaded : all) {
            Manifest.Entry e = MANIFEST.entry(loaded.file());
            assertEquals(e.shape(), loaded.shape(), e.file() + ": shape");
            assertEquals(e.classes(), loaded.classes(), e.file() + ": class counts");
        }
        assertEquals(new Catalog.Loaded(Iris.FILE, "Iris.load()", "150×4", "setosa=50 versicolor=50 virginica=50"),
                Catalog.load(Iris.FILE));
    }

    @Test
    void everyCommittedFileHasTheManifestSizeAndChecksum() {
        for (Manifest.Entry e : MANIFEST.entries()) {
            byte[] raw = Resources.readRaw(e.file());
            assertEquals(e.bytes(), raw.length, e.file() + ": size");
            assertEquals(e.sha256(), Resources.sha256(raw), e.file() + ": SHA-256");
        }
    }

    @Test
    void theManifestListsExactlyTheFilesInTheResourceFolderAndEachHasALoader() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(Manifest.FILE)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = MANIFEST.entries().stream().map(Manifest.Entry::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, listed);
        assertEquals(listed, new TreeSet<>(Catalog.loaders().keySet()));
    }

    @Test
    void sourcesMdHasTheManifestRowOfEveryFile() throws IOException {
        List<String> lines = Files.readAllLines(MODULE.resolve("SOURCES.md"));
        for (Manifest.Entry e : MANIFEST.entries()) {
            String expected = "| `" + e.file() + "` | `" + Catalog.loaders().get(e.file()) + "` | " + e.shape() + " | "
                    + e.classes() + " | " + e.bytes() + " | `" + e.sha256() + "` |";
            List<String> rows = lines.stream().filter(l -> l.startsWith("| `" + e.file() + "` |")).toList();
            assertEquals(List.of(expected), rows, "SOURCES.md's row for " + e.file()
                    + " disagrees with manifest.tsv (update the table from the manifest)");
        }
        long total = MANIFEST.entries().stream().mapToLong(Manifest.Entry::bytes).sum();
        String totalText = NumberFormat.getIntegerInstance(Locale.ROOT).format(total);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Total: " + MANIFEST.entries().size() + " files, "
                + totalText + " bytes")), "SOURCES.md states the total: " + MANIFEST.entries().size() + " files, " + totalText + " bytes");
    }

    @Test
    void theListingCommandReportsEveryFileAndNoFailure() {
        var bytes = new java.io.ByteArrayOutputStream();
        int failures = ListDatasets.print(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, failures, out);
        for (Manifest.Entry e : MANIFEST.entries()) {
            assertTrue(out.contains(e.file()) && out.contains(e.sha256()), e.file() + " is listed with its SHA-256");
        }
    }
}
