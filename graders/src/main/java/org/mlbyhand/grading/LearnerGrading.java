package org.mlbyhand.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.grading.learner.ForbiddenUse;
import org.mlbyhand.grading.learner.GradingFiles;
import org.mlbyhand.grading.learner.LearnerCompiler;
import org.mlbyhand.grading.sandbox.Sandbox;

/**
 * Grades the learner's code for one exercise after another, in four steps: compile the stub on its own
 * (a file that does not compile is that exercise's report); refuse code that uses what the exercise
 * asks the learner to write; grade it in the sandbox; and check that the grading files are as they
 * were. Once grading files have changed, no later verdict can be trusted, so the remaining exercises
 * are not graded.
 */
final class LearnerGrading {
    private final Path repository;
    private final LearnerCompiler compiler;
    private GradingFiles files;
    private String tampered;

    LearnerGrading(Path repository) {
        this.repository = repository;
        this.compiler = new LearnerCompiler(repository, repository.resolve("graders/target/learner-classes"));
    }

    Verdict grade(Grader<?> grader) {
        return grade(grader, line -> { });
    }

    /** Grades the learner's code for {@code grader}, sending progress lines of a long check to {@code progress}. */
    Verdict grade(Grader<?> grader, java.util.function.Consumer<String> progress) {
        Exercise ex = grader.exercise();
        if (tampered != null) {
            return verdict(ex, Verdict.Status.REFUSED, "not graded",
                    "  not graded: the grading files changed while " + tampered + " ran, so no later verdict could"
                            + " be trusted.\n  Restore them (git status shows what changed) and grade again.");
        }
        try {
            if (files == null) {
                files = GradingFiles.of(repository);
            }
            LearnerCompiler.Compilation compiled = compiler.compile(ex);
            if (!compiled.compiled()) {
                return verdict(ex, Verdict.Status.COMPILE_ERROR, "compiles", compiled.errors().stripTrailing());
            }
            String refused = ForbiddenUse.check(compiled.classes(), ex.stubClass(), grader.forbidden());
            if (refused != null) {
                return verdict(ex, Verdict.Status.REFUSED, "writes it yourself", "  " + refused);
            }
            Verdict verdict = Sandbox.grade(grader, org.mlbyhand.grading.sandbox.Target.LEARNER, grader.budget(),
                    List.of(compiled.classes()), progress);
            List<String> changes = files.changesNow();
            if (!changes.isEmpty()) {
                tampered = ex.problemSet() + " " + ex.name();
                return verdict(ex, Verdict.Status.REFUSED, "leaves the grading files alone",
                        "  while your code ran, it changed files the grading depends on:\n    "
                                + String.join("\n    ", changes.subList(0, Math.min(10, changes.size())))
                                + (changes.size() > 10 ? "\n    … and " + (changes.size() - 10) + " more" : "")
                                + "\n  Exercises may only compute their result. Restore these files (git status shows"
                                + " them) and grade again.");
            }
            return verdict;
        } catch (IOException e) {
            return verdict(ex, Verdict.Status.GRADER_ERROR, "prepares your code",
                    "  internal grader error, not your fault: " + e);
        }
    }

    private static Verdict verdict(Exercise ex, Verdict.Status status, String check, String body) {
        String report = ex.problemSet().toUpperCase(Locale.ROOT) + " · " + ex.name() + " · " + check + "   "
                + status.label().toUpperCase(Locale.ROOT) + "\n" + body + "\n  file: " + ex.stub();
        return new Verdict(ex, status, check, report, 0, 0);
    }
}
