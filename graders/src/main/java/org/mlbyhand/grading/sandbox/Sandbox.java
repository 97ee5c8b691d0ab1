package org.mlbyhand.grading.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mlbyhand.grading.Budget;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Grading;
import org.mlbyhand.grading.Verdict;

/**
 * Grades an implementation that runs in a sandbox process ({@link SandboxSubject}): the learner's
 * code, or (in the maintainers' tests) the reference or a bug run the way learner code is. A
 * learner's {@code while (true)} cannot be interrupted inside the JVM that runs it (Thread.stop is gone
 * since JDK 20), so it runs in a process of its own that is killed when a check overruns its budget;
 * the verdict is reached in this process, which the learner's code cannot reach.
 */
public final class Sandbox {
    private Sandbox() {
    }

    /** Grades {@code target} ("learner", "reference", "bug:NAME", "alternative:NAME") under the grader's budget. */
    public static Verdict grade(Grader<?> grader, String target, List<Path> classpathFirst) {
        return grade(grader, target, grader.budget(), classpathFirst, line -> { });
    }

    /** Grades {@code target} under {@code budget}. */
    public static Verdict grade(Grader<?> grader, String target, Budget budget, List<Path> classpathFirst) {
        return grade(grader, target, budget, classpathFirst, line -> { });
    }

    /** Grades {@code target} under {@code budget}, sending the progress lines of long checks to {@code progress}. */
    public static Verdict grade(Grader<?> grader, String target, Budget budget, List<Path> classpathFirst,
                                Consumer<String> progress) {
        try (SandboxSubject subject = SandboxSubject.start(grader, target, budget, classpathFirst)) {
            subject.onProgress(progress);
            return Grading.grade(grader, subject, budget, name -> { });
        } catch (SandboxSubject.SetupFailure e) {
            Exercise ex = grader.exercise();
            String check = "loads your code";
            return new Verdict(ex, Verdict.Status.FAILED, check,
                    ex.problemSet().toUpperCase(Locale.ROOT) + " · " + ex.name() + " · " + check + "   FAILED\n"
                            + "  " + e.getMessage() + "\n  file: " + ex.stub(), 0, 0);
        }
    }
}
