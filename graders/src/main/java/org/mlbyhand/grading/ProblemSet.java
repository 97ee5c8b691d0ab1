package org.mlbyhand.grading;

import java.util.List;

/**
 * A problem set: its short name ({@code "ps0"}), a title, and its graders in teaching order.
 *
 * @param id      short name, matched by {@code -Dps=0} or {@code -Dps=ps0}
 * @param title   what it teaches, {@code "Matrix numerics"}
 * @param graders one per exercise, in the order a learner should solve them
 */
public record ProblemSet(String id, String title, List<Grader<?>> graders) {
}
