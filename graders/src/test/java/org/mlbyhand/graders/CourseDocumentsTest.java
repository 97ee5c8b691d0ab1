package org.mlbyhand.graders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.ProblemSet;
import org.mlbyhand.grading.Scoreboard;
import org.mlbyhand.grading.Verdict;

/**
 * What the documents say about the course is what the course is: the README's sample scoreboard is the
 * board a fresh clone prints (when it goes stale, the failure prints what to paste), and no package
 * document keeps a second, hand-typed list of the exercises.
 */
class CourseDocumentsTest {
    private static final Path REPOSITORY = Path.of("..");
    private static final String BOARD_INTRO = "On a fresh clone nothing is solved yet:\n\n```\n";

    @Test
    void theReadmeShowsTheBoardAFreshClonePrints() throws IOException {
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        int start = readme.indexOf(BOARD_INTRO);
        assertTrue(start >= 0, "README.md must show the fresh clone's board after '" + BOARD_INTRO.strip() + "'");
        start += BOARD_INTRO.length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        Scoreboard board = new Scoreboard(Course.PROBLEM_SETS).foldUntouched();
        Course.PROBLEM_SETS.stream().flatMap(set -> set.graders().stream()).forEach(g -> board.record(
                new Verdict(g.exercise(), Verdict.Status.NOT_STARTED, "", "", 0, 1)));
        String printed = board.render().substring(1);
        assertEquals(printed, shown, "README.md's sample scoreboard is stale. HINT: replace the block after '"
                + BOARD_INTRO.strip() + "' with:\n" + printed);
    }

    @Test
    void noPackageDocumentListsASolvingOrderThatCouldGoStale() throws IOException {
        for (ProblemSet set : Course.PROBLEM_SETS) {
            Path info = REPOSITORY.resolve("exercises/src/main/java/org/mlbyhand/exercises/" + set.id() + "/package-info.java");
            String text = Files.readString(info);
            assertFalse(text.contains("Solve them in order:"), info + " lists a solving order by hand: the scoreboard"
                    + " is the one list of the course. HINT: say 'Solve them in the order the scoreboard lists them.'");
        }
    }
}
