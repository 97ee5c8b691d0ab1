package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

class MilestoneTest {
    private static final List<ProblemSet> CURRICULUM = List.of(new ProblemSet("ps9", "Training",
            List.of(new DoublingGrader(List.of()), new TrainingMilestone())));

    @Test
    void aMilestonePastItsBudgetIsStoppedAndSaysHowFarItGot() {
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        Verdict v = Sandbox.grade(new TrainingMilestone(), Target.bug(TrainingMilestone.SLOW),
                TrainingMilestone.TWO_SECONDS, List.of(), progress::add);
        assertEquals(Verdict.Status.TIMED_OUT, v.status(), v.report());
        assertTrue(v.report().matches("(?s).*\\n  stopped after 2 s: epoch \\d+, 9\\d\\.\\d% accuracy, needs 98\\.0%\\n.*"),
                v.report());
        assertTrue(progress.size() >= 5, "progress came live: " + progress);
        assertTrue(v.report().contains(progress.get(progress.size() - 1)), v.report());
    }

    @Test
    void aMilestoneThatReachesItsGoalIsSolved() {
        Verdict v = Sandbox.grade(new TrainingMilestone(), Target.REFERENCE, TrainingMilestone.TWO_SECONDS, List.of());
        assertEquals(Verdict.Status.SOLVED, v.status(), v.report());
    }

    @Test
    void milestonesRunOnlyWhenAsked() {
        assertEquals(List.of("double"), names(new Selection("", "")));
        assertEquals(List.of("train"), names(new Selection("", "", "train", false)));
        assertEquals(List.of("train"), names(new Selection("9", "", "", true)));
        String unknown = new Selection("", "", "trian", false).unknown(CURRICULUM);
        assertTrue(unknown.contains("Did you mean -Dmilestone=train?"), unknown);
    }

    @Test
    void theBoardListsMilestonesApartWithTheirLastResult() throws Exception {
        ProgressLog log = new ProgressLog(Files.createTempDirectory("progress").resolve("progress.tsv"));
        Grader<?> milestone = CURRICULUM.get(0).graders().get(1);
        String never = new Scoreboard(CURRICULUM, Set.of("ps9"), log.read()).render();
        assertTrue(never.contains(" Milestones: long runs"), never);
        assertTrue(never.matches("(?s).*   ·   train .* 0/20  never run\n.*"), never);
        log.record(new Verdict(milestone.exercise(), Verdict.Status.TIMED_OUT, "reaches 98%", "", 0, 1));
        String last = new Scoreboard(CURRICULUM, Set.of("ps9"), log.read()).render();
        assertTrue(last.matches("(?s).*   ·   train .* 0/20  \\(timed out 1/1\\)\n.*"), last);
        assertFalse(last.contains("next: test train"), last);
    }

    private static List<String> names(Selection selection) {
        return selection.apply(CURRICULUM).stream().flatMap(set -> set.graders().stream())
                .map(g -> g.exercise().name()).toList();
    }
}
