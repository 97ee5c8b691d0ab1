package org.mlbyhand.grading.sandbox;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.ValueType;
import org.mlbyhand.core.property.ValueTypes;
import org.mlbyhand.grading.Foreign;
import org.mlbyhand.grading.Thrown;

/**
 * The sandbox's data format: values of registered {@link ValueType}s, records and lists of them,
 * cases and exceptions, written and read as plain data. Nothing is deserialised by class name except
 * a record of this project's ({@code org.mlbyhand.*}: core's, the datasets', the engine's, the
 * graders'; never the learner's package), rebuilt through its canonical constructor from values read
 * as data; anything else arrives as a {@link Foreign} naming its class.
 * Sizes and nesting are bounded, so a malformed or hostile stream fails with an {@link IOException}.
 */
final class Wire {
    private static final int NULL = 0;
    private static final int REGISTERED = 1;
    private static final int RECORD = 2;
    private static final int LIST = 3;
    private static final int FOREIGN = 4;
    private static final int MAX_DEPTH = 16;
    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_ITEMS = 1 << 20;
    private static final String PROJECT = "org.mlbyhand.";
    private static final String LEARNER_PACKAGE = "org.mlbyhand.exercises.";

    private Wire() {
    }

    static void writeValue(DataOutputStream out, Object value) throws IOException {
        writeValue(out, value, 0);
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(DataOutputStream out, Object value, int depth) throws IOException {
        ValueType<Object> type = ValueTypes.of(value);
        if (value == null) {
            out.writeByte(NULL);
        } else if (type != null) {
            out.writeByte(REGISTERED);
            writeString(out, type.id());
            type.write(out, value);
        } else if (value instanceof Record && depth < MAX_DEPTH) {
            out.writeByte(RECORD);
            writeString(out, value.getClass().getName());
            RecordComponent[] components = value.getClass().getRecordComponents();
            out.writeInt(components.length);
            for (RecordComponent c : components) {
                writeValue(out, component(c, value), depth + 1);
            }
        } else if (value instanceof List && depth < MAX_DEPTH && ((List<?>) value).size() <= MAX_ITEMS) {
            List<?> list = (List<?>) value;
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object element : list) {
                writeValue(out, element, depth + 1);
            }
        } else {
            out.writeByte(FOREIGN);
            writeString(out, value.getClass().getName());
        }
    }

    static Object readValue(DataInputStream in) throws IOException {
        return readValue(in, 0);
    }

    private static Object readValue(DataInputStream in, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("values nested deeper than " + MAX_DEPTH);
        }
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case REGISTERED:
                return ValueTypes.byId(readString(in)).read(in);
            case RECORD: {
                String className = readString(in);
                int n = count(in.readInt());
                Object[] values = new Object[n];
                for (int k = 0; k < n; k++) {
                    values[k] = readValue(in, depth + 1);
                }
                return record(className, values);
            }
            case LIST: {
                int n = count(in.readInt());
                List<Object> list = new ArrayList<>(Math.min(n, 1024));
                for (int k = 0; k < n; k++) {
                    list.add(readValue(in, depth + 1));
                }
                return list;
            }
            case FOREIGN:
                return new Foreign(readString(in));
            default:
                throw new IOException("unknown value tag " + tag);
        }
    }

    /** Rebuilds a record of a trusted class, or returns a Foreign naming the class. */
    private static Object record(String className, Object[] values) {
        if (!className.startsWith(PROJECT) || className.startsWith(LEARNER_PACKAGE)) {
            return new Foreign(className);
        }
        try {
            Class<?> type = Class.forName(className, false, Wire.class.getClassLoader());
            if (!type.isRecord()) {
                return new Foreign(className);
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return new Foreign(className);
        }
    }

    static void writeCase(DataOutputStream out, Case c) throws IOException {
        out.writeInt(c.arguments().size());
        for (Case.Arg a : c.arguments()) {
            writeString(out, a.name());
            out.writeInt(a.axes().size());
            for (String axis : a.axes()) {
                writeNullableString(out, axis);
            }
            writeValue(out, a.value());
        }
        out.writeInt(c.dimensions().size());
        for (Map.Entry<String, Integer> d : c.dimensions().entrySet()) {
            writeString(out, d.getKey());
            out.writeInt(d.getValue());
        }
    }

    static Case readCase(DataInputStream in) throws IOException {
        int n = count(in.readInt());
        List<Case.Arg> args = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String name = readString(in);
            int axes = count(in.readInt());
            List<String> labels = new ArrayList<>();
            for (int j = 0; j < axes; j++) {
                labels.add(readNullableString(in));
            }
            try {
                args.add(new Case.Arg(name, labels, readValue(in)));
            } catch (IllegalArgumentException e) {
                throw new IOException("bad argument " + name + ": " + e.getMessage(), e);
            }
        }
        int d = count(in.readInt());
        Map<String, Integer> dims = new LinkedHashMap<>();
        for (int k = 0; k < d; k++) {
            dims.put(readString(in), in.readInt());
        }
        return Case.of(args, dims);
    }

    static void writeThrown(DataOutputStream out, Thrown t) throws IOException {
        writeString(out, t.type());
        out.writeInt(t.lineage().size());
        for (String name : t.lineage()) {
            writeString(out, name);
        }
        writeNullableString(out, t.message());
        out.writeInt(t.frames().size());
        for (StackTraceElement f : t.frames()) {
            writeString(out, f.getClassName());
            writeString(out, f.getMethodName());
            writeNullableString(out, f.getFileName());
            out.writeInt(f.getLineNumber());
        }
        out.writeBoolean(t.cause() != null);
        if (t.cause() != null) {
            writeThrown(out, t.cause());
        }
    }

    static Thrown readThrown(DataInputStream in) throws IOException {
        return readThrown(in, 0);
    }

    private static Thrown readThrown(DataInputStream in, int depth) throws IOException {
        String type = readString(in);
        int n = count(in.readInt());
        List<String> lineage = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            lineage.add(readString(in));
        }
        String message = readNullableString(in);
        int frames = count(in.readInt());
        List<StackTraceElement> trace = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            trace.add(new StackTraceElement(readString(in), readString(in), readNullableString(in), in.readInt()));
        }
        Thrown cause = in.readBoolean() && depth < Thrown.MAX_CAUSES ? readThrown(in, depth + 1) : null;
        return new Thrown(type, lineage, message, trace, cause);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_STRING) {
            bytes = s.substring(0, Math.min(s.length(), MAX_STRING / 4)).getBytes(StandardCharsets.UTF_8);
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("a string of " + n + " bytes");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeNullableString(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readNullableString(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static int count(int n) throws IOException {
        if (n < 0 || n > MAX_ITEMS) {
            throw new IOException("a count of " + n);
        }
        return n;
    }

    private static Object component(RecordComponent c, Object record) throws IOException {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
