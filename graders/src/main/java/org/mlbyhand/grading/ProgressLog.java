package org.mlbyhand.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the learner has done so far, kept between runs: for each exercise and milestone, its best
 * result and when it was first solved, and its last result. It lives in {@code .mlbyhand/progress.tsv}
 * at the repository root (ignored by git, kept by {@code ./mvnw clean}; delete it to start over), one
 * tab-separated line per exercise. The scoreboard shows remembered results for what a run did not grade.
 */
final class ProgressLog {
    /** The file, relative to the repository root. */
    static final String FILE = ".mlbyhand/progress.tsv";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final Path file;

    /**
     * One exercise's record.
     *
     * @param best      the best status reached (solved beats everything)
     * @param solvedAt  when it was first solved ("yyyy-MM-dd HH:mm"), or ""
     * @param last      the last status
     * @param lastLine  the last board summary ("failed check 3/7")
     * @param lastAt    when it was last graded
     */
    record Entry(Verdict.Status best, String solvedAt, Verdict.Status last, String lastLine, String lastAt) {
        /** True when the exercise was solved at some point. */
        boolean everSolved() {
            return best == Verdict.Status.SOLVED;
        }
    }

    ProgressLog(Path file) {
        this.file = file;
    }

    /** The log of the repository at {@code root}. */
    static ProgressLog of(Path root) {
        return new ProgressLog(root.resolve(FILE));
    }

    /** Every exercise's record, by name; empty when nothing was graded yet. */
    Map<String, Entry> read() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    continue; // a line of another format: forgotten
                }
                try {
                    entries.put(f[0], new Entry(Verdict.Status.valueOf(f[1]), f[2], Verdict.Status.valueOf(f[3]),
                            f[4], f[5]));
                } catch (IllegalArgumentException ignored) {
                    // an unknown status: forgotten
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }

    /** Records {@code verdict}: the new last result, and the best result if it is better. */
    void record(Verdict verdict) {
        Map<String, Entry> entries = read();
        String now = LocalDateTime.now().format(WHEN);
        Entry old = entries.get(verdict.exercise().name());
        boolean solved = verdict.solved();
        Entry updated = new Entry(solved || old == null ? verdict.status() : old.best(),
                old != null && old.everSolved() ? old.solvedAt() : solved ? now : "",
                verdict.status(), verdict.summary(), now);
        if (old != null && old.everSolved()) {
            updated = new Entry(Verdict.Status.SOLVED, old.solvedAt(), verdict.status(), verdict.summary(), now);
        }
        entries.put(verdict.exercise().name(), updated);
        List<String> lines = new ArrayList<>();
        entries.forEach((name, e) -> lines.add(String.join("\t", name, e.best().name(), e.solvedAt(), e.last().name(),
                e.lastLine(), e.lastAt())));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
