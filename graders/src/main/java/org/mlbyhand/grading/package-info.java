/**
 * The grading engine: what a grader declares ({@link org.mlbyhand.grading.Grader},
 * {@link org.mlbyhand.grading.Checks}, {@link org.mlbyhand.grading.Bug}), how a grade is reached
 * ({@link org.mlbyhand.grading.Grading}: seeded inputs, shrinking, guarded calls,
 * {@link org.mlbyhand.grading.Comparison} within a named {@link org.mlbyhand.grading.Tolerance}),
 * what a learner reads (the failure report with its hint, the {@link org.mlbyhand.grading.Scoreboard}),
 * and the sandbox that runs learner code in a JVM it can stop. It knows no exercise: the graders
 * themselves live in the test sources, one package per problem set.
 */
package org.mlbyhand.grading;
