package org.mlbyhand.core.svm;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The one-vs-one scheme of libsvm and scikit-learn: how the k(k−1)/2 two-class solutions become one
 * model, and how their pairwise decision values become a class. Pairs are numbered
 * p = 0, 1, … in the order (0,1), (0,2), …, (0,k−1), (1,2), …, and in pair (a, b) class a has sign +1.
 * <pre>{@code
 *   support vectors   the rows with αᵢ > 0 in ANY pair, grouped by class (class 0's first), each class in row order
 *   svCoef            (k−1)×nSV, libsvm's layout: in pair (a, b) the coefficients sᵢαᵢ of class a's
 *                     support vectors are in row b−1, those of class b's in row a (0 where αᵢ = 0 in that pair)
 *   vote              pair (a, b) votes a if f_ab(x) > 0, else b; the most votes wins, ties to the smaller class
 *   ovr               votes + S/(3(|S| + 1)),  S_c = Σ_{pairs (c,·)} f − Σ_{pairs (·,c)} f      (scikit-learn's
 *                     _ovr_decision_function: the transform stays in (−1/3, 1/3), so it only breaks ties,
 *                     and a pair with f = 0 gives its vote to a here, to b in the vote)
 * }</pre>
 */
public final class OneVsOne {
    private OneVsOne() {
    }

    /** Returns the number of pairs, k(k−1)/2. */
    static int pairs(int k) {
        return k * (k - 1) / 2;
    }

    /**
     * Builds the model from the solutions of the pairs.
     *
     * @param members   members[c] = the rows of class c, in order (not modified)
     * @param solutions one per pair, in pair order, each over class a's rows then class b's
     */
    static SvcModel assemble(Kernel K, Matrix X, int[][] members, DualSolution[] solutions,
                             Svc.DecisionFunctionShape shape) {
        int k = members.length;
        boolean[][] support = new boolean[k][];
        for (int c = 0; c < k; c++) {
            support[c] = new boolean[members[c].length];
        }
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double[] alpha = solutions[p++].alpha();
                for (int t = 0; t < members[a].length; t++) {
                    support[a][t] |= alpha[t] > 0;
                }
                for (int t = 0; t < members[b].length; t++) {
                    support[b][t] |= alpha[members[a].length + t] > 0;
                }
            }
        }
        int[] nSupport = new int[k];
        int[] start = new int[k];       // where class c's support vectors begin
        int nSV = 0;
        for (int c = 0; c < k; c++) {
            start[c] = nSV;
            for (boolean s : support[c]) {
                nSupport[c] += s ? 1 : 0;
            }
            nSV += nSupport[c];
        }
        int[] supportIndices = new int[nSV];
        for (int c = 0, q = 0; c < k; c++) {
            for (int t = 0; t < members[c].length; t++) {
                if (support[c][t]) {
                    supportIndices[q++] = members[c][t];
                }
            }
        }
        double[][] svCoef = new double[k - 1][nSV];
        double[] rho = new double[pairs(k)];
        int[] nIter = new int[pairs(k)];
        p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                DualSolution solution = solutions[p];
                double[] alpha = solution.alpha();
                int q = start[a];
                for (int t = 0; t < members[a].length; t++) {
                    if (support[a][t]) {
                        svCoef[b - 1][q++] = alpha[t];                          // s = +1
                    }
                }
                q = start[b];
                for (int t = 0; t < members[b].length; t++) {
                    if (support[b][t]) {
                        svCoef[a][q++] = -alpha[members[a].length + t];        // s = −1
                    }
                }
                rho[p] = solution.rho();
                nIter[p] = solution.nIter();
                p++;
            }
        }
        return new SvcModel(K, X.selectRows(supportIndices), supportIndices, nSupport, svCoef, rho, nIter, shape);
    }

    /**
     * Returns the winning class of one row from its pairwise values (the vote, class comment).
     *
     * @param dec length k(k−1)/2, pair order (not modified)
     * @param k   the number of classes
     * @return the class with the most votes, ties to the smaller class
     */
    public static int vote(double[] dec, int k) {
        int[] votes = new int[k];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                votes[dec[p++] > 0 ? a : b]++;
            }
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Returns scikit-learn's one-vs-rest decision values of one row (class comment), length k.
     *
     * @param dec length k(k−1)/2, pair order (not modified)
     */
    static double[] ovr(double[] dec, int k) {
        double[] votes = new double[k];
        double[] sums = new double[k];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                sums[a] += dec[p];
                sums[b] -= dec[p];
                votes[dec[p] < 0 ? b : a] += 1;
                p++;
            }
        }
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            out[c] = votes[c] + sums[c] / (3 * (Math.abs(sums[c]) + 1));
        }
        return out;
    }
}
