/**
 * The graders of problem set 4, support vector machines: one {@code NameGrader} per exercise, its
 * classic bugs ({@code NameBugs}) and correct alternatives ({@code NameAlternatives}) beside it, and the
 * helpers several of them share ({@link org.mlbyhand.graders.ps4.KernelCases},
 * {@link org.mlbyhand.graders.ps4.DualCases}, {@link org.mlbyhand.graders.ps4.SvmInputs}).
 */
@Title("Support vector machines")
package org.mlbyhand.graders.ps4;

import org.mlbyhand.grading.Title;
