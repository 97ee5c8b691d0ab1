package org.mlbyhand.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last result of each milestone, kept between runs in a small tab-separated file
 * ({@code graders/target/grades/milestones.tsv}: name, status, summary, date; {@code ./mvnw clean}
 * forgets it), so the scoreboard can show it without running the milestone again.
 */
final class MilestoneLog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final Path file;

    /** One milestone's last result. */
    record Entry(Verdict.Status status, String summary, String when) {
    }

    MilestoneLog(Path file) {
        this.file = file;
    }

    /** The last result of every milestone run so far, by name. */
    Map<String, Entry> read() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\\t", -1);
                if (f.length == 4) {
                    try {
                        entries.put(f[0], new Entry(Verdict.Status.valueOf(f[1]), f[2], f[3]));
                    } catch (IllegalArgumentException ignored) {
                        // a line of an older format: forgotten
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }

    /** Records {@code verdict} as its milestone's last result. */
    void record(Verdict verdict) {
        Map<String, Entry> entries = read();
        entries.put(verdict.exercise().name(), new Entry(verdict.status(), verdict.summary(),
                LocalDateTime.now().format(WHEN)));
        StringBuilder s = new StringBuilder();
        entries.forEach((name, e) -> s.append(String.join("\t", List.of(name, e.status().name(), e.summary(), e.when())))
                .append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
