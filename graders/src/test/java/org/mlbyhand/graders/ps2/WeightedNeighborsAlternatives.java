package org.mlbyhand.graders.ps2;

import java.util.List;
import java.util.PriorityQueue;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct distance-weighted votes written differently from core's (an insertion into the k best kept
 * sorted): a stable sort of every row by its squared distance, k passes of selecting the nearest
 * remaining row with distances as ‖x‖² − 2xᵀz + ‖z‖², and a bounded max-heap on (d, index).
 */
final class WeightedNeighborsAlternatives {
    private WeightedNeighborsAlternatives() {
    }

    static final List<Alternative<WeightedNeighborsGrader.Predict>> ALL = List.of(
            new Alternative<>("a stable sort of all rows by squared distance",
                    (Xt, yt, X, k) -> WeightedNeighborsBugs.predict(Xt, yt, X, k, WeightedNeighborsBugs.Mistake.NONE)),
            new Alternative<>("k selections of the nearest remaining row, d² = ‖x‖² − 2xᵀz + ‖z‖²",
                    WeightedNeighborsAlternatives::selection),
            new Alternative<>("a max-heap of the k best (d, index), then votes from the heap",
                    WeightedNeighborsAlternatives::heap));

    private static int[] selection(Matrix Xtrain, int[] ytrain, Matrix X, int k) {
        int K = WeightedNeighborsBugs.checked(Xtrain, ytrain, X, k);
        int n = Xtrain.rows();
        int[] labels = new int[X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            double[] d2 = new double[n];
            double xx = dot(X.row(i), X.row(i));
            for (int r = 0; r < n; r++) {
                d2[r] = xx - 2 * dot(X.row(i), Xtrain.row(r)) + dot(Xtrain.row(r), Xtrain.row(r));
            }
            boolean[] taken = new boolean[n];
            int[] nearest = new int[k];
            for (int q = 0; q < k; q++) {
                int best = -1;
                for (int r = 0; r < n; r++) {
                    if (!taken[r] && (best < 0 || d2[r] < d2[best])) {
                        best = r;
                    }
                }
                taken[best] = true;
                nearest[q] = best;
            }
            labels[i] = vote(nearest, d2, ytrain, K);
        }
        return labels;
    }

    private static int[] heap(Matrix Xtrain, int[] ytrain, Matrix X, int k) {
        int K = WeightedNeighborsBugs.checked(Xtrain, ytrain, X, k);
        int n = Xtrain.rows();
        int[] labels = new int[X.rows()];
        for (int i = 0; i < X.rows(); i++) {
            double[] d = new double[n];
            for (int r = 0; r < n; r++) {
                double s = 0.0;
                for (int j = 0; j < X.cols(); j++) {
                    s += Math.pow(X.get(i, j) - Xtrain.get(r, j), 2);
                }
                d[r] = Math.sqrt(s);
            }
            PriorityQueue<Integer> worstFirst = new PriorityQueue<>((a, b) -> d[a] != d[b] ? Double.compare(d[b], d[a])
                    : Integer.compare(b, a));
            for (int r = 0; r < n; r++) {
                worstFirst.add(r);
                if (worstFirst.size() > k) {
                    worstFirst.poll();
                }
            }
            int[] nearest = worstFirst.stream().mapToInt(Integer::intValue).toArray();
            labels[i] = voteByDistance(nearest, d, ytrain, K);
        }
        return labels;
    }

    /** The vote of these neighbours given squared distances. */
    private static int vote(int[] nearest, double[] d2, int[] ytrain, int K) {
        double[] d = new double[d2.length];
        for (int r = 0; r < d.length; r++) {
            d[r] = Math.sqrt(d2[r]);
        }
        return voteByDistance(nearest, d, ytrain, K);
    }

    private static int voteByDistance(int[] nearest, double[] d, int[] ytrain, int K) {
        double[] vote = new double[K];
        boolean atZero = false;
        for (int r : nearest) {
            atZero |= d[r] == 0.0;
        }
        for (int r : nearest) {
            vote[ytrain[r]] += atZero ? (d[r] == 0.0 ? 1.0 : 0.0) : 1.0 / d[r];
        }
        int best = 0;
        for (int c = 1; c < K; c++) {
            if (vote[c] > vote[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
