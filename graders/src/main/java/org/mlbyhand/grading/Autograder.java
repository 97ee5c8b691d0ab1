package org.mlbyhand.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mlbyhand.core.io.Json;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

/**
 * Grades a submission for an autograding service, in Gradescope's format: {@code Autograder ROOT
 * SOURCE} copies every exercise file found under {@code ROOT/submission} (by its {@code package}
 * line, whatever folder the student uploaded it in) over the stubs of the repository at
 * {@code SOURCE}, grades every exercise and milestone of the course with the same engine as
 * {@code ./mvnw test}, and writes {@code ROOT/results/results.json}: one test per exercise with its
 * {@code name}, {@code score}, {@code max_score} and the plain-text report as {@code output}, the
 * total {@code score}, and the board as the overall {@code output}. {@code -Dgrade.target=reference}
 * grades core's references instead (a fully solved submission, for checking the bundle).
 */
public final class Autograder {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+(org\\.mlbyhand\\.exercises[\\w.]*)\\s*;",
            Pattern.MULTILINE);

    private Autograder() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/autograder");
        Path source = Path.of(args.length > 1 ? args[1] : root.resolve("source").toString());
        String target = System.getProperty("grade.target", Target.LEARNER);
        Map<String, Object> results = run(Curriculum.discover("org.mlbyhand.graders"), root, source, target);
        Path file = root.resolve("results/results.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Json.write(results), StandardCharsets.UTF_8);
    }

    /** Copies the submission over the stubs, grades the course, and returns the results document. */
    static Map<String, Object> run(List<ProblemSet> course, Path root, Path source, String target) throws IOException {
        List<String> copied = copySubmission(root.resolve("submission"), source);
        Scoreboard board = new Scoreboard(course);
        LearnerGrading learner = new LearnerGrading(source);
        List<Map<String, Object>> tests = new ArrayList<>();
        double score = 0;
        for (ProblemSet set : course) {
            for (Grader<?> g : set.graders()) {
                Verdict v = target.equals(Target.LEARNER) ? learner.grade(g)
                        : Sandbox.grade(g, target, List.of());
                board.record(v);
                Exercise ex = g.exercise();
                int points = v.solved() ? ex.points() : 0;
                score += points;
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", ex.problemSet().toUpperCase(Locale.ROOT) + " · " + ex.name() + " · " + ex.title()
                        + (g instanceof Milestone ? " (milestone)" : ""));
                test.put("score", points);
                test.put("max_score", ex.points());
                test.put("output", v.report().isEmpty() || v.status() == Verdict.Status.NOT_STARTED ? v.line()
                        : v.report());
                test.put("visibility", "visible");
                tests.add(test);
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("score", score);
        results.put("output", "Files graded from your submission: " + (copied.isEmpty() ? "none" : String.join(", ", copied))
                + "\n" + board.render());
        results.put("tests", tests);
        return results;
    }

    /** Copies each {@code .java} file of the exercises' packages under {@code submission} to its place in {@code source}. */
    static List<String> copySubmission(Path submission, Path source) throws IOException {
        List<String> copied = new ArrayList<>();
        if (!Files.isDirectory(submission)) {
            return copied;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(submission)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (!m.find()) {
                continue;
            }
            String relative = m.group(1).replace('.', '/') + "/" + file.getFileName();
            Path to = source.resolve("exercises/src/main/java").resolve(relative);
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            copied.add(relative.substring("org/mlbyhand/exercises/".length()));
        }
        return copied;
    }
}
