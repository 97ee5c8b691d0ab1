package org.mlbyhand.datasets;

/**
 * The IDX format of MNIST (LeCun et al.): a big-endian header, then unsigned bytes.
 * <pre>{@code
 *   bytes 0–3   magic: 0x00 0x00 0x08 d      (0x08 = unsigned byte, d = number of dimensions)
 *   then        d sizes, 4 bytes each, big-endian
 *   then        Π sizes bytes, the last dimension varying fastest
 * }</pre>
 */
final class Idx {
    private final int[] sizes;
    private final byte[] bytes;
    private final int offset;

    private Idx(int[] sizes, byte[] bytes, int offset) {
        this.sizes = sizes;
        this.bytes = bytes;
        this.offset = offset;
    }

    /**
     * Parses an IDX file of unsigned bytes with {@code dims} dimensions.
     *
     * @param file  name used in error messages
     * @param bytes the decompressed file (kept, not modified)
     * @throws DatasetException naming the file when the magic number, the dimension count or the length is wrong
     */
    static Idx parse(String file, byte[] bytes, int dims) {
        int header = 4 + 4 * dims;
        if (bytes.length < 4) {
            throw new DatasetException(file, "only " + bytes.length + " bytes, shorter than the IDX magic number");
        }
        if (bytes[0] != 0 || bytes[1] != 0 || bytes[2] != 0x08 || bytes[3] != dims) {
            throw new DatasetException(file, String.format("IDX magic number is %02x %02x %02x %02x, expected 00 00 08 %02x"
                    + " (unsigned bytes, %d dimensions)", bytes[0], bytes[1], bytes[2], bytes[3], dims, dims));
        }
        if (bytes.length < header) {
            throw new DatasetException(file, "only " + bytes.length + " bytes, shorter than the " + header + "-byte IDX header");
        }
        int[] sizes = new int[dims];
        long count = 1;
        for (int d = 0; d < dims; d++) {
            int p = 4 + 4 * d;
            sizes[d] = ((bytes[p] & 0xff) << 24) | ((bytes[p + 1] & 0xff) << 16) | ((bytes[p + 2] & 0xff) << 8) | (bytes[p + 3] & 0xff);
            if (sizes[d] < 0) {
                throw new DatasetException(file, "dimension " + d + " has negative size " + sizes[d]);
            }
            count *= sizes[d];
        }
        if (bytes.length - header != count) {
            throw new DatasetException(file, "the header promises " + count + " values, the file holds "
                    + (bytes.length - header) + " (truncated or wrong shape)");
        }
        return new Idx(sizes, bytes, header);
    }

    /** Returns the size of dimension d. */
    int size(int d) {
        return sizes[d];
    }

    /** Returns value k (0 … 255) in storage order. */
    int value(long k) {
        return bytes[offset + (int) k] & 0xff;
    }
}
