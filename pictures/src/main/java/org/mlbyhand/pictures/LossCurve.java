package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** How far a training loss is above its optimum against the number of steps, on logarithmic axes (XChart). */
final class LossCurve {
    /** The picture's size in pixels. */
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private LossCurve() {
    }

    /** Writes the curve of the excess losses (loss − optimum) against {@code steps}. */
    static void write(Path file, String title, String whose, double[] steps, double[] excess) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("gradient-descent steps").yAxisTitle("training MSE − least-squares MSE").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("0E0");   // every power of ten alike: 1E-2 … 1E4
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.addSeries(whose, steps, excess).setMarker(SeriesMarkers.CIRCLE);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
