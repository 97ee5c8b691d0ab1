package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Matrix;

/**
 * XGBoost's exact greedy tree builder ({@code tree_method=exact}, the paper's Algorithm 1): one tree
 * fitted to one round's gradient pairs (g, h), growing each node by the split of largest
 * {@link RegularizedObjective#splitGain gain} over every feature and every cut between consecutive
 * distinct values, then pruning with γ from the bottom up.
 * <pre>{@code
 *   grow(node, depth):
 *     G, H = Σ g, Σ h over the node's rows;   the node is a leaf of value η·w*(G, H)
 *     if depth < maxDepth, for each feature j, scanning the rows in increasing x[j] and keeping G_L, H_L:
 *        a cut between two consecutive distinct values a < b is a candidate
 *        if H_L ≥ minChildWeight and H_R = H − H_L ≥ minChildWeight;   its threshold is (a + b)/2
 *     split on the candidate of largest gain if gain + γ > 5e-7 (it lowers the loss); grow(left), grow(right)
 *     prune: if both children came back leaves and gain < 0 (the extra leaf is worth less than γ),
 *            the node becomes a leaf again
 * }</pre>
 * Each node keeps its rows sorted by every feature (sorted once per fit by {@link #sortedRows}); a
 * split partitions those lists stably, so nothing is sorted twice.
 *
 * <p><b>XGBoost's conventions, kept so that the trees are XGBoost's.</b> Rows with x &lt; threshold go
 * left. The threshold is the midpoint (a + b)/2, or b when the midpoint rounds down to a. Among equal
 * gains the lowest feature wins, then the largest threshold (XGBoost scans each feature from its
 * largest value down). Gains within 1e-9 of each other (relative) count as equal: two cuts of
 * different features that send the same rows left have the same gain, but their sums G_L, H_L were
 * added in different orders and differ in the last bits (XGBoost's float32 gains tie exactly). A
 * split is made only when its objective decrease before γ, gain + γ, exceeds 5e-7 (XGBoost's
 * kRtEps = 1e-6, on its gain without the ½), so that rounding never makes one. γ prunes after the
 * tree is grown, as XGBoost's {@code prune} updater does: a split whose gain is below zero stays when
 * a split under it pays for it. A node whose H is below minChildWeight (only the root can be) gets
 * weight 0, as in XGBoost.
 *
 * <p><b>Not XGBoost.</b> XGBoost turns the features and the gradient pairs into float32 and computes the
 * gains in float32 (sums in double); here everything is double. On float32-valued features the
 * partitions are the same, and the trees are too unless two candidates' gains agree to float32
 * precision; XGBoost stores float32 midpoints, ours are double midpoints that round to the same
 * float32 (between two adjacent float32 values, where XGBoost keeps b, ours may round to a). Missing
 * values (NaN) are not supported: the estimators reject them, where XGBoost learns a default
 * direction for them at each split.
 */
final class XGBoostTreeBuilder {
    /** XGBoost's kRtEps: a split must lower its doubled gain, 2·(gain + γ), by more than this. */
    static final double XGBOOST_RT_EPS = 1e-6;
    /** Gains closer than this (relative to gain + γ) are a tie: rounding, not the data, tells them apart. */
    static final double TIE = 1e-9;

    private final Matrix X;
    private final double[] g;
    private final double[] h;
    private final Hyperparameters params;
    private final boolean[] goesLeft;                     // scratch for partition, one per training row
    private final List<Node> nodes = new ArrayList<>();   // in pre-order

    private XGBoostTreeBuilder(Matrix X, double[] g, double[] h, Hyperparameters params) {
        this.X = X;
        this.g = g;
        this.h = h;
        this.params = params;
        this.goesLeft = new boolean[X.rows()];
    }

    /**
     * Fits one tree to the gradient pairs.
     *
     * @param X      n×p training features, finite (not modified)
     * @param sorted {@link #sortedRows}(X) (not modified)
     * @param g      length n gradients (not modified)
     * @param h      length n hessians, ≥ 0 (not modified)
     */
    static XGBoostTree build(Matrix X, int[][] sorted, double[] g, double[] h, Hyperparameters params) {
        XGBoostTreeBuilder builder = new XGBoostTreeBuilder(X, g, h, params);
        builder.grow(sorted, 0);
        return builder.toTree();
    }

    /** Returns, for each feature j, the row indices 0 … n−1 in increasing X[i][j], ties by row index: p×n. */
    static int[][] sortedRows(Matrix X) {
        int[][] sorted = new int[X.cols()][];
        for (int j = 0; j < X.cols(); j++) {
            int column = j;
            sorted[j] = IntStream.range(0, X.rows()).boxed()
                    .sorted((a, b) -> Double.compare(X.get(a, column), X.get(b, column)))   // stable: ties by row
                    .mapToInt(Integer::intValue).toArray();
        }
        return sorted;
    }

