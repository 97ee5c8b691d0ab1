package org.mlbyhand.graders;

import java.util.List;
import org.mlbyhand.graders.ps0.BackSubstitutionGrader;
import org.mlbyhand.graders.ps0.CholeskyGrader;
import org.mlbyhand.graders.ps0.ForwardSubstitutionGrader;
import org.mlbyhand.graders.ps0.LeastSquaresQrGrader;
import org.mlbyhand.graders.ps0.MatrixMultiplyGrader;
import org.mlbyhand.graders.ps0.MatrixVectorProductGrader;
import org.mlbyhand.graders.ps0.TransposeGrader;
import org.mlbyhand.graders.ps1.AreaUnderRocGrader;
import org.mlbyhand.graders.ps1.BinaryCrossEntropyGrader;
import org.mlbyhand.graders.ps1.BinaryCrossEntropyGradientGrader;
import org.mlbyhand.graders.ps1.LassoPathGrader;
import org.mlbyhand.graders.ps1.LassoSweepGrader;
import org.mlbyhand.graders.ps1.LinearRegressionGradientDescentGrader;
import org.mlbyhand.graders.ps1.LogisticRegressionGradientDescentGrader;
import org.mlbyhand.graders.ps1.MeanSquaredErrorGrader;
import org.mlbyhand.graders.ps1.MeanSquaredErrorGradientGrader;
import org.mlbyhand.graders.ps1.OrdinaryLeastSquaresGrader;
import org.mlbyhand.graders.ps1.PrecisionRecallF1Grader;
import org.mlbyhand.graders.ps1.RidgeClosedFormGrader;
import org.mlbyhand.graders.ps1.SigmoidGrader;
import org.mlbyhand.graders.ps1.SoftThresholdGrader;
import org.mlbyhand.graders.ps1.SoftmaxCrossEntropyGrader;
import org.mlbyhand.grading.ProblemSet;

/** Every problem set and its graders, in the order a learner meets them: the scoreboard's table of contents. */
public final class Curriculum {
    private Curriculum() {
    }

    /** The problem sets, in teaching order. */
    public static final List<ProblemSet> PROBLEM_SETS = List.of(
            new ProblemSet("ps0", "Matrix numerics", List.of(
                    new MatrixMultiplyGrader(),
                    new TransposeGrader(),
                    new MatrixVectorProductGrader(),
                    new ForwardSubstitutionGrader(),
                    new BackSubstitutionGrader(),
                    new CholeskyGrader(),
                    new LeastSquaresQrGrader())),
            new ProblemSet("ps1", "Linear models", List.of(
                    new MeanSquaredErrorGrader(),
                    new MeanSquaredErrorGradientGrader(),
                    new LinearRegressionGradientDescentGrader(),
                    new OrdinaryLeastSquaresGrader(),
                    new RidgeClosedFormGrader(),
                    new SoftThresholdGrader(),
                    new LassoSweepGrader(),
                    new LassoPathGrader(),
                    new SigmoidGrader(),
                    new BinaryCrossEntropyGrader(),
                    new BinaryCrossEntropyGradientGrader(),
                    new SoftmaxCrossEntropyGrader(),
                    new LogisticRegressionGradientDescentGrader(),
                    new PrecisionRecallF1Grader(),
                    new AreaUnderRocGrader())));
}
