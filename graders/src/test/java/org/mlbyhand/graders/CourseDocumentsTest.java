package org.mlbyhand.graders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.ProblemSet;
import org.mlbyhand.grading.Scoreboard;
import org.mlbyhand.grading.Verdict;

/**
 * What the documents say about the course is what the course is: the README's sample scoreboard is the
 * board a fresh clone prints, and each problem set's solving order in its package documentation is the
 * order of its graders. When one goes stale, the failure prints what to paste.
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
        Scoreboard board = new Scoreboard(Course.PROBLEM_SETS);
        Course.PROBLEM_SETS.stream().flatMap(set -> set.graders().stream()).forEach(g -> board.record(
                new Verdict(g.exercise(), Verdict.Status.NOT_STARTED, "", "", 0, 1)));
        String printed = board.render().substring(1);
        assertEquals(printed, shown, "README.md's sample scoreboard is stale. HINT: replace the block after '"
                + BOARD_INTRO.strip() + "' with:\n" + printed);
    }

    @Test
    void eachProblemSetsSolvingOrderIsItsGradersOrder() throws IOException {
        Pattern order = Pattern.compile("Solve them in order: ([^.]*)\\.");
        for (ProblemSet set : Course.PROBLEM_SETS) {
            Path info = REPOSITORY.resolve("exercises/src/main/java/org/mlbyhand/exercises/" + set.id() + "/package-info.java");
            String text = Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
            Matcher m = order.matcher(text);
            assertTrue(m.find(), info + " must say 'Solve them in order: NAME, NAME, ….'");
            List<String> said = Arrays.stream(m.group(1).split(",\\s*|\\s+and\\s+")).map(String::strip).toList();
            List<String> graded = set.graders().stream().map(Grader::exercise).map(e -> e.name())
                    .collect(Collectors.toList());
            assertEquals(graded, said, info + " lists the exercises in another order than their graders."
                    + " HINT: Solve them in order: " + String.join(", ", graded) + ".");
        }
    }
}
