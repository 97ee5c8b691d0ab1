package org.mlbyhand.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.Tree;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.datasets.Dataset;
import org.mlbyhand.datasets.synthetic.Moons;

/**
 * {@code ps2-tree-moons.png}: the learner's grown tree (ps2 grow-tree) of depth 4 on 200 seeded moons,
 * its partition of the plane into axis-aligned boxes, each shaded by its share of class 1.
 */
final class TreeOnMoons {
    static final String FILE = "ps2-tree-moons.png";
    private static final int DEPTH = 4;

    private TreeOnMoons() {
    }

    static Path draw(LearnerCode learner, Path out) throws IOException {
        Path file = out.resolve(FILE);
        Dataset moons = Moons.sample(200, 0.2, 7);
        Matrix X = moons.features();                                  // (200, 2)
        int[] y = moons.labels();
        var yours = learner.call("ps2.GrowTree", "grow", TreeArrays.class,
                new Class<?>[] {Matrix.class, int[].class, int.class, int.class, int.class}, X, y, DEPTH, 2, 1);
        TreeArrays tree = yours.orElseGet(() -> new DecisionTreeClassifier().withMaxDepth(DEPTH).fit(X, y).tree().arrays());
        String whose = yours.isPresent() ? "Your tree (ps2 grow-tree)" : "Core's tree";
        String shading = "gini splits; a box's shade is its share of class 1";
        DecisionBoundary.write(file, whose + " on 200 moons: depth " + DEPTH + ", " + leaves(tree) + " boxes",
                yours.isPresent() ? List.of(shading) : List.of("your ps2 grow-tree is not solved yet: this is core's", shading),
                X, y, (x1, x2) -> {
                    int leaf = tree.apply(Matrix.of(new double[][] {{x1, x2}}))[0];
                    return tree.value().get(leaf, 1) / (tree.value().get(leaf, 0) + tree.value().get(leaf, 1));
                });
        return file;
    }

    private static int leaves(TreeArrays tree) {
        int n = 0;
        for (int left : tree.childrenLeft()) {
            n += left == Tree.TREE_LEAF ? 1 : 0;
        }
        return n;
    }
}
