package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws pictures of the learner's own models under {@code target/pictures/} (or the folder given):
 * <ul>
 *   <li>{@code ps1-logistic-moons.png}: logistic regression by gradient descent on the moons ({@link LogisticOnMoons});</li>
 *   <li>{@code ps1-gd-loss.png}: gradient descent's loss above the optimum, step by step ({@link GradientDescentLoss});</li>
 *   <li>{@code ps2-tree-moons.png}: a grown tree's boxes on the moons ({@link TreeOnMoons});</li>
 *   <li>{@code ps2-learning-curves.png}: training and validation accuracy of a shallow and a deep tree as
 *       the rows grow, the bias–variance picture ({@link TreeLearningCurves});</li>
 *   <li>{@code ps3-eigenfaces.png} and {@code ps3-eigenfaces-core.png}: eigenfaces of LFW faces by
 *       the learner's PCA and by core's ({@link EigenfacesFromPca});</li>
 *   <li>{@code ps3-kmeans-blobs.png}: k-means' centres and cells on Gaussian blobs ({@link KMeansOnBlobs});</li>
 *   <li>{@code ps4-svm-moons.png}: an RBF SVM's boundary, margins and support vectors ({@link SvmOnMoons}).</li>
 * </ul>
 * Where an exercise is not solved yet, core's piece is used and the picture says so. Run it with
 * {@code ./draw} from the repository root.
 */
public final class Pictures {
    private Pictures() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = args.length > 1 ? Path.of(args[1]) : repository.resolve("target/pictures");
        for (Path written : draw(repository, out)) {
            System.out.println("wrote " + written);
        }
    }

    /** Draws every picture into {@code out} and returns the files written. */
    static List<Path> draw(Path repository, Path out) throws IOException {
        Files.createDirectories(out);
        LearnerCode learner = LearnerCode.in(repository);
        List<Path> written = new ArrayList<>();
        written.add(LogisticOnMoons.draw(learner, out));
        written.add(GradientDescentLoss.draw(learner, out));
        written.add(TreeOnMoons.draw(learner, out));
        written.add(TreeLearningCurves.draw(learner, out));
        written.addAll(EigenfacesFromPca.draw(learner, out));
        written.add(KMeansOnBlobs.draw(learner, out));
        written.add(SvmOnMoons.draw(learner, out));
        return written;
    }
}
