package org.mlbyhand.pictures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The eigenfaces picture: the mean face, the first 16 principal components shown as faces (grey is 0,
 * light and dark are the two signs), and a few faces rebuilt from their first 5, 20 and 50 components
 * beside the original,
 * <pre>{@code
 *   x̂ₖ = μ + Σⱼ₍ⱼ<ₖ₎ ((x − μ)·vⱼ) vⱼ          vⱼ: the j-th component, orthonormal
 * }</pre>
 * so the learner sees what a principal component of faces looks like and how few it takes to
 * recognise a face.
 */
final class Eigenfaces {
    /** The pixels of one face's side, and the size each is drawn at. */
    private static final int SIDE = 25;
    private static final int SCALE = 3;
    private static final int CELL = SIDE * SCALE + 6;
    private static final int TOP = 48;
    /** The picture's size in pixels. */
    static final int WIDTH = 9 * CELL + 10;
    static final int HEIGHT = TOP + 2 * CELL + 30 + 4 * CELL + 30;
    private static final int[] RANKS = {5, 20, 50};

    private Eigenfaces() {
    }

    /**
     * Writes the picture for faces X (n×625, rows are 25×25 images in [0, 1]), their mean μ and at
     * least 50 orthonormal components V (k×625, rows), under {@code title} and {@code note}.
     */
    static void write(Path file, String title, String note, Matrix X, double[] mean, Matrix V) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 8, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(note, 8, 38);
        face(image, 5, TOP, mean, false);
        label(g, "mean face", 5, TOP + CELL + 10);
        for (int j = 0; j < 16; j++) {
            int x = 5 + (1 + j % 8) * CELL;
            int y = TOP + (j / 8) * CELL;
            face(image, x, y, V.row(j), true);
        }
        label(g, "the first 16 components (eigenfaces), in order of explained variance", 5 + CELL, TOP + 2 * CELL + 10);
        int top = TOP + 2 * CELL + 30;
        g.setColor(Color.BLACK);
        List<String> heads = List.of("original", "5 components", "20 components", "50 components");
        for (int c = 0; c < heads.size(); c++) {
            label(g, heads.get(c), 5 + c * 2 * CELL, top + 10);
        }
        int[] who = {0, 17, 42, 77};
        for (int r = 0; r < who.length; r++) {
            double[] x = X.row(who[r]);
            int y = top + 16 + r * CELL;
            face(image, 5, y, x, false);
            for (int c = 0; c < RANKS.length; c++) {
                face(image, 5 + (c + 1) * 2 * CELL, y, reconstruct(x, mean, V, RANKS[c]), false);
            }
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** μ + Σⱼ<ₖ ((x − μ)·vⱼ) vⱼ. */
    static double[] reconstruct(double[] x, double[] mean, Matrix V, int k) {
        double[] out = mean.clone();
        for (int j = 0; j < k; j++) {
            double score = 0;
            for (int p = 0; p < x.length; p++) {
                score += (x[p] - mean[p]) * V.get(j, p);
            }
            for (int p = 0; p < x.length; p++) {
                out[p] += score * V.get(j, p);
            }
        }
        return out;
    }

    /** Draws a 25×25 image at (x, y): pixel values in [0, 1], or, for a component, signed around grey. */
    private static void face(BufferedImage image, int x, int y, double[] pixels, boolean signed) {
        double scale = 0;
        for (double v : pixels) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double v = pixels[r * SIDE + c];
                double t = signed ? 0.5 + 0.5 * v / (scale == 0 ? 1 : scale) : Math.max(0, Math.min(1, v));
                int grey = (int) Math.round(255 * t);
                int rgb = new Color(grey, grey, grey).getRGB();
                for (int dy = 0; dy < SCALE; dy++) {
                    for (int dx = 0; dx < SCALE; dx++) {
                        image.setRGB(x + c * SCALE + dx, y + r * SCALE + dy, rgb);
                    }
                }
            }
        }
    }

    private static void label(Graphics2D g, String text, int x, int y) {
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(text, x, y);
    }
}
