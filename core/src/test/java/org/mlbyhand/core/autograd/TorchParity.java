package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Comparisons with PyTorch's golden answers that keep a ledger, as core's {@code golden.Parity} does for
 * scikit-learn: per op family, the largest relative difference seen and the tolerance. After each
 * test class that registers it ({@code @ExtendWith(TorchParity.class)}) the ledger is written to
 * {@value #REPORT}. Nothing is printed.
 *
 * <p>The relative difference of an entry a against PyTorch's e is |a − e| / |e|, entry by entry (0 when
 * a = e, so an exact zero must be matched exactly).
 */
public final class TorchParity implements AfterAllCallback {
    /** Where the ledger is written, relative to the module folder (Surefire's working directory). */
    static final String REPORT = "target/parity/torch.md";
    /** Every value and gradient agrees with PyTorch's to this relative difference (the task's bar). */
    public static final double TOLERANCE = 1e-12;

    private static final class Entry {
        double largest;
        int values;
        final List<String> ops = new ArrayList<>();
    }

    private static final Map<String, Entry> LEDGER = new TreeMap<>();

    /** Asserts equal shapes and every entry within {@link #TOLERANCE}, and records the largest difference under family. */
    public static void assertClose(String family, String op, String what, Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        double[] e = expected.toArray();
        double[] a = actual.toArray();
        double largest = 0.0;
        for (int k = 0; k < e.length; k++) {
            double d = a[k] == e[k] ? 0.0 : Math.abs(a[k] - e[k]) / Math.abs(e[k]);
            if (!(d <= TOLERANCE)) {
                fail(what + ": at " + TensorFormat.index(expected.shape(), k) + " PyTorch gives " + e[k] + ", we give " + a[k]
                        + " (relative difference " + String.format(Locale.ROOT, "%.1e", d) + ", tolerance " + TOLERANCE + ")");
            }
            largest = Math.max(largest, d);
        }
        record(family, op, largest, e.length);
    }

    /** Asserts one number within {@link #TOLERANCE}, relative. */
    public static void assertClose(String family, String op, String what, double expected, double actual) {
        assertClose(family, op, what, Tensors.scalar(expected), Tensors.scalar(actual));
    }

    private static synchronized void record(String family, String op, double largest, int values) {
        Entry e = LEDGER.computeIfAbsent(family, k -> new Entry());
        e.largest = Math.max(e.largest, largest);
        e.values += values;
        if (!e.ops.contains(op)) {
            e.ops.add(op);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        write(Path.of(REPORT));
    }

    private static synchronized void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("Largest relative difference from PyTorch 1.13's values and gradients (float64; golden files from"
                + " tools/parity/make_golden_torch.py), per op family, in this test run.");
        lines.add("");
        lines.add("| op family | ops | values compared | largest relative difference | tolerance |");
        lines.add("|---|---|--:|--:|--:|");
        LEDGER.forEach((family, e) -> lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1e | %.0e |",
                family, String.join(", ", e.ops), e.values, e.largest, TOLERANCE)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the parity ledger " + file.toAbsolutePath(), ex);
        }
    }
}
