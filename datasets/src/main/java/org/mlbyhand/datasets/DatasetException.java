package org.mlbyhand.datasets;

/**
 * Thrown when a bundled data file is missing, corrupt, truncated or malformed. The message starts with
 * the file (and the line, for a text file), for example
 * {@code iris.csv line 17: expected 5 fields, found 4}.
 */
public class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /** Creates the exception for a problem in {@code file} at {@code line} (1-based). */
    public DatasetException(String file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** Creates the exception for a problem with {@code file} as a whole (no line applies). */
    public DatasetException(String file, String problem) {
        this(file, problem, null);
    }

    /** Creates the exception for a problem with {@code file} as a whole, caused by {@code cause}. */
    public DatasetException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
    }

    /** Returns the file's path under {@code org/mlbyhand/datasets/}. */
    public String file() {
        return file;
    }

    /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
