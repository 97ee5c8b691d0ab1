package org.mlbyhand.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every picture is written, at its size, from whatever state the exercises are in. */
class PicturesTest {

    @Test
    void everyPictureIsWrittenWithItsSize() throws Exception {
        Path out = Files.createTempDirectory("pictures");
        List<Path> written = Pictures.draw(Path.of(".."), out);
        List<String> names = List.of(LogisticOnMoons.FILE, GradientDescentLoss.FILE, TreeOnMoons.FILE, TreeLearningCurves.FILE,
                EigenfacesFromPca.FILE, EigenfacesFromPca.CORE_FILE, KMeansOnBlobs.FILE, SvmOnMoons.FILE);
        assertEquals(names.stream().map(out::resolve).toList(), written);
        int[][] sizes = {
            {DecisionBoundary.WIDTH, DecisionBoundary.HEIGHT}, {LossCurve.WIDTH, LossCurve.HEIGHT},
            {DecisionBoundary.WIDTH, DecisionBoundary.HEIGHT}, {ScoreCurves.WIDTH, ScoreCurves.HEIGHT},
            {Eigenfaces.WIDTH, Eigenfaces.HEIGHT},
            {Eigenfaces.WIDTH, Eigenfaces.HEIGHT}, {ClusterMap.WIDTH, ClusterMap.HEIGHT},
            {DecisionBoundary.WIDTH, DecisionBoundary.HEIGHT}};
        for (int k = 0; k < names.size(); k++) {
            BufferedImage image = ImageIO.read(written.get(k).toFile());
            assertEquals(sizes[k][0], image.getWidth(), names.get(k));
            assertEquals(sizes[k][1], image.getHeight(), names.get(k));
        }
    }
}
