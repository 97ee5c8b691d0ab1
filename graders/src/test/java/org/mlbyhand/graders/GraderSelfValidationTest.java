package org.mlbyhand.graders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Grading;
import org.mlbyhand.grading.ProblemSet;
import org.mlbyhand.grading.Scoreboard;
import org.mlbyhand.grading.Verdict;

/**
 * Grades the graders, for every exercise in the curriculum: the reference passes; the shipped stub is
 * reported as not started (not as a crash); at least three classic bugs are each rejected, and each is
 * recognised: the report a learner with that bug would read shows that bug's own hint.
 */
class GraderSelfValidationTest {
    private static final int MIN_BUGS = 3;
    /** Correct solutions written differently from the reference, each of which must be solved. */
    private static final int MIN_ALTERNATIVES = 0;
    /** Surefire runs in the module folder; stub paths are relative to the repository root above it. */
    private static final Path REPOSITORY = Path.of("..");
    private static final String EXERCISES = "exercises/src/main/java/org/mlbyhand/exercises";

    @TestFactory
    Stream<DynamicNode> everyGraderAcceptsTheReferenceAndRejectsTheStubAndEveryBug() {
        return graders().map(g -> dynamicContainer(g.exercise().name(), validations(g)));
    }

    @Test
    void exerciseNamesAreUniqueAndEveryStubFileExists() {
        Set<String> names = new HashSet<>();
        graders().forEach(g -> {
            assertTrue(names.add(g.exercise().name()), "duplicate exercise name " + g.exercise().name());
            assertTrue(Files.isRegularFile(REPOSITORY.resolve(g.exercise().stub())),
                    "stub file of " + g.exercise().name() + " not found: " + g.exercise().stub());
        });
    }

    @Test
    void namesAndTitlesFitTheScoreboardColumns() {
        graders().forEach(g -> {
            Exercise ex = g.exercise();
            assertTrue(ex.name().length() <= Scoreboard.NAME_WIDTH,
                    "name '" + ex.name() + "' is longer than " + Scoreboard.NAME_WIDTH + " characters");
            assertTrue(ex.title().length() <= Scoreboard.TITLE_WIDTH,
                    "title '" + ex.title() + "' is longer than " + Scoreboard.TITLE_WIDTH + " characters");
        });
    }

    @Test
    void everyExerciseFileHasAGrader() throws IOException {
        Set<String> graded = graders().map(g -> g.exercise().stub()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve(EXERCISES))) {
            List<String> ungraded = files.map(f -> REPOSITORY.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.matches(".*/ps\\d+/[A-Z]\\w*\\.java"))
                    .filter(f -> !graded.contains(f)).sorted().collect(Collectors.toList());
            assertEquals(List.of(), ungraded, "exercise files without a grader in Curriculum");
        }
    }

    private static <F> Stream<DynamicNode> validations(Grader<F> g) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("the reference passes", () -> {
            Verdict v = Grading.grade(g, g.reference());
            assertEquals(Verdict.Status.SOLVED, v.status(), v.report());
        }));
        tests.add(dynamicTest("the shipped stub is reported as not started", () -> {
            Verdict v = Grading.grade(g, g.learner());
            assertEquals(Verdict.Status.NOT_STARTED, v.status(), v.report());
        }));
        tests.add(dynamicTest("has at least " + MIN_BUGS + " classic bugs",
                () -> assertTrue(g.bugs().size() >= MIN_BUGS, g.bugs().size() + " bugs")));
        tests.add(dynamicTest("has at least " + MIN_ALTERNATIVES + " correct alternatives",
                () -> assertTrue(g.alternatives().size() >= MIN_ALTERNATIVES, g.alternatives().size() + " alternatives")));
        for (Alternative<F> alternative : g.alternatives()) {
            tests.add(dynamicTest("solves the correct alternative: " + alternative.name(), () -> {
                Verdict v = Grading.grade(g, alternative.implementation());
                assertEquals(Verdict.Status.SOLVED, v.status(),
                        "a correct alternative is not solved: " + alternative.name() + "\n" + v.report());
            }));
        }
        for (Bug<F> bug : g.bugs()) {
            tests.add(dynamicTest("rejects and recognises the bug: " + bug.name(), () -> {
                Verdict v = Grading.grade(g, bug.implementation());
                assertTrue(v.status() == Verdict.Status.FAILED || v.status() == Verdict.Status.CRASHED,
                        "a grader passed the bug '" + bug.name() + "': " + v.status() + "\n" + v.report());
                assertTrue(v.report().contains(bug.hint()),
                        "the report for bug '" + bug.name() + "' does not show its hint:\n" + v.report());
            }));
        }
        return tests.stream();
    }

    private static Stream<Grader<?>> graders() {
        return Curriculum.PROBLEM_SETS.stream().map(ProblemSet::graders).flatMap(List::stream);
    }
}
