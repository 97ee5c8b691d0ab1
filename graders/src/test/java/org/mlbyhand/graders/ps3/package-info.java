/**
 * The graders of problem set 3, unsupervised learning: one {@code NameGrader} per exercise, its classic
 * bugs ({@code NameBugs}) and correct alternatives ({@code NameAlternatives}) beside it, and the helpers
 * several of them share. Answers that are defined only up to a symmetry are compared up to it: principal
 * components up to the sign of each column. Cluster labels are compared exactly wherever the exercise
 * fixes their names (given centres, core's tie rules), and up to a renaming only where it does not.
 */
@Title("Unsupervised learning")
package org.mlbyhand.graders.ps3;

import org.mlbyhand.grading.Title;
