package org.mlbyhand.core.autograd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mlbyhand.core.io.Json;

/**
 * One object of a PyTorch golden file (core/src/test/resources/golden/torch_*.json, written by
 * tools/parity/make_golden_torch.py), with typed accessors; a tensor is {"shape": [...], "data": [...]}.
 */
public final class TorchGolden {
    static final String HINT = " (regenerate with: /usr/bin/python3 tools/parity/make_golden_torch.py)";

    private final String file;
    private final Map<String, Object> fields;

    private TorchGolden(String file, Map<String, Object> fields) {
        this.file = file;
        this.fields = fields;
    }

    @SuppressWarnings("unchecked")
    public static TorchGolden load(String name) {
        try (InputStream in = TorchGolden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("golden file golden/" + name + " is missing" + HINT);
            }
            return new TorchGolden(name, (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public double number(String key) {
        return (Double) get(key);
    }

    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    public String string(String key) {
        return (String) get(key);
    }

    public int[] ints(String key) {
        List<?> list = (List<?>) get(key);
        return list.stream().mapToInt(v -> ((Double) v).intValue()).toArray();
    }

    public double[] numbers(String key) {
        List<?> list = (List<?>) get(key);
        return list.stream().mapToDouble(v -> (Double) v).toArray();
    }

    @SuppressWarnings("unchecked")
    public TorchGolden object(String key) {
        return new TorchGolden(file, (Map<String, Object>) get(key));
    }

    @SuppressWarnings("unchecked")
    public List<TorchGolden> objects(String key) {
        return ((List<Object>) get(key)).stream().map(o -> new TorchGolden(file, (Map<String, Object>) o))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        return (List<Object>) get(key);
    }

    /** Returns the tensor stored under key. */
    public Tensor tensor(String key) {
        return object(key).asTensor();
    }

    /** Returns this object, {"shape", "data"}, as a tensor. */
    public Tensor asTensor() {
        return Tensors.fromArray(numbers("data"), ints("shape"));
    }

    public List<Tensor> tensors(String key) {
        return objects(key).stream().map(TorchGolden::asTensor).collect(Collectors.toList());
    }

    private Object get(String key) {
        if (!fields.containsKey(key)) {
            throw new IllegalStateException("golden/" + file + " has no \"" + key + "\"" + HINT);
        }
        return fields.get(key);
    }

    @Override
    public String toString() {
        return "golden/" + file;
    }
}
