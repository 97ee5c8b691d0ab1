package org.mlbyhand.grading.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The end of what a process printed, bounded whatever it prints: the last {@value #LINES} lines, each
 * cut to {@value #WIDTH} characters, with a count of what was left out. Read on its own daemon thread,
 * so a process that prints without end never blocks on a full pipe.
 */
final class OutputTail {
    static final int LINES = 20;
    static final int WIDTH = 200;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;
    private long droppedLines;
    private long droppedChars;

    OutputTail(InputStream stream, String name) {
        reader = new Thread(() -> read(new InputStreamReader(stream, StandardCharsets.UTF_8)), name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits up to {@code millis} for the stream to end. */
    void awaitEnd(long millis) {
        try {
            reader.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The kept lines, then a line saying what was cut, if anything. */
    synchronized String text() {
        StringBuilder s = new StringBuilder(String.join("\n", lines));
        if (droppedLines > 0 || droppedChars > 0) {
            s.append(s.length() > 0 ? "\n" : "").append("(cut: ").append(droppedLines).append(" earlier lines and ")
                    .append(droppedChars).append(" characters of long lines are not shown)");
        }
        return s.toString();
    }

    private void read(Reader in) {
        StringBuilder line = new StringBuilder();
        long cut = 0;
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int k = 0; k < n; k++) {
                    char c = buffer[k];
                    if (c == '\n') {
                        keep(line.toString(), cut);
                        line.setLength(0);
                        cut = 0;
                    } else if (line.length() < WIDTH) {
                        line.append(c);
                    } else {
                        cut++;
                    }
                }
            }
        } catch (IOException ignored) {
            // the process is gone; what was read is kept
        }
        if (line.length() > 0) {
            keep(line.toString(), cut);
        }
    }

    private synchronized void keep(String line, long cut) {
        lines.addLast(cut > 0 ? line + "…" : line);
        droppedChars += cut;
        if (lines.size() > LINES) {
            lines.removeFirst();
            droppedLines++;
        }
    }
}
