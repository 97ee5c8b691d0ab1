package org.mlbyhand.datasets;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads bundled files from the classpath and checks them: size and SHA-256 against the manifest, then
 * gunzip when the name ends in {@code .gz}. Every failure names the file.
 */
final class Resources {
    /** Classpath folder of the data files. */
    static final String ROOT = "/org/mlbyhand/datasets/";

    private Resources() {
    }

    /** Returns the bytes of {@code file}, checked against the manifest and decompressed if gzipped. */
    static byte[] read(String file) {
        Manifest.Entry entry = Manifest.load().entry(file);
        byte[] raw = readRaw(file);
        verify(entry, raw);
        return file.endsWith(".gz") ? gunzip(file, raw) : raw;
    }

    /** Returns the text of {@code file} (UTF-8), checked and decompressed as by {@link #read}. */
    static String text(String file) {
        return decodeUtf8(file, read(file));
    }

    /** Returns the committed bytes of {@code file}, unchecked. */
    static byte[] readRaw(String file) {
        try (InputStream in = Resources.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new DatasetException(file, "not found on the classpath at " + ROOT + file
                        + " (is the datasets module on the classpath?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException(file, "could not be read: " + e.getMessage(), e);
        }
    }

    /** Checks the committed bytes against the manifest's size and SHA-256. */
    static void verify(Manifest.Entry entry, byte[] raw) {
        if (raw.length != entry.bytes()) {
            throw new DatasetException(entry.file(), "has " + raw.length + " bytes, the manifest says "
                    + entry.bytes() + " (truncated or replaced? datasets/tools/rebuild.sh restores it)");
        }
        String actual = sha256(raw);
        if (!actual.equals(entry.sha256())) {
            throw new DatasetException(entry.file(), "SHA-256 is " + actual + ", the manifest says "
                    + entry.sha256() + " (corrupt or replaced? datasets/tools/rebuild.sh restores it)");
        }
    }

    /** Returns the SHA-256 of the bytes as 64 lower-case hex digits. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Decompresses a gzip stream, failing with the file's name on a corrupt or truncated one. The
     * output array is sized from the stream's trailer (ISIZE, the length mod 2³²) when that is
     * plausible, so MNIST's 47 MB are written once instead of being grown and copied.
     */
    static byte[] gunzip(String file, byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16)) {
            long size = trailerSize(compressed);
            if (size < 0) {
                return in.readAllBytes();
            }
            byte[] out = new byte[(int) size];
            int read = in.readNBytes(out, 0, out.length);
            if (read < out.length) {
                throw new DatasetException(file, "decompresses to " + read + " bytes, its gzip trailer says " + size);
            }
            byte[] rest = in.readAllBytes();    // empty unless the trailer wrapped around 4 GiB
            if (rest.length == 0) {
                return out;
            }
            byte[] all = java.util.Arrays.copyOf(out, out.length + rest.length);
            System.arraycopy(rest, 0, all, out.length, rest.length);
            return all;
        } catch (EOFException e) {
            throw new DatasetException(file, "the gzip stream is truncated", e);
        } catch (ZipException e) {
            throw new DatasetException(file, "is not a valid gzip stream: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(file, "could not be decompressed: " + e.getMessage(), e);
        }
    }

    /** Returns the gzip trailer's ISIZE if plausible (at most 64 × the compressed size), else −1. */
    private static long trailerSize(byte[] gz) {
        int n = gz.length;
        if (n < 18) {
            return -1;
        }
        long size = (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16 | (gz[n - 1] & 0xffL) << 24;
        return size <= 64L * n && size <= Integer.MAX_VALUE - 16 ? size : -1;
    }

    /** Decodes strict UTF-8, failing with the file's name and the line of the first bad byte. */
    static String decodeUtf8(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int good = firstBadUtf8Byte(bytes);
            for (int i = 0; i < good; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DatasetException(file, line, "invalid UTF-8 at byte " + good);
        }
    }

    private static int firstBadUtf8Byte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** Fails unless the loaded shape is the one the manifest records for {@code file}. */
    static void checkShape(String file, String loadedShape) {
        String expected = Manifest.load().entry(file).shape();
        if (!expected.equals(loadedShape)) {
            throw new DatasetException(file, "loaded shape " + loadedShape + ", the manifest says " + expected);
        }
    }
}
