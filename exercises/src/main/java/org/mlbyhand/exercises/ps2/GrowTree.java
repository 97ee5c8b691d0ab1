package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.tree.TreeArrays;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · grow-tree — grow a Gini classification tree recursively, with scikit-learn's stopping rules,
 * and return it as scikit-learn stores it: parallel arrays indexed by node id.
 *
 * <p>One call of a recursive {@code grow(rows, depth)} makes one node out of the training rows that
 * reach it (the root: every row, depth 0):
 * <pre>{@code
 *   t = the next free id                    reserve it first: the node comes before its children
 *   N_c = #{i in rows : yᵢ = c},  n = |rows|,  i = 1 − Σ_c (N_c/n)²          (Gini)
 *   leaf  if  depth ≥ maxDepth  or  n < minSamplesSplit  or  i = 0 (pure)  or  no allowed split
 *   else  (f, thr) = the best Gini split of the node's rows, each child keeping ≥ minSamplesLeaf rows
 *         childrenLeft[t]  = grow({i in rows : x_i[f] ≤ thr}, depth + 1)      the whole left subtree first
 *         childrenRight[t] = grow({i in rows : x_i[f] > thr}, depth + 1)
 * }</pre>
 * so ids are in depth-first order, left first: a split node's left child is t + 1, its right child
 * comes after the whole left subtree. Per node, as {@code DecisionTreeClassifier().fit(X, y).tree()}:
 * <pre>{@code
 *   childrenLeft[t], childrenRight[t]   the children's ids; −1 at a leaf (Tree.TREE_LEAF)
 *   feature[t], threshold[t]            the split (x[f] ≤ thr goes left); −2 and −2.0 at a leaf (Tree.TREE_UNDEFINED)
 *   value[t][c]                         N_c, the node's class counts as doubles (not proportions); k = max(y) + 1 columns
 *   impurity[t], nNodeSamples[t]        i and n of the node (leaves too)
 * }</pre>
 * Return {@code new TreeArrays(childrenLeft, childrenRight, feature, threshold, value, impurity,
 * nNodeSamples)}. The lesson is the recursion, so you may take each node's split from core's
 * {@code Splitter.bestSplit(X.selectRows(rows), yOfRows, k, ClassificationCriterion.GINI,
 * minSamplesLeaf)} (it says {@code found() == false} when no split is allowed) or from your own
 * feature-split and best-split. maxDepth may be {@code Integer.MAX_VALUE} ("no limit").
 *
 * <p>Example: x = [1, 2, 3, 4, 5, 6] (one column), y = [0, 0, 1, 1, 1, 0], no limits: the root splits at
 * 2.5 (node 1 = the pure leaf {x = 1, 2}), node 2 = {3, 4, 5, 6} splits at 5.5 into the leaves 3 and 4:
 * childrenLeft = [1, −1, 3, −1, −1], childrenRight = [2, −1, 4, −1, −1], feature = [0, −2, 0, −2, −2],
 * threshold = [2.5, −2, 5.5, −2, −2], value = [[3, 3], [2, 0], [1, 3], [0, 3], [1, 0]], impurity =
 * [0.5, 0, 0.375, 0, 0], nNodeSamples = [6, 2, 4, 3, 1]. With maxDepth = 1, node 2 stays a leaf.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if X has no row or no column or holds a NaN or
 * infinity, a label is negative, maxDepth &lt; 1, minSamplesSplit &lt; 2 or minSamplesLeaf &lt; 1;
 * {@link ShapeMismatchException} if y's length is not n.
 *
 * <p>You need: {@code X.selectRows(int[])}, growable lists for the node arrays, a split search, and
 * perhaps {@code Tree.TREE_LEAF} and {@code Tree.TREE_UNDEFINED}. Not {@code DecisionTreeClassifier}
 * (nor {@code DecisionTreeRegressor}, {@code ClassificationTree}, {@code RegressionTree}): they grow
 * the tree for you.
 *
 * <p>Classic traps: splitting a pure node (its best split improves nothing); the depth off by one
 * (the root is at depth 0, and a node at depth maxDepth is a leaf); {@code n <= minSamplesSplit}
 * instead of {@code <}; minSamplesLeaf checked on the node before the split instead of on both
 * children; numbering the right subtree first, a node after its children, or level by level; −1
 * instead of −2 for a leaf's feature and threshold; proportions instead of counts in value; a leaf's
 * impurity left at 0.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=grow-tree}
 */
public final class GrowTree {
    private GrowTree() {
    }

    /**
     * Returns the Gini tree grown on (X, y) with these stopping rules, as parallel arrays.
     *
     * @param X               the training rows, n×p with n, p ≥ 1, finite (not modified)
     * @param y               their labels, length n, each ≥ 0; k = max(y) + 1 classes (not modified)
     * @param maxDepth        the deepest a leaf may be, ≥ 1 (the root is at depth 0)
     * @param minSamplesSplit the fewest rows a node needs to be split, ≥ 2
     * @param minSamplesLeaf  the fewest rows each child of a split keeps, ≥ 1
     * @return the tree, node ids in depth-first order, left child first
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative, or a rule is out of range
     * @throws ShapeMismatchException if {@code y.length != X.rows()}
     */
    public static TreeArrays grow(Matrix X, int[] y, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        // TODO: check the input; grow(all rows, depth 0) recursively, appending each node before its children.
        throw new NotImplementedYet("ps2 grow-tree");
    }
}
