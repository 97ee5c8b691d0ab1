package org.mlbyhand.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleBinaryOperator;
import javax.imageio.ImageIO;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A two-feature classifier drawn over its data: the background shaded by P(y = 1 | x) (blue for 0,
 * orange for 1), the decision boundary P = ½ as a line, the training points as dots, and a title. For
 * a margin classifier ({@link #writeMargins}), the background is shaded by σ(2f(x)) for its decision
 * function f, the boundary is f = 0, the margins f = ±1 are dashed, and the support vectors are ringed.
 */
final class DecisionBoundary {
    /** The picture's size in pixels. */
    static final int WIDTH = 640;
    static final int HEIGHT = 520;
    private static final int TOP = 66;
    private static final Color ZERO = new Color(66, 133, 244);
    private static final Color ONE = new Color(244, 140, 40);

    private DecisionBoundary() {
    }

    /**
     * Writes the picture of {@code probability} (x₁, x₂) ↦ P(y = 1) over the points X (n×2), y, under a
     * title and up to two lines of {@code notes}.
     */
    static void write(Path file, String title, java.util.List<String> notes, Matrix X, int[] y,
                      DoubleBinaryOperator probability) throws IOException {
        draw(file, title, notes, X, y, probability, 0.5, Double.NaN, p -> p, new int[0]);
    }

    /**
     * Writes the picture of a margin classifier's {@code decision} function f over the points X (n×2),
     * y, with the rows {@code support} ringed.
     */
    static void writeMargins(Path file, String title, java.util.List<String> notes, Matrix X, int[] y,
                             DoubleBinaryOperator decision, int[] support) throws IOException {
        draw(file, title, notes, X, y, decision, 0.0, 1.0, f -> 1 / (1 + Math.exp(-2 * f)), support);
    }

    /**
     * Shades {@code shade(f(x))}, draws the level {@code boundary} of f solid and the levels
     * {@code boundary ± margin} dashed (none when NaN), the points, and rings around {@code circled}.
     */
    private static void draw(Path file, String title, java.util.List<String> notes, Matrix X, int[] y,
                             DoubleBinaryOperator f, double boundary, double margin,
                             java.util.function.DoubleUnaryOperator shade, int[] circled) throws IOException {
        double[] lo = {min(X, 0), min(X, 1)};
        double[] hi = {max(X, 0), max(X, 1)};
        for (int d = 0; d < 2; d++) {
            double pad = 0.1 * (hi[d] - lo[d]);
            lo[d] -= pad;
            hi[d] += pad;
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int plot = HEIGHT - TOP;
        double[][] p = new double[plot][WIDTH];
        for (int r = 0; r < plot; r++) {
            for (int c = 0; c < WIDTH; c++) {
                p[r][c] = f.applyAsDouble(lo[0] + (c + 0.5) / WIDTH * (hi[0] - lo[0]),
                        hi[1] - (r + 0.5) / plot * (hi[1] - lo[1]));
                image.setRGB(c, TOP + r, blend(shade.applyAsDouble(p[r][c])).getRGB());
            }
        }
        contour(image, p, boundary, false);
        if (!Double.isNaN(margin)) {
            contour(image, p, boundary - margin, true);
            contour(image, p, boundary + margin, true);
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int i = 0; i < X.rows(); i++) {
            int c = (int) ((X.get(i, 0) - lo[0]) / (hi[0] - lo[0]) * WIDTH);
            int r = TOP + (int) ((hi[1] - X.get(i, 1)) / (hi[1] - lo[1]) * plot);
            g.setColor(y[i] == 1 ? ONE.darker() : ZERO.darker());
            g.fillOval(c - 4, r - 4, 8, 8);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.drawOval(c - 4, r - 4, 8, 8);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        for (int i : circled) {
            int c = (int) ((X.get(i, 0) - lo[0]) / (hi[0] - lo[0]) * WIDTH);
            int r = TOP + (int) ((hi[1] - X.get(i, 1)) / (hi[1] - lo[1]) * plot);
            g.drawOval(c - 7, r - 7, 14, 14);
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

    /** Darkens the pixels where the grid {@code p} crosses {@code level}; every other run of 6 when dashed. */
    private static void contour(BufferedImage image, double[][] p, double level, boolean dashed) {
        for (int r = 0; r < p.length; r++) {
            for (int c = 1; c < WIDTH; c++) {
                boolean crosses = (p[r][c - 1] < level) != (p[r][c] < level)
                        || r > 0 && (p[r - 1][c] < level) != (p[r][c] < level);
                if (crosses && (!dashed || (r + c) / 6 % 2 == 0)) {
                    image.setRGB(c, TOP + r, Color.DARK_GRAY.getRGB());
                }
            }
        }
    }

    private static Color blend(double p) {
        double t = Math.max(0, Math.min(1, p));
        double fade = 0.55;
        int r = (int) (255 - fade * (255 - (ZERO.getRed() * (1 - t) + ONE.getRed() * t)));
        int gr = (int) (255 - fade * (255 - (ZERO.getGreen() * (1 - t) + ONE.getGreen() * t)));
        int b = (int) (255 - fade * (255 - (ZERO.getBlue() * (1 - t) + ONE.getBlue() * t)));
        return new Color(r, gr, b);
    }

    private static double min(Matrix X, int j) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < X.rows(); i++) {
            m = Math.min(m, X.get(i, j));
        }
        return m;
    }

    private static double max(Matrix X, int j) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < X.rows(); i++) {
            m = Math.max(m, X.get(i, j));
        }
        return m;
    }
}
