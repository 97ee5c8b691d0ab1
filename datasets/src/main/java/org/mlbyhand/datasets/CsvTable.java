package org.mlbyhand.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed CSV file: a header line of column names, then rows of exactly as many fields (RFC 4180:
 * fields separated by commas, a field in double quotes may hold commas, and "" inside quotes is one
 * quote). Every row is kept; a row with the wrong number of fields, an unterminated quote or a blank
 * line fails with the file and the line. Cells stay text until asked for as a number or a category;
 * {@code NA} and the empty field mean "missing".
 */
final class CsvTable {
    /** Text that marks a missing value. */
    static final String MISSING = "NA";

    private final String file;
    private final List<String> columns;
    private final List<String[]> rows;
    private final int[] lineOfRow;

    private CsvTable(String file, List<String> columns, List<String[]> rows, int[] lineOfRow) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.lineOfRow = lineOfRow;
    }

    /**
     * Parses CSV text; lines end in LF (a CR before it is dropped), and the last one may lack it.
     *
     * @param file name used in error messages
     * @param text the whole file (not modified)
     * @throws DatasetException naming the file and line of the first malformed line
     */
    static CsvTable parse(String file, String text) {
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;    // the newline that ends the last line
        }
        if (count == 0) {
            throw new DatasetException(file, 1, "no header line");
        }
        List<String> columns = List.of(fields(file, 1, lines[0]));
        List<String[]> rows = new ArrayList<>(count - 1);
        int[] lineOfRow = new int[count - 1];
        for (int i = 1; i < count; i++) {
            String[] f = fields(file, i + 1, lines[i]);
            if (f.length != columns.size()) {
                throw new DatasetException(file, i + 1, "expected " + columns.size() + " fields, found " + f.length);
            }
            lineOfRow[i - 1] = i + 1;
            rows.add(f);
        }
        return new CsvTable(file, columns, rows, lineOfRow);
    }

    private static String[] fields(String file, int lineNumber, String line) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new DatasetException(file, lineNumber, "unterminated quoted field");
                    }
                    char ch = line.charAt(i++);
                    if (ch != '"') {
                        field.append(ch);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new DatasetException(file, lineNumber, "text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            out.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return out.toArray(new String[0]);
            }
            i++;    // the comma
        }
    }

    /** Returns the file name this table was read from. */
    String file() {
        return file;
    }

    /** Returns the column names, from the header line. */
    List<String> columns() {
        return columns;
    }

    /** Returns the number of data rows (the header excluded). */
    int rowCount() {
        return rows.size();
    }

    /** Returns the 1-based line of the file that holds data row {@code row}. */
    int line(int row) {
        return lineOfRow[row];
    }

    /**
     * Returns the index of the named column.
     *
     * @throws DatasetException naming the file, line 1 and the column
     */
    int column(String name) {
        int j = columns.indexOf(name);
        if (j < 0) {
            throw new DatasetException(file, 1, "no column '" + name + "' in the header " + columns);
        }
        return j;
    }

    /** Returns the raw text of a cell. */
    String cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** Returns true when the cell is {@code NA} or empty. */
    boolean isMissing(int row, int column) {
        String s = cell(row, column);
        return s.isEmpty() || s.equals(MISSING);
    }

    /**
     * Returns the cell as a number, or NaN when it is missing.
     *
     * @throws DatasetException naming the file, line, column and text when it is not a number
     */
    double number(int row, int column) {
        if (isMissing(row, column)) {
            return Double.NaN;
        }
        String s = cell(row, column);
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DatasetException(file, line(row), "column '" + columns.get(column) + "': '" + s
                    + "' is not a finite number");
        }
    }

    /**
     * Returns the cell's index in {@code levels}, or NaN when it is missing.
     *
     * @throws DatasetException naming the file, line, column and text when it is not one of the levels
     */
    double category(int row, int column, List<String> levels) {
        if (isMissing(row, column)) {
            return Double.NaN;
        }
        int k = levels.indexOf(cell(row, column));
        if (k < 0) {
            throw new DatasetException(file, line(row), "column '" + columns.get(column) + "': '"
                    + cell(row, column) + "' is not one of " + levels);
        }
        return k;
    }
}
