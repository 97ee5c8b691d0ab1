package org.mlbyhand.graders.ps4;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.svm.WorkingSet;
import org.mlbyhand.graders.ps4.ViolatingPairGrader.Select;
import org.mlbyhand.grading.Alternative;

/**
 * Correct selections written otherwise than the reference's one pass, each of which the grader must
 * accept: the two sets built as lists first and searched from the end with strict comparisons (so the
 * last of a tie is found first); and the same extremes found on yₜGₜ, m = −min_{I_up} yₜGₜ and
 * M = −max_{I_low} yₜGₜ.
 */
final class ViolatingPairAlternatives {
    private ViolatingPairAlternatives() {
    }

    static final List<Alternative<Select>> ALL = List.of(
            new Alternative<>("the sets as lists, each searched from its end with strict comparisons", (alpha, G, y, C) -> {
                SvmInputs.dual("violating-pair", alpha, G, y);
                List<Integer> up = new ArrayList<>();
                List<Integer> low = new ArrayList<>();
                for (int t = 0; t < alpha.length; t++) {
                    if ((y[t] == 1 && alpha[t] < C) || (y[t] == -1 && alpha[t] > 0)) {
                        up.add(t);
                    }
                    if ((y[t] == -1 && alpha[t] < C) || (y[t] == 1 && alpha[t] > 0)) {
                        low.add(t);
                    }
                }
                int i = -1;
                for (int k = up.size() - 1; k >= 0; k--) {
                    int t = up.get(k);
                    if (i < 0 || -y[t] * G[t] > -y[i] * G[i]) {
                        i = t;
                    }
                }
                int j = -1;
                for (int k = low.size() - 1; k >= 0; k--) {
                    int t = low.get(k);
                    if (j < 0 || -y[t] * G[t] < -y[j] * G[j]) {
                        j = t;
                    }
                }
                double m = i < 0 ? Double.NEGATIVE_INFINITY : -y[i] * G[i];
                double M = j < 0 ? Double.POSITIVE_INFINITY : -y[j] * G[j];
                return new WorkingSet(i, m > M ? j : -1, m - M);
            }),
            new Alternative<>("on yₜGₜ: m = −min over I_up, M = −max over I_low", (alpha, G, y, C) -> {
                SvmInputs.dual("violating-pair", alpha, G, y);
                double lowestUp = Double.POSITIVE_INFINITY;
                double highestLow = Double.NEGATIVE_INFINITY;
                int i = -1;
                int j = -1;
                for (int t = 0; t < alpha.length; t++) {
                    double yG = y[t] * G[t];
                    boolean up = y[t] == 1 ? alpha[t] < C : alpha[t] > 0;
                    boolean low = y[t] == 1 ? alpha[t] > 0 : alpha[t] < C;
                    if (up && yG <= lowestUp) {
                        lowestUp = yG;
                        i = t;
                    }
                    if (low && yG >= highestLow) {
                        highestLow = yG;
                        j = t;
                    }
                }
                double gap = highestLow - lowestUp;                   // m − M = −lowestUp + highestLow
                return new WorkingSet(i, gap > 0 ? j : -1, gap);
            }));
}
