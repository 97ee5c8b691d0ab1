package org.mlbyhand.graders;

import java.util.List;
import org.mlbyhand.grading.Curriculum;
import org.mlbyhand.grading.ProblemSet;

/** The course: every problem set under {@code org.mlbyhand.graders}, discovered (see {@link Curriculum}). */
final class Course {
    /** The problem sets, in teaching order. */
    static final List<ProblemSet> PROBLEM_SETS = Curriculum.discover("org.mlbyhand.graders");

    private Course() {
    }
}
