package org.mlbyhand.datasets;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format, version 1.0, for a C-ordered array of little-endian doubles:
 * <pre>{@code
 *   bytes 0–5   \x93NUMPY        bytes 6–7  version 1.0
 *   bytes 8–9   header length L (little-endian)
 *   then        L bytes of a Python dict: {'descr': '<f8', 'fortran_order': False, 'shape': (200, 25, 25), }
 *   then        Π shape doubles, the last dimension varying fastest
 * }</pre>
 */
final class Npy {
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([0-9,\\s]*)\\)");

    private Npy() {
    }

    /** Returns the shape and the values of a parsed array. */
    record Array(int[] shape, double[] values) {
    }

    /**
     * Parses an .npy file of doubles.
     *
     * @param file  name used in error messages
     * @param bytes the decompressed file (not modified)
     * @throws DatasetException naming the file when the magic, dtype, order or length is wrong
     */
    static Array parse(String file, byte[] bytes) {
        if (bytes.length < 10 || (bytes[0] & 0xff) != 0x93 || !new String(bytes, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new DatasetException(file, "not an .npy file (no \\x93NUMPY magic)");
        }
        if (bytes[6] != 1) {
            throw new DatasetException(file, ".npy format version " + bytes[6] + "." + bytes[7] + ", expected 1.0");
        }
        int headerLength = (bytes[8] & 0xff) | ((bytes[9] & 0xff) << 8);
        if (10 + headerLength > bytes.length) {
            throw new DatasetException(file, "the .npy header is cut off");
        }
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        if (!header.contains("'descr': '<f8'") || !header.contains("'fortran_order': False")) {
            throw new DatasetException(file, "expected little-endian doubles in C order, header is " + header.trim());
        }
        Matcher m = SHAPE.matcher(header);
        if (!m.find()) {
            throw new DatasetException(file, "no shape in the .npy header " + header.trim());
        }
        String[] parts = m.group(1).split(",");
        int dims = 0;
        int[] shape = new int[parts.length];
        long count = 1;
        for (String part : parts) {
            if (!part.isBlank()) {
                shape[dims] = Integer.parseInt(part.trim());
                count *= shape[dims++];
            }
        }
        int data = 10 + headerLength;
        if (bytes.length - data != count * Double.BYTES) {
            throw new DatasetException(file, "the header promises " + count + " doubles (" + count * Double.BYTES
                    + " bytes), the file holds " + (bytes.length - data) + " bytes (truncated or wrong shape)");
        }
        double[] values = new double[(int) count];
        ByteBuffer.wrap(bytes, data, bytes.length - data).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return new Array(java.util.Arrays.copyOf(shape, dims), values);
    }
}
