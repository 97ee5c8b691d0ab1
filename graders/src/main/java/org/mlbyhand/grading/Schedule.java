package org.mlbyhand.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Homework with deadlines, for a study group or a class: an optional {@code schedule.txt} at the
 * repository root gives each problem set a due date, one per line ({@code ps1 2026-12-24}; {@code #}
 * starts a comment). The board then says what is due next and what is late (due date passed, not all
 * solved). Without the file nothing changes.
 */
final class Schedule {
    /** The file, relative to the repository root. */
    static final String FILE = "schedule.txt";
    private final Map<String, LocalDate> due;

    private Schedule(Map<String, LocalDate> due) {
        this.due = due;
    }

    /** No deadlines. */
    static Schedule none() {
        return new Schedule(Map.of());
    }

    /** Reads {@code schedule.txt} under {@code root}, or none when there is no such file. */
    static Schedule of(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses lines of "psN yyyy-mm-dd"; a malformed line is an error naming it. */
    static Schedule parse(String text) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        int number = 0;
        for (String raw : text.split("\n")) {
            number++;
            String line = raw.replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            try {
                if (f.length != 2 || !f[0].toLowerCase(java.util.Locale.ROOT).matches("ps\\d+")) {
                    throw new DateTimeParseException("", line, 0);
                }
                due.put(f[0].toLowerCase(java.util.Locale.ROOT), LocalDate.parse(f[1]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(FILE + " line " + number + ": expected 'psN yyyy-mm-dd', got '"
                        + raw.trim() + "'");
            }
        }
        return new Schedule(due);
    }

    /** True when no deadline is set. */
    boolean isEmpty() {
        return due.isEmpty();
    }

    /**
     * The board's lines about deadlines on {@code today}: each late problem set, then the next one due.
     *
     * @param solved   for each problem set, "solved/total"
     * @param complete for each problem set, whether all of it is solved
     */
    String lines(LocalDate today, Map<String, String> titles, Map<String, String> solved, Map<String, Boolean> complete) {
        StringBuilder s = new StringBuilder();
        String nextSet = null;
        for (Map.Entry<String, LocalDate> d : due.entrySet()) {
            String set = d.getKey();
            if (!titles.containsKey(set) || complete.getOrDefault(set, false)) {
                continue;
            }
            if (d.getValue().isBefore(today)) {
                s.append(" late: ").append(set.toUpperCase(java.util.Locale.ROOT)).append(' ').append(titles.get(set))
                        .append(", due ").append(d.getValue()).append(", ").append(solved.get(set)).append(" solved\n");
            } else if (nextSet == null || d.getValue().isBefore(due.get(nextSet))) {
                nextSet = set;
            }
        }
        if (nextSet != null) {
            long days = ChronoUnit.DAYS.between(today, due.get(nextSet));
            s.append(" due next: ").append(nextSet.toUpperCase(java.util.Locale.ROOT)).append(' ')
                    .append(titles.get(nextSet)).append(" on ").append(due.get(nextSet))
                    .append(days == 0 ? " (today)" : days == 1 ? " (tomorrow)" : " (in " + days + " days)").append(", ")
                    .append(solved.get(nextSet)).append(" solved\n");
        }
        return s.toString();
    }
}
