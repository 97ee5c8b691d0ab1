/**
 * The graders of problem set 1, linear models: one {@code NameGrader} per exercise, its classic bugs
 * ({@code NameBugs}) and correct alternatives ({@code NameAlternatives}) beside it, and the helpers
 * several of them share.
 */
@Title("Linear models")
package org.mlbyhand.graders.ps1;

import org.mlbyhand.grading.Title;
