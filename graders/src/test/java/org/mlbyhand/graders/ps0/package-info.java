/**
 * The graders of problem set 0, matrix numerics: one {@code NameGrader} per exercise, its classic
 * bugs ({@code NameBugs}) and correct alternatives ({@code NameAlternatives}) beside it.
 */
@Title("Matrix numerics")
package org.mlbyhand.graders.ps0;

import org.mlbyhand.grading.Title;
