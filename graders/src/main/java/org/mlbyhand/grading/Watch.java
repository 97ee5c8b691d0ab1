package org.mlbyhand.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/**
 * Watch mode: grades the exercise you are on each time you save, and moves on to the next unsolved
 * one when it passes, as rustlings' {@code watch} does. Started by the {@code ./watch} script beside
 * {@code mvnw} (which compiles the graders once, then runs this class); stays running until Ctrl-C or
 * {@code quit}. Each save recompiles only that exercise in this process (the JDK's compiler), grades
 * it in the sandbox, and prints the report and a one-line board; failing the same check again shows
 * the next hint of the matching bug. Typed commands: Enter (or {@code hint}) grades again, showing one
 * more hint if it fails the same way, {@code next} skips to the next exercise, {@code quit} stops.
 */
public final class Watch {
    /** How long to wait after a save for the editor's other writes before grading. */
    private static final long SETTLE_MILLIS = 60;
    private final List<ProblemSet> course;
    private final Path repository;
    private final PrintStream out;
    private final ProgressLog progress;
    private final LearnerGrading grading;
    private int at;
    private String lastFailedCheck = "";
    private int hintLevel;

    Watch(List<ProblemSet> course, Path repository, PrintStream out) {
        this.course = course;
        this.repository = repository;
        this.out = out;
        this.progress = ProgressLog.of(repository);
        this.grading = new LearnerGrading(repository);
        this.at = firstUnsolved(0);
    }

    /** {@code Watch [ROOT_PACKAGE]}: watches the exercises of the course under the graders' package. */
    public static void main(String[] args) throws Exception {
        String root = args.length > 0 ? args[0] : "org.mlbyhand.graders";
        Watch watch = new Watch(Curriculum.discover(root), GradingSession.repository(), System.out);
        watch.run();
    }

    private void run() throws IOException, InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        daemon(() -> readCommands(events)).start();
        run(events);
    }

    /**
     * Grades the current exercise, then again on every event: "save" (an exercise file changed; the
     * file watcher sends it), "grade" or "hint" (grade again; a repeated failure shows one more hint),
     * "next" (skip to the next exercise), until "quit".
     */
    void run(BlockingQueue<String> events) throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Path sources = repository.resolve(org.mlbyhand.grading.learner.LearnerCompiler.SOURCES);
            try (Stream<Path> dirs = Files.walk(sources)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
                }
            }
            daemon(() -> forwardSaves(watcher, events)).start();
            out.println("Watching " + sources + " — save to grade; type hint, next or quit (Ctrl-C also stops).");
            gradeCurrent();
            while (at >= 0) {
                String event = events.take();
                if (event.equals("quit")) {
                    break;
                }
                if (event.equals("next")) {
                    at = firstUnsolved(at + 1);
                    hintLevel = 0;
                    lastFailedCheck = "";
                } else if (event.equals("save")) {
                    Thread.sleep(SETTLE_MILLIS);
                    events.removeIf("save"::equals);
                }
                gradeCurrent();
            }
        }
    }

    /** Grades the current exercise, prints the report and the board's line, and moves on when solved. */
    private void gradeCurrent() {
        if (at < 0) {
            out.println("All solved. Well done!");
            return;
        }
        Grader<?> grader = grader(at);
        Exercise ex = grader.exercise();
        long start = System.nanoTime();
        String previousLevel = System.getProperty(FailureReport.HINT_PROPERTY);
        System.setProperty(FailureReport.HINT_PROPERTY, "99");
        Verdict v;
        try {
            v = grading.grade(grader);
        } finally {
            restore(previousLevel);
        }
        progress.record(v);
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.println();
        if (v.status() == Verdict.Status.NOT_STARTED) {
            out.println(ex.problemSet().toUpperCase(Locale.ROOT) + " · " + ex.name() + " · " + ex.title()
                    + ": not started — edit " + ex.stub());
        } else if (!v.solved()) {
            if (!v.check().equals(lastFailedCheck)) {
                hintLevel = 0;
            }
            lastFailedCheck = v.check();
            out.println(FailureReport.withHintLevel(v.report(), hintLevel,
                    "fail this check again, or type hint and press Enter"));
            hintLevel++;
        }
        out.println(line(ex, v, millis));
        if (v.solved()) {
            at = firstUnsolved(at + 1);
            hintLevel = 0;
            lastFailedCheck = "";
            if (at >= 0) {
                gradeCurrent();
            } else {
                out.println("All solved. Well done!");
            }
        }
    }

    private String line(Exercise ex, Verdict v, long millis) {
        int solved = 0;
        int total = 0;
        for (ProblemSet set : course) {
            for (Grader<?> g : set.graders()) {
                if (!(g instanceof Milestone)) {
                    total++;
                    ProgressLog.Entry e = progress.read().get(g.exercise().name());
                    solved += e != null && e.everSolved() ? 1 : 0;
                }
            }
        }
        return String.format(Locale.ROOT, "%s %s %s: %s   (graded in %.1f s; course %d/%d solved)",
                v.solved() ? "✔" : "·", ex.problemSet(), ex.name(), v.summary(), millis / 1000.0, solved, total);
    }

    /** The index of the first exercise from {@code from} on that was never solved, or -1. */
    private int firstUnsolved(int from) {
        List<Grader<?>> all = all();
        var remembered = progress.read();
        for (int k = from; k < all.size(); k++) {
            ProgressLog.Entry e = remembered.get(all.get(k).exercise().name());
            if (e == null || !e.everSolved()) {
                return k;
            }
        }
        return -1;
    }

    private Grader<?> grader(int k) {
        return all().get(k);
    }

    private List<Grader<?>> all() {
        return course.stream().flatMap(set -> set.graders().stream()).filter(g -> !(g instanceof Milestone)).toList();
    }

    private void forwardSaves(WatchService watcher, BlockingQueue<String> events) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean java = key.pollEvents().stream().anyMatch(e -> e.context().toString().endsWith(".java"));
                key.reset();
                if (java) {
                    events.add("save");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // watching ends
        }
    }

    private static void readCommands(BlockingQueue<String> events) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.trim().toLowerCase(Locale.ROOT);
                events.add(command.isEmpty() ? "grade" : command);
            }
        } catch (IOException e) {
            // no keyboard: saves still work
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(FailureReport.HINT_PROPERTY);
        } else {
            System.setProperty(FailureReport.HINT_PROPERTY, previous);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "watch");
        t.setDaemon(true);
        return t;
    }
}
