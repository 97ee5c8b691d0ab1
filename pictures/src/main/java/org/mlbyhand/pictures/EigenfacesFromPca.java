package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.decomposition.Pca;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.datasets.Faces;

/**
 * {@code ps3-eigenfaces.png}: the eigenfaces of 100 bundled LFW faces from the learner's own PCA (ps3
 * pca-svd, else pca-eigh), and {@code ps3-eigenfaces-core.png}: the same from core's PCA, for
 * comparison. Each shows the mean face, the first 16 components and four faces rebuilt from 5, 20
 * and 50 components, with the share of the variance the 50 components keep,
 * <pre>{@code
 *   Σⱼ ‖Xc vⱼ‖² / ‖Xc‖²_F        Xc: the faces minus their mean face
 * }</pre>
 */
final class EigenfacesFromPca {
    static final String FILE = "ps3-eigenfaces.png";
    static final String CORE_FILE = "ps3-eigenfaces-core.png";
    private static final int COMPONENTS = 50;

    private EigenfacesFromPca() {
    }

    /** Draws the learner's picture and core's; returns both files. */
    static List<Path> draw(LearnerCode learner, Path out) throws IOException {
        Matrix faces = Faces.faces();                                               // (100, 625)
        double[] mean = faces.columnMeans();
        Class<?>[] types = {Matrix.class, int.class};
        String exercise = "pca-svd";
        var yours = learner.call("ps3.PcaBySvd", "components", Matrix.class, types, faces, COMPONENTS);
        if (yours.isEmpty()) {
            exercise = "pca-eigh";
            yours = learner.call("ps3.PcaByEigen", "components", Matrix.class, types, faces, COMPONENTS);
        }
        Matrix core = new Pca(COMPONENTS).fit(faces).components();                  // (50, 625), rows
        Path file = out.resolve(FILE);
        if (yours.isPresent()) {
            Matrix V = yours.get().transpose();
            Eigenfaces.write(file, "Eigenfaces of 100 LFW faces (25×25 pixels), by your PCA (ps3 " + exercise + ")",
                    "your 50 components keep " + percent(faces, mean, V) + " of the variance; "
                            + CORE_FILE + " shows core's", faces, mean, V);
        } else {
            Eigenfaces.write(file, "Eigenfaces of 100 LFW faces (25×25 pixels), by core's PCA",
                    "your ps3 pca-svd and pca-eigh are not solved yet: this is core's; its 50 components keep "
                            + percent(faces, mean, core) + " of the variance", faces, mean, core);
        }
        Path coreFile = out.resolve(CORE_FILE);
        Eigenfaces.write(coreFile, "Eigenfaces of 100 LFW faces (25×25 pixels), by core's PCA",
                "core's 50 components keep " + percent(faces, mean, core) + " of the variance", faces, mean, core);
        return List.of(file, coreFile);
    }

    /** The share of the centred faces' squared norm that their projections on the rows of V keep. */
    private static String percent(Matrix X, double[] mean, Matrix V) {
        double total = 0;
        double kept = 0;
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            for (int p = 0; p < x.length; p++) {
                x[p] -= mean[p];
                total += x[p] * x[p];
            }
            for (int j = 0; j < V.rows(); j++) {
                double projection = 0;
                for (int p = 0; p < x.length; p++) {
                    projection += x[p] * V.get(j, p);
                }
                kept += projection * projection;
            }
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * kept / total);
    }
}
