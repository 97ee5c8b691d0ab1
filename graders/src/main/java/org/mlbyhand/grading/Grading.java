package org.mlbyhand.grading;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Falsified;
import org.mlbyhand.core.property.Property;

/**
 * Grades one implementation of an exercise, in this JVM: runs the grader's checks in order, each on
 * its seeded inputs, and stops at the first failure, shrunk and explained. Learner code is graded
 * through {@link org.mlbyhand.grading.sandbox.Sandbox}, which runs this in a child JVM it can stop.
 */
public final class Grading {
    private Grading() {
    }

    /**
     * Returns the verdict on {@code target}.
     *
     * @param onCheck told the name of each check as it starts (the sandbox uses it to attribute timeouts)
     */
    public static <F> Verdict grade(Grader<F> grader, F target, Consumer<String> onCheck) {
        Checks declared = new Checks();
        grader.declare(declared);
        List<Check> checks = declared.all();
        Exercise exercise = grader.exercise();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            onCheck.accept(check.name());
            Attempt<F> attempt = new Attempt<>(grader, target, check);
            Optional<Falsified<Case>> found;
            try {
                found = Property.search(check.inputs(), check.seed(exercise), check.trials(), c -> {
                    try {
                        attempt.run(c);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        throw new GraderError("the grader's check threw " + e, e);
                    }
                });
            } catch (RuntimeException | Error e) {
                // Thrown outside any call of learner code: by the grader's generator, shrinker or constraints.
                return new Verdict(exercise, Verdict.Status.GRADER_ERROR, check.name(),
                        "internal grader error in check '" + check.name() + "', not your fault: " + e, i,
                        checks.size());
            }
            if (attempt.notStarted()) {
                return new Verdict(exercise, Verdict.Status.NOT_STARTED, check.name(), "", i, checks.size());
            }
            if (found.isPresent()) {
                return FailureReport.verdict(grader, target, check, found.get(), i, checks.size());
            }
        }
        return new Verdict(exercise, Verdict.Status.SOLVED, "", "", checks.size(), checks.size());
    }

    /** Grades {@code target} without reporting progress. */
    public static <F> Verdict grade(Grader<F> grader, F target) {
        return grade(grader, target, name -> { });
    }
}
