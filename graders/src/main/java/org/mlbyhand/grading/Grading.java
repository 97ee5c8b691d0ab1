package org.mlbyhand.grading;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Falsified;
import org.mlbyhand.core.property.Property;

/**
 * Grades one implementation of an exercise: runs the grader's checks in order, each on its seeded
 * inputs within its time budget, and stops at the first failure, shrunk and explained. The verdict is
 * always reached here, in the grading process: the subject (the learner's code in the sandbox, or a
 * trusted implementation in this process) only returns {@link Outcome}s.
 */
public final class Grading {
    private Grading() {
    }

    /**
     * Returns the verdict on {@code subject}.
     *
     * @param onCheck told the name of each check as it starts
     */
    public static <F> Verdict grade(Grader<F> grader, Subject subject, Consumer<String> onCheck) {
        return grade(grader, subject, grader.budget(), onCheck);
    }

    /** Returns the verdict on {@code subject} under {@code budget} instead of the grader's own. */
    public static <F> Verdict grade(Grader<F> grader, Subject subject, Budget budget, Consumer<String> onCheck) {
        Checks declared = new Checks();
        grader.declare(declared);
        List<Check> checks = declared.all();
        Exercise exercise = grader.exercise();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            onCheck.accept(check.name());
            long deadline = System.nanoTime() + check.time(budget).toNanos();
            Attempt<F> attempt = new Attempt<>(grader, subject, check, deadline);
            Optional<Falsified<Case>> found;
            try {
                found = Property.search(check.inputs(), check.seed(exercise), check.trials(), attempt::run,
                        () -> !budget.shrink() || System.nanoTime() > deadline);
            } catch (NotStarted e) {
                return new Verdict(exercise, Verdict.Status.NOT_STARTED, check.name(), e.getMessage(), i, checks.size());
            } catch (CallStopped e) {
                return FailureReport.stopped(grader, check, e, attempt, budget, i, checks.size());
            } catch (RuntimeException | Error e) {
                // Thrown outside any call of learner code: by the grader's generator, shrinker or constraints.
                return new Verdict(exercise, Verdict.Status.GRADER_ERROR, check.name(),
                        "internal grader error in check '" + check.name() + "', not your fault: " + e, i,
                        checks.size());
            }
            if (found.isPresent()) {
                CheckFailure witness = PatternWitness.find(check, exercise, attempt, found.get());
                return FailureReport.verdict(grader, check, found.get(), attempt, witness, i, checks.size());
            }
        }
        return new Verdict(exercise, Verdict.Status.SOLVED, "", "", checks.size(), checks.size());
    }

    /** Grades {@code implementation} in this process (trusted code only: it cannot be stopped). */
    public static <F> Verdict grade(Grader<F> grader, F implementation) {
        return grade(grader, new LocalSubject<>(grader, implementation), name -> { });
    }
}
