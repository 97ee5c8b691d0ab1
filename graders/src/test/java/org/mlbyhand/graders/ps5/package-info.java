/**
 * The graders of problem set 5, automatic differentiation: one {@code NameGrader} per exercise, its
 * classic bugs ({@code NameBugs}) and correct alternatives ({@code NameAlternatives}) beside it, and the
 * helpers several of them share. Each local rule is graded alone, then plugged into core's engine
 * through {@link org.mlbyhand.core.autograd.Rules}, so an end-to-end check exercises one learner piece
 * at a time.
 */
@Title("Automatic differentiation")
package org.mlbyhand.graders.ps5;

import org.mlbyhand.grading.Title;
