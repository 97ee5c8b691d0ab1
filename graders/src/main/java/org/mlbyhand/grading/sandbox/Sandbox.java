package org.mlbyhand.grading.sandbox;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Verdict;

/**
 * Grades an exercise in a child JVM that can be stopped. A learner's {@code while (true)} cannot be
 * interrupted inside the JVM that runs it (Thread.stop is gone since JDK 20), so each exercise runs in
 * its own short-lived process; when a check runs longer than its budget, the process is killed, the
 * core is freed, and the verdict says which check timed out. A crash of the child (System.exit,
 * out of memory) is reported too, and never affects the grading of any other exercise.
 */
public final class Sandbox {
    /** Time one check may take, inputs and shrinking included, before the learner's code is stopped. */
    public static final Duration CHECK_BUDGET = Duration.ofSeconds(10);
    private static final int STDERR_LINES_KEPT = 20;

    private Sandbox() {
    }

    /** Grades {@code target} ("learner", "reference" or "bug:NAME") of {@code grader} in a child JVM. */
    public static Verdict grade(Grader<?> grader, String target, Duration checkBudget) {
        Exercise exercise = grader.exercise();
        Process child;
        try {
            child = new ProcessBuilder(command(grader.getClass().getName(), target)).start();
        } catch (IOException e) {
            return new Verdict(exercise, Verdict.Status.GRADER_ERROR, "", "could not start the grading JVM: " + e, 0, 0);
        }
        Protocol protocol = new Protocol(child);
        try {
            while (!child.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (protocol.checkRunningFor().compareTo(checkBudget) > 0) {
                    child.destroyForcibly().waitFor();
                    return timedOut(exercise, protocol.currentCheck(), checkBudget);
                }
            }
            protocol.finish();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Verdict(exercise, Verdict.Status.GRADER_ERROR, "", "grading was interrupted", 0, 0);
        }
        if (protocol.verdict() != null) {
            return protocol.verdict();
        }
        return new Verdict(exercise, Verdict.Status.CRASHED, protocol.currentCheck(),
                header(exercise, protocol.currentCheck(), "CRASHED")
                        + "  the grading process ended without a verdict (exit code " + child.exitValue() + ").\n"
                        + "  Does your code call System.exit, or run out of memory? Its last error output:\n"
                        + protocol.stderr().indent(4)
                        + "  file: " + exercise.stub(), 0, 0);
    }

    private static Verdict timedOut(Exercise exercise, String check, Duration budget) {
        return new Verdict(exercise, Verdict.Status.TIMED_OUT, check,
                header(exercise, check, "TIMED OUT")
                        + "  your code did not finish within " + budget.toSeconds() + " s and was stopped.\n"
                        + "  hint: look for a loop whose condition never becomes false (an index that never\n"
                        + "  advances, i++ on the wrong variable, a while without an update).\n"
                        + "  file: " + exercise.stub(), 0, 0);
    }

    private static String header(Exercise exercise, String check, String status) {
        return exercise.problemSet().toUpperCase(Locale.ROOT) + " · " + exercise.name() + " · " + check + "   "
                + status + "\n";
    }

    private static List<String> command(String graderClass, String target) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Xss4m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        String trace = System.getProperty("grade.trace");
        if (trace != null) {
            cmd.add("-Dgrade.trace=" + trace);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(SandboxMain.class.getName());
        cmd.add(graderClass);
        cmd.add(target);
        return cmd;
    }

    /** Reads the child's protocol lines and error output on background threads. */
    private static final class Protocol {
        private final Thread out;
        private final Thread err;
        private final List<String> errLines = new ArrayList<>();
        private volatile String currentCheck = "(starting)";
        private volatile long checkStartedAt = System.nanoTime();
        private volatile Verdict verdict;

        Protocol(Process child) {
            out = daemon(() -> readProtocol(child));
            err = daemon(() -> readErrors(child));
        }

        Duration checkRunningFor() {
            return Duration.ofNanos(System.nanoTime() - checkStartedAt);
        }

        String currentCheck() {
            return currentCheck;
        }

        Verdict verdict() {
            return verdict;
        }

        String stderr() {
            synchronized (errLines) {
                return String.join("\n", errLines);
            }
        }

        void finish() throws InterruptedException {
            out.join(2000);
            err.join(2000);
        }

        private void readProtocol(Process child) {
            try (BufferedReader r = reader(child.getInputStream())) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith(SandboxMain.CHECK)) {
                        currentCheck = line.substring(SandboxMain.CHECK.length());
                        checkStartedAt = System.nanoTime();
                    } else if (line.startsWith(SandboxMain.VERDICT)) {
                        verdict = decode(line.substring(SandboxMain.VERDICT.length()));
                    }
                }
            } catch (IOException | ClassNotFoundException e) {
                synchronized (errLines) {
                    errLines.add("(could not read the grading process: " + e + ")");
                }
            }
        }

        private void readErrors(Process child) {
            try (BufferedReader r = reader(child.getErrorStream())) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (errLines) {
                        errLines.add(line);
                        if (errLines.size() > STDERR_LINES_KEPT) {
                            errLines.remove(0);
                        }
                    }
                }
            } catch (IOException ignored) {
                // the child is gone; what was read is kept
            }
        }

        private static Thread daemon(Runnable task) {
            Thread t = new Thread(task, "sandbox-reader");
            t.setDaemon(true);
            t.start();
            return t;
        }

        private static BufferedReader reader(java.io.InputStream in) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        private static Verdict decode(String base64) throws IOException, ClassNotFoundException {
            byte[] bytes = Base64.getDecoder().decode(base64);
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                return (Verdict) in.readObject();
            }
        }
    }
}
