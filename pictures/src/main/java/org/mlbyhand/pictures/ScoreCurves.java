package org.mlbyhand.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Scores against training-set size (XChart): for each model, its mean training score as a dashed line
 * and its mean validation score as a solid line of the same colour, so the gap between a pair is the
 * model's variance and a pair's common level its bias. The legend names each model once, by its colour.
 */
final class ScoreCurves {
    /** The picture's size in pixels. */
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};

    /** One model's curves: the mean training and validation scores at each size. */
    record Curves(String model, double[] training, double[] validation) {
    }

    private ScoreCurves() {
    }

    /** Writes the curves of every model against {@code sizes}, the numbers of training rows. */
    static void write(Path file, String title, String scoreName, double[] sizes, List<Curves> models) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("training rows").yAxisTitle(scoreName).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        for (int m = 0; m < models.size(); m++) {
            Curves c = models.get(m);
            Color colour = COLOURS[m % COLOURS.length];
            XYSeries training = chart.addSeries(c.model() + ", training", sizes, c.training());
            training.setShowInLegend(false);                   // the axis title says dashed is training
            training.setLineColor(colour);
            training.setMarkerColor(colour);
            training.setMarker(SeriesMarkers.NONE);
            training.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {6f, 4f}, 0f));
            XYSeries validation = chart.addSeries(c.model(), sizes, c.validation());
            validation.setLineColor(colour);
            validation.setMarkerColor(colour);
            validation.setMarker(SeriesMarkers.CIRCLE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