    /** Grows the subtree of the rows given (rows[j]: sorted by feature j) and returns its root's index. */
    private int grow(int[][] rows, int depth) {
        double G = 0.0;
        double H = 0.0;
        for (int i : rows[0]) {
            G += g[i];
            H += h[i];
        }
        int node = nodes.size();
        nodes.add(Node.leaf(params.eta() * weight(G, H), H));
        Split split = depth < params.maxDepth() ? bestSplit(rows, G, H) : null;
        if (split == null) {
            return node;
        }
        int[][][] parts = partition(rows, split);
        int left = grow(parts[0], depth + 1);
        int right = grow(parts[1], depth + 1);
        if (nodes.get(left).isLeaf() && nodes.get(right).isLeaf() && split.gain() < 0.0) {
            nodes.subList(node + 1, nodes.size()).clear();   // prune: the two leaves were the last nodes added
            return node;
        }
        nodes.set(node, Node.split(split, left, right, H));
        return node;
    }

    /** w* = −G/(H + λ), or 0 when H &lt; minChildWeight or H = 0 (XGBoost's CalcWeight). */
    private double weight(double G, double H) {
        return H < params.minChildWeight() || H <= 0.0 ? 0.0 : RegularizedObjective.leafWeight(G, H, params.lambda());
    }

    /** Returns the candidate of largest gain over every feature and cut, or null if none lowers the loss. */
    private Split bestSplit(int[][] rows, double G, double H) {
        Split best = null;
        for (int j = 0; j < rows.length; j++) {
            int[] order = rows[j];
            double GL = 0.0;
            double HL = 0.0;
            for (int k = 0; k + 1 < order.length; k++) {
                GL += g[order[k]];
                HL += h[order[k]];
                double a = X.get(order[k], j);
                double b = X.get(order[k + 1], j);
                double HR = H - HL;
                if (a == b || !admissible(HL) || !admissible(HR)) {
                    continue;
                }
                double gain = RegularizedObjective.splitGain(GL, HL, G - GL, HR, params.lambda(), params.gamma());
                if (beats(gain, j, best)) {
                    best = new Split(j, threshold(a, b), gain, k + 1);
                }
            }
        }
        return best != null && 2 * (best.gain() + params.gamma()) > XGBOOST_RT_EPS ? best : null;
    }

    /**
     * Whether a candidate of feature j beats the best so far: a gain larger by more than rounding (TIE,
     * relative to the loss decrease gain + γ), or, on a tie, a later cut of the same feature (a larger
     * threshold).
     */
    private boolean beats(double gain, int j, Split best) {
        if (best == null) {
            return true;
        }
        double tie = TIE * Math.abs(best.gain() + params.gamma());
        return gain > best.gain() + tie || (j == best.feature() && gain >= best.gain() - tie);
    }

    /** A child must have H ≥ minChildWeight, and curvature H + λ &gt; 0 so that its weight exists. */
    private boolean admissible(double childH) {
        return childH >= params.minChildWeight() && childH + params.lambda() > 0.0;
    }

    /** The cut between a &lt; b: their midpoint, or b if the midpoint rounds to a (x &lt; t must hold for a). */
    static double threshold(double a, double b) {
        double t = a / 2 + b / 2;   // not (a + b)/2, which overflows for |a|, |b| near Double.MAX_VALUE
        return t > a ? t : b;
    }

    /** Splits each feature's sorted rows into those going left and right, keeping their order. */
    private int[][][] partition(int[][] rows, Split split) {
        int[] byFeature = rows[split.feature()];
        for (int k = 0; k < byFeature.length; k++) {
            goesLeft[byFeature[k]] = k < split.leftCount();   // the first leftCount rows have x < threshold
        }
        int p = rows.length;
        int[][][] parts = new int[2][p][];                    // [left|right][feature][rows]
        for (int j = 0; j < p; j++) {
            parts[0][j] = new int[split.leftCount()];
            parts[1][j] = new int[rows[j].length - split.leftCount()];
            int l = 0;
            int r = 0;
            for (int i : rows[j]) {
                if (goesLeft[i]) {
                    parts[0][j][l++] = i;
                } else {
                    parts[1][j][r++] = i;
                }
            }
        }
        return parts;
    }

    private XGBoostTree toTree() {
        int m = nodes.size();
        int[] feature = new int[m];
        double[] threshold = new double[m];
        int[] left = new int[m];
        int[] right = new int[m];
        double[] value = new double[m];
        double[] gain = new double[m];
        double[] cover = new double[m];
        for (int k = 0; k < m; k++) {
            Node n = nodes.get(k);
            feature[k] = n.feature();
            threshold[k] = n.threshold();
            left[k] = n.left();
            right[k] = n.right();
            value[k] = n.value();
            gain[k] = n.gain();
            cover[k] = n.cover();
        }
        return new XGBoostTree(feature, threshold, left, right, value, gain, cover);
    }

    /** A candidate split: rows with x[feature] &lt; threshold, the first leftCount in sorted order, go left. */
    private record Split(int feature, double threshold, double gain, int leftCount) {
    }

    /** One node while the tree grows; feature −1 marks a leaf. */
    private record Node(int feature, double threshold, int left, int right, double value, double gain, double cover) {
        static Node leaf(double value, double cover) {
            return new Node(-1, Double.NaN, -1, -1, value, Double.NaN, cover);
        }

        static Node split(Split s, int left, int right, double cover) {
            return new Node(s.feature(), s.threshold(), left, right, Double.NaN, s.gain(), cover);
        }

        boolean isLeaf() {
            return feature < 0;
        }
    }
}
