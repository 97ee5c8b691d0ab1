package org.mlbyhand.grading.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.Verdict;

class SandboxTest {
    private static final Duration SHORT_BUDGET = Duration.ofSeconds(2);
    private final MisbehavingGrader grader = new MisbehavingGrader();

    private Verdict grade(String bug) {
        return Sandbox.grade(grader, Target.bug(bug), SHORT_BUDGET);
    }

    private static Verdict runaway(String bug) {
        return Sandbox.grade(new RunawayGrader(), Target.bug(bug), SHORT_BUDGET);
    }

    @Test
    void theReferenceIsSolvedThroughTheSandbox() {
        assertEquals(Verdict.Status.SOLVED, Sandbox.grade(grader, Target.REFERENCE, SHORT_BUDGET).status());
    }

    @Test
    void anInfiniteLoopIsStoppedAndItsProcessIsGone() {
        Verdict v = runaway(RunawayGrader.LOOPS);
        assertEquals(Verdict.Status.TIMED_OUT, v.status());
        assertEquals("returns a copy", v.check());
        assertTrue(v.report().contains("did not finish within 2 s"), v.report());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(),
                "the timed-out child JVM is still running");
    }

    @Test
    void systemExitIsReportedAsACrashWithoutAVerdict() {
        Verdict v = runaway(RunawayGrader.EXITS);
        assertEquals(Verdict.Status.CRASHED, v.status());
        assertTrue(v.report().contains("exit code 3"), v.report());
    }

    @Test
    void anExceptionIsReportedAsACrashNamingIt() {
        Verdict v = grade(MisbehavingGrader.THROWS);
        assertEquals(Verdict.Status.CRASHED, v.status());
        assertTrue(v.report().contains("IndexOutOfBoundsException"), v.report());
        assertTrue(v.report().contains("hint: an index went past the end"), v.report());
    }

    @Test
    void nullIsAFailureThatSaysSo() {
        Verdict v = grade(MisbehavingGrader.NULL);
        assertEquals(Verdict.Status.FAILED, v.status());
        assertTrue(v.report().contains("returned null"), v.report());
    }

    @Test
    void nanIsAFailureThatExplainsWhereNanComesFrom() {
        Verdict v = grade(MisbehavingGrader.NAN);
        assertEquals(Verdict.Status.FAILED, v.status());
        assertTrue(v.report().contains("got NaN"), v.report());
    }

    @Test
    void modifyingAnInputIsAFailureNamingTheEntry() {
        Verdict v = grade(MisbehavingGrader.MUTATES);
        assertEquals(Verdict.Status.FAILED, v.status());
        assertTrue(v.report().contains("modified its input: A[0][0] was"), v.report());
    }

    @Test
    void printingDoesNotDisturbTheProtocol() {
        assertEquals(Verdict.Status.SOLVED, grade(MisbehavingGrader.PRINTS).status());
    }
}
