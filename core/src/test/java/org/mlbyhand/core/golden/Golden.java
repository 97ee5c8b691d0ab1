package org.mlbyhand.core.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mlbyhand.core.io.Json;
import org.mlbyhand.core.linalg.Matrix;

/**
 * One object of a golden file (core/src/test/resources/golden/, written by a script of tools/parity,
 * which each file names as its "generator"), with typed accessors. A missing key fails naming the key
 * and the file, with the hint to regenerate it.
 */
public final class Golden {
    private static final String HINT = " (regenerate with: /usr/bin/python3 tools/parity/make_golden*.py, the"
            + " script the file names as its generator)";

    private final String file;
    private final Map<String, Object> fields;

    private Golden(String file, Map<String, Object> fields) {
        this.file = file;
        this.fields = fields;
    }

    /** Loads {@code golden/<name>} from the test class path. */
    @SuppressWarnings("unchecked")
    public static Golden load(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("golden file golden/" + name + " is missing" + HINT);
            }
            return new Golden(name, (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double number(String key) {
        return (Double) get(key);
    }

    public String string(String key) {
        return (String) get(key);
    }

    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    public double[] vector(String key) {
        return toVector((List<?>) get(key));
    }

    public int[] labels(String key) {
        double[] v = vector(key);
        int[] labels = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            labels[i] = (int) v[i];
        }
        return labels;
    }

    public Matrix matrix(String key) {
        List<?> rows = (List<?>) get(key);
        double[][] a = new double[rows.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = toVector((List<?>) rows.get(i));
        }
        return Matrix.of(a);
    }

    /** Returns the rows of a list of lists as vectors (e.g. one coefficient vector per alpha). */
    public double[][] vectors(String key) {
        return matrix(key).toArray();
    }

    @SuppressWarnings("unchecked")
    public List<Golden> objects(String key) {
        return ((List<Object>) get(key)).stream().map(o -> new Golden(file, (Map<String, Object>) o))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    public Golden object(String key) {
        return new Golden(file, (Map<String, Object>) get(key));
    }

    private Object get(String key) {
        if (!fields.containsKey(key)) {
            throw new IllegalStateException("golden/" + file + " has no \"" + key + "\"" + HINT);
        }
        return fields.get(key);
    }

    private static double[] toVector(List<?> list) {
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (Double) list.get(i);
        }
        return v;
    }

    @Override
    public String toString() {
        return "golden/" + file;
    }
}
