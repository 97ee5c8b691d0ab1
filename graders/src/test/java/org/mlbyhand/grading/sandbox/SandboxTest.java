package org.mlbyhand.grading.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.Budget;
import org.mlbyhand.grading.Verdict;

class SandboxTest {
    private static final Budget SHORT_BUDGET = Budget.QUICK.withTime(Duration.ofSeconds(2));
    private final MisbehavingGrader grader = new MisbehavingGrader();

    private Verdict grade(String bug) {
        return Sandbox.grade(grader, Target.bug(bug), SHORT_BUDGET, List.of());
    }

    private static Verdict runaway(String bug) {
        return Sandbox.grade(new RunawayGrader(), Target.bug(bug), SHORT_BUDGET, List.of());
    }

    @Test
    void theReferenceIsSolvedThroughTheSandbox() {
        assertEquals(Verdict.Status.SOLVED, Sandbox.grade(grader, Target.REFERENCE, SHORT_BUDGET, List.of()).status());
    }

    @Test
    void anInfiniteLoopIsStoppedAndItsProcessIsGone() {
        Verdict v = runaway(RunawayGrader.LOOPS);
        assertEquals(Verdict.Status.TIMED_OUT, v.status());
        assertEquals("returns a copy", v.check());
        assertTrue(v.report().contains("did not return within 2 s on this input"), v.report());
        assertTrue(v.report().contains("input (seed "), v.report());
        assertTrue(v.report().contains("loop whose condition never becomes false"), v.report());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(),
                "the timed-out child JVM is still running");
    }

    @Test
    void systemExitIsReportedAsACrashWithTheInputAndExitCode() {
        Verdict v = runaway(RunawayGrader.EXITS);
        assertEquals(Verdict.Status.CRASHED, v.status());
        assertTrue(v.report().contains("exit code 3"), v.report());
        assertTrue(v.report().contains("ended while your code ran on this input"), v.report());
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
    void slowCodeIsToldItIsSlowWithItsInputAndTimings() {
        Verdict v = Sandbox.grade(new RunawayGrader(), Target.bug(RunawayGrader.SLOW),
                Budget.QUICK.withTime(Duration.ofSeconds(4)), List.of());
        assertEquals(Verdict.Status.TIMED_OUT, v.status(), v.report());
        assertTrue(v.report().contains("input (seed "), v.report());
        // the call sleeps 1.5 s; a loaded machine may add a little: the report says what it measured
        assertTrue(v.report().matches("(?s).*\\d calls? of your code returned, taking \\d+(\\.\\d)? s.*; the next was stopped after.*"),
                v.report());
        assertTrue(v.report().contains("finishes, but far too slowly"), v.report());
        assertFalse(v.report().contains("never becomes false"), v.report());
    }

    @Test
    void stateChangedInsideTheSandboxDoesNotChangeTheVerdict() {
        Verdict v = grade(MisbehavingGrader.TAMPERS);
        assertEquals(Verdict.Status.FAILED, v.status(), v.report());
        assertTrue(v.report().contains("got 42"), v.report());
        assertEquals(1.0, MisbehavingGrader.referenceScale, "the grading process's state is its own");
    }

    @Test
    void printingDoesNotDisturbTheProtocol() {
        assertEquals(Verdict.Status.SOLVED, grade(MisbehavingGrader.PRINTS).status());
    }
}
