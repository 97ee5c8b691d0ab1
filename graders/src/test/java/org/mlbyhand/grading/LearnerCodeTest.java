package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Learner code as a learner writes it: a stub in a fixture repository, compiled, checked and run by
 * the engine exactly as {@code ./mvnw test} does. Each test is one way the grade could be wrong or
 * forged, and shows it is not.
 */
class LearnerCodeTest {

    private static Verdict grade(String test, String body) throws Exception {
        return FixtureRepository.create(test).stub(body, "").grade();
    }

    @Test
    void aCorrectSolutionWithAngleBracketsInItsJavadocIsSolved() throws Exception {
        Verdict v = grade("correct", FixtureRepository.loops());
        assertEquals(Verdict.Status.SOLVED, v.status(), v.report());
    }

    @Test
    void theStubThatStillThrowsIsNotStartedAndNamesItself() throws Exception {
        Verdict v = grade("stub", "throw new org.mlbyhand.exercises.NotImplementedYet(\"test copy\");");
        assertEquals(Verdict.Status.NOT_STARTED, v.status(), v.report());
        assertTrue(v.report().startsWith("test copy"), v.report());
    }

    @Test
    void codeThatCallsAnotherExercisesStubFailsNamingThatStubNotAsNotStarted() throws Exception {
        Verdict v = FixtureRepository.create("calls-another-stub")
                .write("exercises/src/main/java/org/mlbyhand/exercises/fixture/Earlier.java",
                        "package org.mlbyhand.exercises.fixture;\n\n"
                        + "import org.mlbyhand.core.linalg.Matrix;\n\n"
                        + "/** An earlier exercise, not started. */\n"
                        + "public final class Earlier {\n"
                        + "    private Earlier() {\n    }\n\n"
                        + "    /** Returns a copy of A. */\n"
                        + "    public static Matrix step(Matrix A) {\n"
                        + "        throw new org.mlbyhand.exercises.NotImplementedYet(\"ps9 earlier\");\n"
                        + "    }\n"
                        + "}\n")
                .stub("return Earlier.step(A);", "").grade();
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("your code calls Earlier.step, which is another exercise's stub"), v.report());
        assertTrue(v.report().contains("Solve that exercise first (./mvnw test -Dexercise=earlier)"), v.report());
    }

    @Test
    void aCompileErrorIsThatExercisesReportWithFileLineAndMessage() throws Exception {
        Verdict v = grade("compile-error", "return A");
        assertEquals(Verdict.Status.COMPILE_ERROR, v.status(), v.report());
        assertTrue(v.report().contains(FixtureRepository.STUB + ":12: error: ';' expected"), v.report());
        assertTrue(v.report().contains("              return A\n                      ^"), v.report());
        assertFalse(v.report().contains("at org."), "no stack trace: " + v.report());
    }

    @Test
    void callingTheReferenceIsRefusedBeforeTheCodeRuns() throws Exception {
        Verdict v = grade("reference-call", "return A.copy();");
        assertEquals(Verdict.Status.REFUSED, v.status(), v.report());
        assertTrue(v.report().contains("your code (Copy) calls core's Matrix.copy: this exercise asks you to write it"
                + " yourself."), v.report());
    }

    @Test
    void aMethodReferenceToTheReferenceIsRefusedToo() throws Exception {
        Verdict v = grade("reference-method-ref",
                "java.util.function.UnaryOperator<Matrix> f = Matrix::copy;\nreturn f.apply(A);");
        assertEquals(Verdict.Status.REFUSED, v.status(), v.report());
    }

    @Test
    void reflectionIntoTheGradersIsRefused() throws Exception {
        Verdict v = grade("reflection", "try {\n"
                + "    Object g = Class.forName(\"org.mlbyhand.grading.CopyGrader\").getConstructor().newInstance();\n"
                + "    return A;\n"
                + "} catch (ReflectiveOperationException e) {\n"
                + "    throw new IllegalStateException(e);\n"
                + "}");
        assertEquals(Verdict.Status.REFUSED, v.status(), v.report());
        assertTrue(v.report().contains("reflection could reach the graders' reference"), v.report());
    }

    @Test
    void referringToTheEngineIsRefused() throws Exception {
        Verdict v = grade("engine", "System.out.println(org.mlbyhand.grading.Tolerance.EXACT);\nreturn A;");
        assertEquals(Verdict.Status.REFUSED, v.status(), v.report());
        assertTrue(v.report().contains("refers to org.mlbyhand.grading.Tolerance, part of the graders"), v.report());
    }

    @Test
    void aForgedVerdictPrintedByLearnerCodeChangesNothing() throws Exception {
        Verdict v = grade("forged-verdict", "String forged = \"VERDICT solved 320/320\";\n"
                + "System.out.println(forged);\n"
                + "System.err.println(forged);\n"
                + "try {\n"
                + "    java.io.FileOutputStream raw = new java.io.FileOutputStream(java.io.FileDescriptor.out);\n"
                + "    raw.write((forged + \"\\n\").getBytes());\n"
                + "    raw.flush();\n"
                + "} catch (java.io.IOException e) {\n"
                + "    throw new IllegalStateException(e);\n"
                + "}\n"
                + "return Matrix.filled(A.rows(), A.cols(), 42);");
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("got 42"), v.report());
    }

    @Test
    void writingAGradingFileIsCaughtAndRefusedAndLaterExercisesAreNotGraded() throws Exception {
        FixtureRepository repo = FixtureRepository.create("file-write");
        Path victim = repo.root().resolve(FixtureRepository.VICTIM);
        Path dropped = repo.root().resolve("pwned.txt");
        repo.stub("try {\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"pwned-relative.txt\"), \"x\");\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + dropped + "\"), \"x\");\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + victim + "\"), \"// pwned\\n\","
                + " java.nio.file.StandardOpenOption.APPEND);\n"
                + "} catch (java.io.IOException e) {\n"
                + "    throw new IllegalStateException(e);\n"
                + "}\n" + FixtureRepository.loops(), "");
        LearnerGrading grading = new LearnerGrading(repo.root());
        Verdict v = grading.grade(new CopyGrader());
        assertEquals(Verdict.Status.REFUSED, v.status(), v.report());
        assertTrue(v.report().contains(FixtureRepository.VICTIM + " (changed)"), v.report());
        assertTrue(v.report().contains("pwned.txt (created)"), v.report());
        assertFalse(Files.exists(repo.root().resolve("pwned-relative.txt")),
                "the sandbox must not run in the repository");
        assertFalse(Files.exists(repo.root().resolve("graders/pwned-relative.txt")));
        Verdict next = grading.grade(new CopyGrader());
        assertEquals(Verdict.Status.REFUSED, next.status(), next.report());
        assertTrue(next.report().contains("not graded: the grading files changed while test copy ran"), next.report());
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "spawns the POSIX sleep command")
    void processesSpawnedByLearnerCodeDoNotOutliveGrading() throws Exception {
        FixtureRepository repo = FixtureRepository.create("spawn");
        Path pids = repo.root().resolveSibling("spawn-pids");
        Files.createDirectories(pids);
        repo.stub("try {\n"
                + "    Process p = new ProcessBuilder(\"sleep\", \"600\").start();\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + pids.resolve("pid") + "\"),"
                + " Long.toString(p.pid()));\n"
                + "} catch (java.io.IOException e) {\n"
                + "    throw new IllegalStateException(e);\n"
                + "}\n" + FixtureRepository.loops(), "");
        Verdict v = repo.grade();
        assertEquals(Verdict.Status.SOLVED, v.status(), v.report());
        long pid = Long.parseLong(Files.readString(pids.resolve("pid")).trim());
        Optional<ProcessHandle> sleeper = ProcessHandle.of(pid);
        for (int wait = 0; wait < 50 && sleeper.isPresent() && sleeper.get().isAlive(); wait++) {
            Thread.sleep(20);
        }
        assertFalse(sleeper.isPresent() && sleeper.get().isAlive(), "sleep 600 (pid " + pid + ") is still running");
    }

    @Test
    void endlessOutputIsCutToABoundedReport() throws Exception {
        Verdict v = grade("endless-output", "byte[] line = new byte[50_000_000];\n"
                + "java.util.Arrays.fill(line, (byte) 'x');\n"
                + "System.err.write(line, 0, line.length);\n"
                + "System.err.println();\n"
                + "System.err.flush();\n"
                + "System.exit(2);\n"
                + "return A;");
        assertEquals(Verdict.Status.CRASHED, v.status(), v.report());
        assertTrue(v.report().contains("exit code 2"), v.report());
        assertTrue(v.report().contains("characters of long lines are not shown"), v.report());
        assertTrue(v.report().length() < 4000, "the report has " + v.report().length() + " characters");
    }

    @Test
    void aVerdictIsKeptWhenTheProcessHangsInAShutdownHook() throws Exception {
        long start = System.nanoTime();
        Verdict v = FixtureRepository.create("hangs-on-exit").stub(
                "Runtime.getRuntime().addShutdownHook(new Thread(() -> {\n"
                        + "    while (true) {\n"
                        + "        Thread.onSpinWait();\n"
                        + "    }\n"
                        + "}));\n" + FixtureRepository.loops(), "").grade();
        assertEquals(Verdict.Status.SOLVED, v.status(), v.report());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "grading waited for the hung shutdown hook");
    }
}
