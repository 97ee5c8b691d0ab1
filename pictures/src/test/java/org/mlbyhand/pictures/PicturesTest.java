package org.mlbyhand.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

    @Test
    void everyPictureIsWrittenWithItsSize() throws Exception {
        Path out = Files.createTempDirectory("pictures");
        List<Path> written = Pictures.draw(Path.of(".."), out);
        assertEquals(List.of(out.resolve("ps1-logistic-moons.png"), out.resolve("ps1-gd-loss.png"),
                out.resolve("ps2-tree-moons.png"), out.resolve("ps3-eigenfaces.png")), written);
        BufferedImage boundary = ImageIO.read(written.get(0).toFile());
        assertEquals(DecisionBoundary.WIDTH, boundary.getWidth());
        assertEquals(DecisionBoundary.HEIGHT, boundary.getHeight());
        BufferedImage loss = ImageIO.read(written.get(1).toFile());
        assertEquals(LossCurve.WIDTH, loss.getWidth());
        assertEquals(LossCurve.HEIGHT, loss.getHeight());
        BufferedImage tree = ImageIO.read(written.get(2).toFile());
        assertEquals(DecisionBoundary.WIDTH, tree.getWidth());
        assertEquals(DecisionBoundary.HEIGHT, tree.getHeight());
        BufferedImage faces = ImageIO.read(written.get(3).toFile());
        assertEquals(Eigenfaces.WIDTH, faces.getWidth());
        assertEquals(Eigenfaces.HEIGHT, faces.getHeight());
    }
}
