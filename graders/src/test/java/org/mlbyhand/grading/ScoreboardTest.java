package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreboardTest {
    private static final Exercise LONGEST = new Exercise("ps0", "n".repeat(Scoreboard.NAME_WIDTH),
            "t".repeat(Scoreboard.TITLE_WIDTH), 100, "none");

    @Test
    void everyBoardLineFitsItsWidthWhateverTheCheckIsCalled() {
        String longCheck = "matches the reference on random well-conditioned problems, n ≤ p included, and more";
        for (Verdict.Status status : Verdict.Status.values()) {
            Scoreboard board = new Scoreboard(List.of(new ProblemSet("ps0", "A problem set", List.of(grader()))));
            board.record(new Verdict(LONGEST, status, longCheck, "", 11, 12));
            String rendered = board.render();
            for (String line : rendered.lines().toList()) {
                if (line.contains(LONGEST.name())) {
                    assertTrue(line.length() <= Scoreboard.WIDTH, status + ": " + line.length() + " > "
                            + Scoreboard.WIDTH + ": " + line);
                }
            }
            assertTrue(rendered.contains(status.label()), rendered);
        }
    }

    private static Grader<?> grader() {
        return new DoublingGrader(List.of()) {
            @Override
            public Exercise exercise() {
                return LONGEST;
            }
        };
    }
}
