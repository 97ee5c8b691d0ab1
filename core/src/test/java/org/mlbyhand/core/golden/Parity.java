package org.mlbyhand.core.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Comparisons with scikit-learn's golden answers that also keep a ledger: for each model and
 * quantity, the largest absolute difference seen and the tolerance it was held to. A test class that
 * uses it registers it ({@code @ExtendWith(Parity.class)}); after each such class the ledger of this
 * test run is written to {@value #REPORT} (a Markdown table), so that
 * <pre>{@code
 *   ./mvnw verify -Preference        then        cat core/target/parity/scikit-learn.md
 * }</pre>
 * reproduces the figures the README and the closing notes quote. Nothing is printed.
 */
public final class Parity implements AfterAllCallback {
    /** Where the ledger is written, relative to the module folder (Surefire's working directory). */
    public static final String REPORT = "target/parity/scikit-learn.md";

    private record Key(String model, String quantity) {
    }

    private static final class Entry {
        double largest;
        double tolerance;
        int values;
    }

    private static final Map<Key, Entry> LEDGER = new LinkedHashMap<>();

    /** Asserts |expected − actual| ≤ tol (as {@link Close}) and records the largest difference under model and quantity. */
    public static void assertClose(String model, String quantity, String what, double expected, double actual,
                                   double tol) {
        assertClose(model, quantity, what, new double[] {expected}, new double[] {actual}, tol);
    }

    /** Asserts every entry within tol (as {@link Close}) and records the largest difference under model and quantity. */
    public static void assertClose(String model, String quantity, String what, Matrix expected, Matrix actual,
                                   double tol) {
        Close.assertClose(what, expected, actual, tol);
        record(model, quantity, expected.toRowMajorArray(), actual.toRowMajorArray(), tol);
    }

    /** Asserts every entry within tol (as {@link Close}) and records the largest difference under model and quantity. */
    public static void assertClose(String model, String quantity, String what, double[] expected, double[] actual,
                                   double tol) {
        Close.assertClose(what, expected, actual, tol);
        record(model, quantity, expected, actual, tol);
    }

    private static synchronized void record(String model, String quantity, double[] expected, double[] actual,
                                            double tol) {
        Entry e = LEDGER.computeIfAbsent(new Key(model, quantity), k -> new Entry());
        e.largest = Math.max(e.largest, Close.maxAbsDifference(expected, actual));
        e.tolerance = Math.max(e.tolerance, tol);
        e.values += expected.length;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        write(Path.of(REPORT));
    }

    private static synchronized void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("Largest absolute difference from scikit-learn 1.2's answers (golden files from the"
                + " scripts in tools/parity), per model and quantity, in this test run.");
        lines.add("");
        lines.add("| model | quantity | values compared | largest difference | tolerance |");
        lines.add("|---|---|--:|--:|--:|");
        LEDGER.forEach((k, e) -> lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1e | %.0e |",
                k.model(), k.quantity(), e.values, e.largest, e.tolerance)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the parity ledger " + file.toAbsolutePath(), ex);
        }
    }
}
