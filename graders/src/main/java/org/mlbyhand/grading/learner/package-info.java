/**
 * What the engine does with the learner's code before and after running it: compiles each stub on
 * its own, so one that does not compile is that exercise's report and every other exercise is still
 * graded ({@link org.mlbyhand.grading.learner.LearnerCompiler}); refuses code that calls what the
 * exercise asks the learner to write, or reflects into the engine
 * ({@link org.mlbyhand.grading.learner.ForbiddenUse}, reading the compiled classes' constant pools);
 * and notices code that changes the grading files ({@link org.mlbyhand.grading.learner.GradingFiles}).
 */
package org.mlbyhand.grading.learner;
