/**
 * The graders of problem set 2, trees and ensembles: one {@code NameGrader} per exercise, its classic
 * bugs ({@code NameBugs}) and correct alternatives ({@code NameAlternatives}) beside it, and the helpers
 * several of them share: the input checks as core makes them ({@code NodeInputs}), every allowed split
 * of a node scored exactly ({@code SplitCandidates}), random trees in scikit-learn's layout with a
 * shrinker that prunes ({@code TreeCases}) and their prediction ({@code TreeWalk}), the impurity
 * graders' common cases ({@code LabelImpurityChecks}), the rules of a grown tree checked node by node
 * and training sets without tied splits ({@code TreeRules}), forests' stacked probabilities clear of
 * ties ({@code VoteCases}), and the boosting rounds' checks and cases ({@code BoostingRounds}).
 */
@Title("Trees and ensembles")
package org.mlbyhand.graders.ps2;

import org.mlbyhand.grading.Title;
