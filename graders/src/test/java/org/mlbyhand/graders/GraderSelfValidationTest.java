package org.mlbyhand.graders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.lang.reflect.Modifier;
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
import org.mlbyhand.grading.learner.ForbiddenUse;
import org.mlbyhand.grading.learner.LearnerCompiler;
import org.mlbyhand.grading.sandbox.LearnerBinding;
import org.mlbyhand.grading.sandbox.Sandbox;
import org.mlbyhand.grading.sandbox.Target;

/**
 * Grades the graders, for every exercise of the course: the reference passes; every correct
 * alternative passes; the shipped stub compiles, uses nothing forbidden, and is reported as not
 * started under its own name, through the same compile-check-sandbox path as a learner's code; at
 * least three classic bugs are each rejected and recognised (the report a learner with that bug would
 * read shows that bug's own hint); the grader names what its exercise forbids.
 */
class GraderSelfValidationTest {
    private static final int MIN_BUGS = 3;
    /** Correct solutions written differently from the reference, each of which must be solved. */
    private static final int MIN_ALTERNATIVES = 2;
    /** Surefire runs in the module folder; stub paths are relative to the repository root above it. */
    private static final Path REPOSITORY = Path.of("..");
    private static final String EXERCISES = "exercises/src/main/java/org/mlbyhand/exercises";

    /** Validates every grader, or only the one {@code -Dexercise=NAME} names. */
    @TestFactory
    Stream<DynamicNode> everyGraderAcceptsTheReferenceAndRejectsTheStubAndEveryBug() {
        String only = System.getProperty("exercise", "").trim();
        return graders().filter(g -> only.isEmpty() || g.exercise().name().equals(only))
                .map(g -> dynamicContainer(g.exercise().name(), validations(g)));
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
    void exercisesOfAProblemSetHaveDistinctPlaces() {
        for (ProblemSet set : Course.PROBLEM_SETS) {
            Set<Integer> orders = new HashSet<>();
            for (Grader<?> g : set.graders()) {
                assertTrue(orders.add(g.exercise().order()), set.id() + ": two exercises at place " + g.exercise().order());
            }
        }
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
            assertEquals(List.of(), ungraded, "exercise files without a grader (NameGrader in graders' psN package)");
        }
    }

    private static <F> Stream<DynamicNode> validations(Grader<F> g) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("the reference passes", () -> {
            Verdict v = Grading.grade(g, g.reference());
            assertEquals(Verdict.Status.SOLVED, v.status(), v.report());
        }));
        tests.add(dynamicTest("the function type is a public interface the stub's method can be bound to", () -> {
            Class<?> type = LearnerBinding.functionType(g.getClass());
            assertTrue(Modifier.isPublic(type.getModifiers()), type + " must be public");
        }));
        tests.add(dynamicTest("the shipped stub compiles, uses nothing forbidden, and is not started under its own name",
                () -> shippedStub(g)));
        tests.add(dynamicTest("names what its exercise forbids", () -> assertFalse(g.forbidden().isEmpty(),
                "forbidden() must name at least the reference's class or method")));
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

    private static void shippedStub(Grader<?> g) throws IOException {
        Exercise ex = g.exercise();
        LearnerCompiler.Compilation compiled = new LearnerCompiler(REPOSITORY,
                Path.of("target", "self-validation-classes")).compile(ex);
        assertTrue(compiled.compiled(), compiled.errors());
        assertNull(ForbiddenUse.check(compiled.classes(), ex.stubClass(), g.forbidden()));
        Verdict v = Sandbox.grade(g, Target.LEARNER, List.of(compiled.classes()));
        assertEquals(Verdict.Status.NOT_STARTED, v.status(), v.report());
        assertTrue(v.report().startsWith(ex.problemSet() + " " + ex.name() + ":"),
                "the stub must throw new NotImplementedYet(\"" + ex.problemSet() + " " + ex.name() + "\"), not: "
                        + v.report());
    }

    private static Stream<Grader<?>> graders() {
        return Course.PROBLEM_SETS.stream().map(ProblemSet::graders).flatMap(List::stream);
    }
}
