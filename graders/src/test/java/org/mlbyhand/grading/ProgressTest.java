package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The board remembers what earlier runs found, so grading one exercise still shows the whole course. */
class ProgressTest {
    private static final DoublingGrader FIRST = named("first", 10);
    private static final DoublingGrader SECOND = named("second", 20);
    private static final DoublingGrader OTHER = named("other", 10);
    private static final List<ProblemSet> COURSE = List.of(new ProblemSet("ps0", "Zero", List.of(FIRST, SECOND)),
            new ProblemSet("ps1", "One", List.of(OTHER)));

    private static DoublingGrader named(String name, int order) {
        return new DoublingGrader(List.of()) {
            @Override
            public Exercise exercise() {
                return new Exercise("ps" + (name.equals("other") ? 1 : 0), order, name, name, 10, "none");
            }
        };
    }

    @Test
    void aSolvedExerciseStaysSolvedAndDatedWhenALaterRunDoesNotGradeIt() throws Exception {
        ProgressLog log = new ProgressLog(Files.createTempDirectory("progress").resolve("progress.tsv"));
        log.record(new Verdict(FIRST.exercise(), Verdict.Status.SOLVED, "", "", 1, 1));
        log.record(new Verdict(OTHER.exercise(), Verdict.Status.FAILED, "c", "", 2, 5));
        Scoreboard board = new Scoreboard(COURSE, Set.of("ps0"), log.read());
        board.record(new Verdict(SECOND.exercise(), Verdict.Status.FAILED, "c", "report", 0, 3));
        String text = board.render();
        assertTrue(text.matches("(?s).*   ✔   first .* 10/10  \\(solved \\d\\d-\\d\\d\\)\\n.*"), text);
        assertTrue(text.contains("failed check 1/3"), text);
        assertTrue(text.contains(" PS1  One "), text);
        assertFalse(text.contains("   ·   other"), "ps1 was not graded: no rows, only its line\n" + text);
        assertTrue(text.contains(" Total                                                           10/30 points"), text);
        assertTrue(text.contains("next: ps0 second"), text);
        assertTrue(text.contains(" (…) from earlier runs\n"), text);
        assertTrue(text.contains(" problem sets without rows: not graded in this run; ./mvnw test -Dboard shows all\n"), text);
    }

    @Test
    void theNextStepIsInTheProblemSetThisRunGraded() {
        Scoreboard board = new Scoreboard(COURSE, Set.of("ps1"), java.util.Map.of());
        board.record(new Verdict(OTHER.exercise(), Verdict.Status.NOT_STARTED, "", "", 0, 1));
        assertTrue(board.render().contains("next: ps1 other"), "-Dps=1 is the learner's choice, not ps0");
        board.record(new Verdict(OTHER.exercise(), Verdict.Status.SOLVED, "", "", 1, 1));
        assertTrue(board.render().contains("next: ps0 first"), "once the set is solved, the course's first unsolved");
    }

    @Test
    void aSolvedExerciseThatBreaksLaterKeepsItsBestResultAndDate() throws Exception {
        ProgressLog log = new ProgressLog(Files.createTempDirectory("progress").resolve("progress.tsv"));
        log.record(new Verdict(FIRST.exercise(), Verdict.Status.SOLVED, "", "", 1, 1));
        String solvedAt = log.read().get("first").solvedAt();
        log.record(new Verdict(FIRST.exercise(), Verdict.Status.FAILED, "c", "", 0, 1));
        ProgressLog.Entry e = log.read().get("first");
        assertEquals(Verdict.Status.SOLVED, e.best());
        assertEquals(solvedAt, e.solvedAt());
        assertEquals(Verdict.Status.FAILED, e.last());
    }

    @Test
    void aScheduleSaysWhatIsLateAndWhatIsDueNext() {
        Scoreboard board = new Scoreboard(COURSE, Set.of("ps0", "ps1"), java.util.Map.of());
        board.record(new Verdict(FIRST.exercise(), Verdict.Status.SOLVED, "", "", 1, 1));
        board.withSchedule(Schedule.parse("# our study group\nps0 2026-12-01\nps1 2026-12-24  # after the break\n"),
                java.time.LocalDate.of(2026, 12, 3));
        String text = board.render();
        assertTrue(text.contains(" late: PS0 Zero, due 2026-12-01, 1/2 solved\n"), text);
        assertTrue(text.contains(" due next: PS1 One on 2026-12-24 (in 21 days), 0/1 solved\n"), text);
        assertTrue(text.lines().allMatch(line -> line.length() <= Scoreboard.WIDTH), text);
    }

    @Test
    void aMalformedScheduleLineIsNamed() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Schedule.parse("ps0 2026-12-01\nps1 next week\n"));
        assertEquals("schedule.txt line 2: expected 'psN yyyy-mm-dd', got 'ps1 next week'", e.getMessage());
    }

    @Test
    void theBoardOfEverythingShowsEveryRow() {
        Scoreboard board = new Scoreboard(COURSE, Set.of("ps0", "ps1"), java.util.Map.of());
        String text = board.render();
        assertTrue(text.contains("   ·   other"), text);
        assertTrue(text.contains("not graded"), text);
    }

    @Test
    void aWholeCourseRunFoldsTheProblemSetsNobodyHasStartedBehindTheNextExercise() throws Exception {
        Scoreboard fresh = new Scoreboard(COURSE, Set.of("ps0", "ps1"), java.util.Map.of()).foldUntouched();
        fresh.record(new Verdict(FIRST.exercise(), Verdict.Status.NOT_STARTED, "", "", 0, 1));
        fresh.record(new Verdict(SECOND.exercise(), Verdict.Status.NOT_STARTED, "", "", 0, 1));
        fresh.record(new Verdict(OTHER.exercise(), Verdict.Status.NOT_STARTED, "", "", 0, 1));
        String text = fresh.render();
        assertTrue(text.contains("   ·   first") && text.contains("   ·   second"), "the next exercise's set keeps its rows\n"
                + text);
        assertTrue(text.contains(" PS1  One ") && !text.contains("   ·   other"), text);
        assertTrue(text.contains("problem sets without rows are not started yet; ./mvnw test -Dps=1 lists PS1's\n"), text);

        ProgressLog log = new ProgressLog(Files.createTempDirectory("progress").resolve("progress.tsv"));
        log.record(new Verdict(OTHER.exercise(), Verdict.Status.FAILED, "c", "", 0, 1));
        Scoreboard tried = new Scoreboard(COURSE, Set.of("ps0", "ps1"), log.read()).foldUntouched();
        tried.record(new Verdict(OTHER.exercise(), Verdict.Status.FAILED, "c", "report", 0, 1));
        assertTrue(tried.render().contains("   ·   other"), "a set with an attempt in it keeps its rows");
    }
}
