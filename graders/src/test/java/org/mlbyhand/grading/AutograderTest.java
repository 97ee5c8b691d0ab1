package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.io.Json;

/**
 * The instructor bundle's entry point, {@code tools/gradescope/run_autograder}, run as Gradescope runs
 * it on a simulated {@code /autograder} tree: an untouched submission, a fully solved one (core's
 * references), and one whose matmul crashes and whose transpose loops; each results.json is read back.
 */
class AutograderTest {
    private static final Path REPOSITORY = GradingSession.repository();
    private static final int EXERCISES = (int) Curriculum.discover("org.mlbyhand.graders").stream()
            .mapToLong(set -> set.graders().size()).sum();
    private static final int POINTS = Curriculum.discover("org.mlbyhand.graders").stream()
            .flatMap(set -> set.graders().stream()).mapToInt(g -> g.exercise().points()).sum();

    @Test
    void anUntouchedSubmissionScoresZeroWithOneTestPerExercise() throws Exception {
        Map<String, Object> results = run("untouched", "learner", Map.of());
        assertEquals(0.0, results.get("score"));
        List<?> tests = (List<?>) results.get("tests");
        assertEquals(EXERCISES, tests.size());
        Map<?, ?> first = (Map<?, ?>) tests.get(0);
        assertEquals("PS0 · matmul · Matrix multiply", first.get("name"));
        assertEquals(0.0, first.get("score"));
        assertEquals(10.0, first.get("max_score"));
        assertEquals("not started", first.get("output"));
        assertTrue(((String) results.get("output")).startsWith("Files graded from your submission: none"));
    }

    @Test
    void aFullySolvedSubmissionScoresEveryPoint() throws Exception {
        Map<String, Object> results = run("solved", "reference", Map.of());
        assertEquals((double) POINTS, results.get("score"));
        for (Object t : (List<?>) results.get("tests")) {
            assertEquals(((Map<?, ?>) t).get("max_score"), ((Map<?, ?>) t).get("score"), t.toString());
        }
    }

    @Test
    void aCrashingAndALoopingExerciseAreReportedAndTheRestIsStillGraded() throws Exception {
        Map<String, Object> results = run("crash-and-loop", "learner", Map.of(
                "MatrixMultiply.java", stub("MatrixMultiply", "multiply(Matrix A, Matrix B)",
                        "throw new IllegalStateException(\"boom\");"),
                "deeper/Transpose.java", stub("Transpose", "transpose(Matrix A)",
                        "while (A.rows() >= 0) {\n            Thread.onSpinWait();\n        }\n        return A;")));
        List<?> tests = (List<?>) results.get("tests");
        assertEquals(EXERCISES, tests.size());
        String crash = (String) ((Map<?, ?>) tests.get(0)).get("output");
        assertTrue(crash.contains("CRASHED") && crash.contains("java.lang.IllegalStateException: boom"), crash);
        String loop = (String) ((Map<?, ?>) tests.get(1)).get("output");
        assertTrue(loop.contains("TIMED OUT"), loop);
        assertEquals("not started", ((Map<?, ?>) tests.get(2)).get("output"));
        assertTrue(((String) results.get("output")).startsWith(
                "Files graded from your submission: ps0/MatrixMultiply.java, ps0/Transpose.java"), results.get("output").toString());
    }

    private static String stub(String name, String signature, String body) {
        return "package org.mlbyhand.exercises.ps0;\n\nimport org.mlbyhand.core.linalg.Matrix;\n\npublic final class "
                + name + " {\n    private " + name + "() {\n    }\n\n    public static Matrix " + signature + " {\n        "
                + body + "\n    }\n}\n";
    }

    /** Runs run_autograder on a fresh tree with these submitted files and returns results.json. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(String name, String target, Map<String, String> submitted)
            throws IOException, InterruptedException {
        Path tree = Path.of("target", "autograder", name).toAbsolutePath();
        delete(tree);
        Path source = tree.resolve("source");
        copy(REPOSITORY.resolve("exercises/src/main/java"), source.resolve("exercises/src/main/java"));
        Files.createDirectories(tree.resolve("submission"));
        for (Map.Entry<String, String> file : submitted.entrySet()) {
            Path to = tree.resolve("submission").resolve(file.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, file.getValue());
        }
        ProcessBuilder builder = new ProcessBuilder("bash", REPOSITORY.resolve("tools/gradescope/run_autograder").toString())
                .redirectErrorStream(true).redirectOutput(tree.resolve("run.log").toFile());
        builder.environment().put("AUTOGRADER_ROOT", tree.toString());
        builder.environment().put("MLBYHAND_SOURCE", source.toString());
        builder.environment().put("MLBYHAND_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("MLBYHAND_TARGET", target);
        int exit = builder.start().waitFor();
        assertEquals(0, exit, Files.readString(tree.resolve("run.log")));
        return (Map<String, Object>) Json.parse(Files.readString(tree.resolve("results/results.json"),
                StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
