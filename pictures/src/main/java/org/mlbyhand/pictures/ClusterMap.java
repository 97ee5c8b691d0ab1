package org.mlbyhand.pictures;

import java.awt.BasicStroke;
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
 * A clustering of two-feature points drawn over the plane: each pixel shaded by the colour of its
 * nearest centre (the Voronoi cells k-means' assignment step draws), each point coloured by its
 * nearest centre, the centres found as black crosses, and the true centres, when known, as rings.
 */
final class ClusterMap {
    /** The picture's size in pixels. */
    static final int WIDTH = 640;
    static final int HEIGHT = 520;
    private static final int TOP = 66;
    private static final Color[] PALETTE = {new Color(66, 133, 244), new Color(244, 140, 40),
        new Color(52, 168, 83), new Color(219, 68, 55), new Color(155, 89, 182), new Color(0, 172, 193),
        new Color(124, 92, 70), new Color(233, 30, 99)};

    private ClusterMap() {
    }

    /**
     * Writes the picture of the points X (n×2) around {@code centres} (k×2), with {@code truth} (the
     * generating centres, k′×2, or null), under a title and up to two lines of {@code notes}.
     */
    static void write(Path file, String title, List<String> notes, Matrix X, Matrix centres, Matrix truth)
            throws IOException {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < X.rows(); i++) {
            for (int d = 0; d < 2; d++) {
                lo[d] = Math.min(lo[d], X.get(i, d));
                hi[d] = Math.max(hi[d], X.get(i, d));
            }
        }
        for (int d = 0; d < 2; d++) {
            double pad = 0.08 * (hi[d] - lo[d]);
            lo[d] -= pad;
            hi[d] += pad;
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int plot = HEIGHT - TOP;
        for (int r = 0; r < plot; r++) {
            for (int c = 0; c < WIDTH; c++) {
                int k = nearest(centres, lo[0] + (c + 0.5) / WIDTH * (hi[0] - lo[0]), hi[1] - (r + 0.5) / plot * (hi[1] - lo[1]));
                image.setRGB(c, TOP + r, faded(colour(k)).getRGB());
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int i = 0; i < X.rows(); i++) {
            int[] at = pixel(X.get(i, 0), X.get(i, 1), lo, hi, plot);
            g.setColor(colour(nearest(centres, X.get(i, 0), X.get(i, 1))).darker());
            g.fillOval(at[0] - 3, at[1] - 3, 6, 6);
        }
        if (truth != null) {
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(2f));
            for (int t = 0; t < truth.rows(); t++) {
                int[] at = pixel(truth.get(t, 0), truth.get(t, 1), lo, hi, plot);
                g.drawOval(at[0] - 11, at[1] - 11, 22, 22);
            }
        }
        for (int k = 0; k < centres.rows(); k++) {
            int[] at = pixel(centres.get(k, 0), centres.get(k, 1), lo, hi, plot);
            cross(g, at, Color.WHITE, 5f);
            cross(g, at, Color.BLACK, 2.5f);
        }
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, TOP);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 10, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int k = 0; k < Math.min(2, notes.size()); k++) {
            g.drawString(notes.get(k), 10, 40 + 16 * k);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static int nearest(Matrix centres, double x1, double x2) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < centres.rows(); k++) {
            double d1 = x1 - centres.get(k, 0);
            double d2 = x2 - centres.get(k, 1);
            double distance = d1 * d1 + d2 * d2;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        return best;
    }

    private static int[] pixel(double x1, double x2, double[] lo, double[] hi, int plot) {
        return new int[] {(int) ((x1 - lo[0]) / (hi[0] - lo[0]) * WIDTH), TOP + (int) ((hi[1] - x2) / (hi[1] - lo[1]) * plot)};
    }

    private static void cross(Graphics2D g, int[] at, Color colour, float width) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width));
        g.drawLine(at[0] - 8, at[1] - 8, at[0] + 8, at[1] + 8);
        g.drawLine(at[0] - 8, at[1] + 8, at[0] + 8, at[1] - 8);
    }

    private static Color colour(int k) {
        return PALETTE[k % PALETTE.length];
    }

    private static Color faded(Color c) {
        double fade = 0.3;
        return new Color((int) (255 - fade * (255 - c.getRed())), (int) (255 - fade * (255 - c.getGreen())),
                (int) (255 - fade * (255 - c.getBlue())));
    }
}
