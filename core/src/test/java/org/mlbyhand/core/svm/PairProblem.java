package org.mlbyhand.core.svm;

import org.mlbyhand.core.data.Labels;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The two-class problem of the pair (a, b) inside a fitted model, read back from the model's public
 * attributes as {@link Svc} posed it: class a's rows (s = +1), then class b's (s = −1), with their α
 * (0 for the rows that are not support vectors of the model) and rho. This is how the reference-free
 * checks see a returned dual solution.
 *
 * @param rows  training-row indices, class a's then class b's
 * @param s     the signs, +1 then −1
 * @param alpha α of each row, in [0, C]
 * @param rho   libsvm's rho of the pair (minus its intercept)
 */
record PairProblem(int[] rows, int[] s, double[] alpha, double rho) {
    /** Reads pair (a, b) of m, fitted on labels y. */
    static PairProblem of(SvcModel m, int[] y, int a, int b) {
        int k = m.numClasses();
        int[][] members = Labels.members(y);
        int[] rows = new int[members[a].length + members[b].length];
        int[] s = new int[rows.length];
        int[] position = new int[y.length];          // training row → index in rows, or −1
        java.util.Arrays.fill(position, -1);
        for (int t = 0; t < rows.length; t++) {
            rows[t] = t < members[a].length ? members[a][t] : members[b][t - members[a].length];
            s[t] = t < members[a].length ? 1 : -1;
            position[rows[t]] = t;
        }
        Matrix D = k == 2 ? m.dualCoef().scale(-1.0) : m.dualCoef();    // libsvm's signs: positive for class a
        int[] sv = m.supportIndices();
        int[] nSupport = m.nSupport();
        double[] alpha = new double[rows.length];
        int start = 0;
        for (int c = 0; c < k; c++) {
            for (int q = start; q < start + nSupport[c]; q++) {
                if (c == a) {
                    alpha[position[sv[q]]] = D.get(b - 1, q);
                } else if (c == b) {
                    alpha[position[sv[q]]] = -D.get(a, q);
                }
            }
            start += nSupport[c];
        }
        int pair = 0;
        for (int i = 0; i < a; i++) {
            pair += k - 1 - i;
        }
        pair += b - a - 1;
        double intercept = m.intercept()[pair];
        return new PairProblem(rows, s, alpha, k == 2 ? intercept : -intercept);
    }

    /**
     * Returns G = Qα − e recomputed from scratch, Qᵢⱼ = sᵢsⱼk(xᵢ, xⱼ), rounded to float as the solver's
     * cache rounds it (rounded = true) or in double precision (false).
     */
    double[] gradient(Kernel K, Matrix X, boolean rounded) {
        double[][] x = X.selectRows(rows).toArray();
        double[] G = new double[rows.length];
        for (int i = 0; i < G.length; i++) {
            double sum = 0.0;
            for (int j = 0; j < G.length; j++) {
                if (alpha[j] != 0.0) {
                    double q = s[i] * s[j] * K.apply(x[i], x[j]);
                    sum += (rounded ? (float) q : q) * alpha[j];
                }
            }
            G[i] = sum - 1.0;
        }
        return G;
    }

    /** Returns max over i of Σⱼ αⱼ·|fl(Qᵢⱼ) − Qᵢⱼ|: how far the rounding of Q moves any Gᵢ. */
    double roundingOfGradient(Kernel K, Matrix X) {
        double[][] x = X.selectRows(rows).toArray();
        double worst = 0.0;
        for (int i = 0; i < rows.length; i++) {
            double sum = 0.0;
            for (int j = 0; j < rows.length; j++) {
                double q = s[i] * s[j] * K.apply(x[i], x[j]);
                sum += alpha[j] * Math.abs((float) q - q);
            }
            worst = Math.max(worst, sum);
        }
        return worst;
    }
}
