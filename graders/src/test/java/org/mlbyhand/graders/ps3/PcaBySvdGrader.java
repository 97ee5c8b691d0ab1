package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.decomposition.PcaModel;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code PcaBySvd}: the first q principal components from the SVD of the centred data, against
 * core's {@link Pca} with its default {@link Pca.Solver#FULL} (SVD) solver, up to the sign of each
 * column, to {@link Tolerance#CLOSED_FORM}. The checks are {@code pca-eigh}'s, word for word: the two
 * ways must give the same axes, and the invariant that each column is an eigenvector of the covariance
 * is that agreement made explicit.
 */
public final class PcaBySvdGrader extends Grader<PcaByEigenGrader.Components> {

    @Override
    public Exercise exercise() {
        return exercise(100, "pca-svd", "PCA by the SVD", 15);
    }

    @Override
    public PcaByEigenGrader.Components reference() {
        return (X, q) -> new Pca(q).fit(X).components().transpose();
    }

    @Override
    public List<Bug<PcaByEigenGrader.Components>> bugs() {
        return PcaBySvdBugs.ALL;
    }

    @Override
    public List<Alternative<PcaByEigenGrader.Components>> alternatives() {
        return PcaBySvdAlternatives.ALL;
    }

    /** PCA is the exercise, by the SVD: Svd is allowed, the eigendecomposition way is not. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Pca.class), Forbidden.type(PcaModel.class), Forbidden.type(SymmetricEigen.class));
    }

    @Override
    public Object call(PcaByEigenGrader.Components pca, Case c) {
        return pca.components(c.matrix("X"), c.integer("q"));
    }

    @Override
    public String output() {
        return "V";
    }

    @Override
    public void declare(Checks checks) {
        PcaByEigenGrader.declareFor(checks);
    }
}
