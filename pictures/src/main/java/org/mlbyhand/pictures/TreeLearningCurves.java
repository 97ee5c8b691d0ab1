package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.ensemble.ForestVote;
import org.mlbyhand.core.estimator.Predictor;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.estimator.SupervisedEstimator;
import org.mlbyhand.core.estimator.TargetType;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.selection.LearningCurve;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;

/**
 * {@code ps2-learning-curves.png}: the bias–variance picture of the learner's grown tree (ps2 grow-tree)
 * on 600 noisy moons, by core's {@link LearningCurve} (5 shuffled folds): a stump (depth 1) is too
 * simple (training and validation accuracy meet low, and more rows do not help: bias), a depth-12 tree
 * memorises its rows (training accuracy near 1, far above validation: variance, a gap that narrows as
 * the rows grow), and a depth-4 tree sits between them.
 */
final class TreeLearningCurves {
    static final String FILE = "ps2-learning-curves.png";
    private static final int[] DEPTHS = {1, 4, 12};
    private static final int[] SIZES = {20, 60, 120, 180, 240, 300, 360, 420, 480};

    private TreeLearningCurves() {
    }

    static Path draw(LearnerCode learner, Path out) throws IOException {
        Path file = out.resolve(FILE);
        Dataset moons = Moons.sample(600, 0.3, 11);
        Matrix X = moons.features();                                   // (600, 2)
        int[] y = moons.labels();
        var folds = KFold.shuffled(X.rows(), 5, 11);
        Scorer<Predictor<? extends int[]>, int[]> accuracy = Scorer.predict(ClassificationMetrics::accuracyScore);
        List<ScoreCurves.Curves> yours = new ArrayList<>();
        List<ScoreCurves.Curves> core = new ArrayList<>();
        boolean mine = true;
        for (int depth : DEPTHS) {
            LearnerTree tree = new LearnerTree(learner, depth);
            LearningCurve curve = LearningCurve.learningCurve(tree, X, y, SIZES, folds, accuracy);
            mine &= !tree.fellBack;
            yours.add(new ScoreCurves.Curves("depth " + depth, curve.meanTrainScores(), curve.meanTestScores()));
            LearningCurve coreCurve = LearningCurve.learningCurve(new DecisionTreeClassifier().withMaxDepth(depth),
                    X, y, SIZES, folds, accuracy);
            core.add(new ScoreCurves.Curves("depth " + depth, coreCurve.meanTrainScores(), coreCurve.meanTestScores()));
        }
        double[] sizes = new double[SIZES.length];
        for (int t = 0; t < SIZES.length; t++) {
            sizes[t] = SIZES[t];
        }
        ScoreCurves.write(file, mine ? "Your trees (ps2 grow-tree), 600 noisy moons, 5 folds"
                        : "Core's trees (your ps2 grow-tree is not solved yet)",
                "accuracy (dashed: training rows, solid: validation)", sizes, mine ? yours : core);
        return file;
    }

    /** The learner's grow-tree as an estimator (minSamplesSplit 2, minSamplesLeaf 1), or core's where it fails. */
    private static final class LearnerTree implements SupervisedEstimator<int[], Predictor<int[]>> {
        private final LearnerCode learner;
        private final int depth;
        boolean fellBack;

        LearnerTree(LearnerCode learner, int depth) {
            this.learner = learner;
            this.depth = depth;
        }

        @Override
        public Predictor<int[]> fit(Matrix X, int[] y) {
            Optional<TreeArrays> yours = learner.call("ps2.GrowTree", "grow", TreeArrays.class,
                    new Class<?>[] {Matrix.class, int[].class, int.class, int.class, int.class}, X, y, depth, 2, 1);
            fellBack |= yours.isEmpty();
            TreeArrays tree = yours.orElseGet(() -> new DecisionTreeClassifier().withMaxDepth(depth).fit(X, y).tree().arrays());
            return new Predictor<>() {
                @Override
                public int[] predict(Matrix rows) {
                    return ForestVote.argmax(tree.value().selectRows(tree.apply(rows)));   // each leaf's largest class
                }

                @Override
                public int numFeatures() {
                    return X.cols();
                }
            };
        }

        @Override
        public TargetType<int[]> targetType() {
            return TargetType.LABELS;
        }
    }
}
