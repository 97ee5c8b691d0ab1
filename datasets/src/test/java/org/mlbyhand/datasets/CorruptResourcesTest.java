package org.mlbyhand.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Broken inputs fail loudly, naming the file and the line; nothing is dropped or coerced. */
class CorruptResourcesTest {
    private static final String HEADER = "a,b,species\n";

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesTheFileAndLine() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvTable.parse("toy.csv", HEADER + "1,2,x\n3,4\n5,6,y\n"));
        assertEquals("toy.csv line 3: expected 3 fields, found 2", e.getMessage());
        assertEquals("toy.csv", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void aBlankLineInTheMiddleIsAnErrorNotASkippedRow() {
        DatasetException e = assertThrows(DatasetException.class, () -> CsvTable.parse("toy.csv", HEADER + "1,2,x\n\n5,6,y\n"));
        assertEquals("toy.csv line 3: expected 3 fields, found 1", e.getMessage());
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotesButMustBeClosed() {
        CsvTable t = CsvTable.parse("toy.csv", "name,x\n\"Abbott, Mrs. \"\"Rosa\"\"\",1\n");
        assertEquals("Abbott, Mrs. \"Rosa\"", t.cell(0, 0));
        DatasetException e = assertThrows(DatasetException.class, () -> CsvTable.parse("toy.csv", "name,x\n\"Abbott, 1\n"));
        assertEquals("toy.csv line 2: unterminated quoted field", e.getMessage());
    }

    @Test
    void aCellThatIsNotANumberNamesTheLineColumnAndText() {
        CsvTable t = CsvTable.parse("toy.csv", HEADER + "1,2,x\n3,four,y\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> Tabular.build("toy", t, "species", List.of("x", "y"), Set.of(), Set.of(), row -> true));
        assertEquals("toy.csv line 3: column 'b': 'four' is not a finite number", e.getMessage());
    }

    @Test
    void anUnknownClassAndAMissingTargetAreErrors() {
        CsvTable t = CsvTable.parse("toy.csv", HEADER + "1,2,x\n3,4,z\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> Tabular.build("toy", t, "species", List.of("x", "y"), Set.of(), Set.of(), row -> true));
        assertEquals("toy.csv line 3: column 'species': 'z' is not one of [x, y]", e.getMessage());
        CsvTable u = CsvTable.parse("toy.csv", HEADER + "1,2,NA\n");
        e = assertThrows(DatasetException.class,
                () -> Tabular.build("toy", u, "species", List.of("x", "y"), Set.of(), Set.of(), row -> true));
        assertEquals("toy.csv line 2: the target 'species' is missing", e.getMessage());
    }

    @Test
    void missingValuesBecomeNaNNeverZero() {
        CsvTable t = CsvTable.parse("toy.csv", HEADER + "NA,,x\n");
        Dataset d = Tabular.build("toy", t, "species", List.of("x"), Set.of(), Set.of(), row -> true);
        assertTrue(Double.isNaN(d.features().get(0, 0)));
        assertTrue(Double.isNaN(d.features().get(0, 1)));
    }

    @Test
    void aTruncatedGzipStreamNamesTheFile() throws IOException {
        byte[] gz = gzip("a,b\n1,2\n".repeat(1000));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        DatasetException e = assertThrows(DatasetException.class, () -> Resources.gunzip("toy.csv.gz", cut));
        assertEquals("toy.csv.gz: the gzip stream is truncated", e.getMessage());
        e = assertThrows(DatasetException.class, () -> Resources.gunzip("toy.csv.gz", "not gzip".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().startsWith("toy.csv.gz: is not a valid gzip stream"), e.getMessage());
    }

    @Test
    void aFileThatDiffersFromTheManifestIsRejectedBeforeParsing() {
        Manifest.Entry iris = Manifest.load().entry(Iris.FILE);
        byte[] raw = Resources.readRaw(Iris.FILE);
        byte[] flipped = raw.clone();
        flipped[100] ^= 1;
        DatasetException e = assertThrows(DatasetException.class, () -> Resources.verify(iris, flipped));
        assertTrue(e.getMessage().startsWith("iris.csv: SHA-256 is "), e.getMessage());
        DatasetException t = assertThrows(DatasetException.class,
                () -> Resources.verify(iris, Arrays.copyOf(raw, raw.length - 1)));
        assertEquals("iris.csv: has 3877 bytes, the manifest says 3878 (truncated or replaced? datasets/tools/rebuild.sh restores it)",
                t.getMessage());
    }

    @Test
    void aLoadedShapeThatDiffersFromTheManifestIsAnError() {
        DatasetException e = assertThrows(DatasetException.class, () -> Resources.checkShape(Iris.FILE, "149×4"));
        assertEquals("iris.csv: loaded shape 149×4, the manifest says 150×4", e.getMessage());
    }

    @Test
    void aTruncatedOrMislabelledIdxFileIsRejected() {
        byte[] ok = {0, 0, 8, 1, 0, 0, 0, 3, 7, 8, 9};
        assertEquals(9, Idx.parse("labels", ok, 1).value(2));
        DatasetException e = assertThrows(DatasetException.class, () -> Idx.parse("labels", Arrays.copyOf(ok, 10), 1));
        assertEquals("labels: the header promises 3 values, the file holds 2 (truncated or wrong shape)", e.getMessage());
        e = assertThrows(DatasetException.class, () -> Idx.parse("labels", ok, 3));
        assertTrue(e.getMessage().startsWith("labels: IDX magic number is 00 00 08 01, expected 00 00 08 03"), e.getMessage());
    }

    @Test
    void aTruncatedNpyFileIsRejected() {
        byte[] npy = Resources.read(Faces.FILE);
        DatasetException e = assertThrows(DatasetException.class, () -> Npy.parse("faces.npy", Arrays.copyOf(npy, npy.length - 8)));
        assertEquals("faces.npy: the header promises 125000 doubles (1000000 bytes), the file holds 999992 bytes"
                + " (truncated or wrong shape)", e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = "line one\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length - 2);    // cut inside the é
        DatasetException e = assertThrows(DatasetException.class, () -> Resources.decodeUtf8("text.txt", broken));
        assertEquals("text.txt line 2: invalid UTF-8 at byte 18", e.getMessage());
    }

    @Test
    void aMalformedManifestLineIsNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> Manifest.parse("# comment\nfile\tsha256\tbytes\tshape\tclasses\niris.csv\tabc\t1\t1×1\t-\n"));
        assertEquals("manifest.tsv line 3: 'abc' is not a SHA-256 (64 lower-case hex digits)", e.getMessage());
    }

    @Test
    void aFileNotOnTheClasspathIsNamed() {
        DatasetException e = assertThrows(DatasetException.class, () -> Resources.readRaw("nothing.csv"));
        assertTrue(e.getMessage().startsWith("nothing.csv: not found on the classpath"), e.getMessage());
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
