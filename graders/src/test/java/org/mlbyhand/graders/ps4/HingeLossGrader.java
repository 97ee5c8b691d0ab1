package org.mlbyhand.graders.ps4;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.svm.HingeLoss;
import org.mlbyhand.core.svm.PegasosLinearSvc;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code HingeLoss}: Σᵢ max(0, 1 − sᵢzᵢ), sᵢ = 2yᵢ − 1, against core's
 * {@link HingeLoss#value}, to round-off (a sum of non-negative terms, so no order of
 * summation cancels).
 *
 * <p>The reference-free checks: L ≥ 0 and L ≥ Σᵢ(1 − sᵢzᵢ) (the hinge lies above both of its pieces),
 * with equality in the second when every row violates its margin; the loss is a sum, additive over the
 * rows; and the two classes are treated alike: flipping every label and every score leaves L unchanged.
 */
public final class HingeLossGrader extends Grader<HingeLossGrader.Hinge> {
    private static final CaseGen SCORES = CaseGen.create().dim("n", 1, 8).labels("y", "n", 2)
            .vector("z", "n", rng -> rng.uniform(-3.0, 3.0));

    /** The exercise's signature. */
    @FunctionalInterface
    public interface Hinge {
        /** Returns Σᵢ max(0, 1 − sᵢzᵢ); y and z are not modified. */
        double value(int[] y, double[] z);
    }

    @Override
    public Exercise exercise() {
        return exercise(40, "hinge-loss", "Hinge loss", 5);
    }

    @Override
    public Hinge reference() {
        return HingeLoss::value;
    }

    @Override
    public List<Bug<Hinge>> bugs() {
        return HingeLossBugs.ALL;
    }

    @Override
    public List<Alternative<Hinge>> alternatives() {
        return HingeLossAlternatives.ALL;
    }

    /** The loss is the exercise: core's, and the Pegasos objective that adds it up, are off limits. */
    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(HingeLoss.class),
                Forbidden.method(PegasosLinearSvc.class, "objective"));
    }

    @Override
    public Object call(Hinge hinge, Case c) {
        return hinge.value(c.labels("y"), c.vector("z"));
    }

    @Override
    public String output() {
        return "L";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("y = [1, 0, 1], z = [2, −0.5, −1]: s·z = [2, 0.5, −1], so L = 0 + 0.5 + 2 = 2.5",
                        scores(new int[] {1, 0, 1}, new double[] {2, -0.5, -1}), Tolerance.ROUNDOFF)
                .agrees("a row exactly on its margin costs nothing: y = [0], z = [−1] gives max(0, 1 − 1) = 0",
                        scores(new int[] {0}, new double[] {-1}), Tolerance.ROUNDOFF)
                .agrees("no rows, no loss: y = [], z = [] gives 0", scores(new int[] {}, new double[] {}),
                        Tolerance.ROUNDOFF)
                .agrees("matches the reference on random labels and scores in [−3, 3]", SCORES, Tolerance.ROUNDOFF)
                .holds("L ≥ 0 and L ≥ Σᵢ (1 − sᵢzᵢ): the hinge lies above both of its pieces", SCORES,
                        HingeLossGrader::aboveBothPieces)
                .holds("a sum over the rows: L(all rows) = L(first half) + L(second half)", SCORES,
                        HingeLossGrader::additive)
                .holds("the classes are treated alike: flipping every label and every score leaves L unchanged", SCORES,
                        HingeLossGrader::symmetric)
                .rejects("rejects y and z of different lengths: y = [0, 1], z = [1]",
                        scores(new int[] {0, 1}, new double[] {1}), ShapeMismatchException.class)
                .rejects("rejects a label −1: the labels are 0 and 1, not ±1: y = [−1, 1]",
                        scores(new int[] {-1, 1}, new double[] {1, 1}), IllegalArgumentException.class)
                .rejects("rejects a NaN score: z = [1, NaN]", scores(new int[] {0, 1}, new double[] {1, Double.NaN}),
                        IllegalArgumentException.class);
    }

    private static void aboveBothPieces(Case c, Invariant.Run run) {
        int[] y = c.labels("y");
        double[] z = c.vector("z");
        double L = (Double) run.on(c);
        double linear = 0.0;
        double size = 0.0;
        for (int i = 0; i < y.length; i++) {
            linear += 1.0 - (2 * y[i] - 1) * z[i];
            size += Math.abs(1.0 - (2 * y[i] - 1) * z[i]);
        }
        double slack = Tolerance.ROUNDOFF.relative() * size;
        Expect.that(L >= 0.0, "L = " + MatrixFormat.number(L) + " < 0, but every term max(0, 1 − sᵢzᵢ) is ≥ 0.");
        Expect.that(L >= linear - slack, "L = " + MatrixFormat.number(L) + " is below Σᵢ (1 − sᵢzᵢ) = "
                + MatrixFormat.number(linear) + " (s = 2y − 1), but max(0, 1 − sᵢzᵢ) ≥ 1 − sᵢzᵢ row by row.");
    }

    private static void additive(Case c, Invariant.Run run) {
        int[] y = c.labels("y");
        double[] z = c.vector("z");
        int half = y.length / 2;
        double first = (Double) run.on(scores(Arrays.copyOfRange(y, 0, half), Arrays.copyOfRange(z, 0, half)));
        double second = (Double) run.on(scores(Arrays.copyOfRange(y, half, y.length), Arrays.copyOfRange(z, half, z.length)));
        Expect.close("L of all " + y.length + " rows, which must be L of the first " + half + " ("
                + MatrixFormat.number(first) + ") plus L of the other " + (y.length - half) + " ("
                + MatrixFormat.number(second) + ")", first + second, run.on(c), Tolerance.ROUNDOFF);
    }

    private static void symmetric(Case c, Invariant.Run run) {
        int[] y = c.labels("y");
        double[] z = c.vector("z");
        int[] flippedY = new int[y.length];
        double[] flippedZ = new double[z.length];
        for (int i = 0; i < y.length; i++) {
            flippedY[i] = 1 - y[i];
            flippedZ[i] = -z[i];
        }
        Expect.close("L with every label and score flipped, 1 − y and −z, which must equal your L", run.on(c),
                run.on(scores(flippedY, flippedZ)), Tolerance.ROUNDOFF);
    }

    private static Case scores(int[] y, double[] z) {
        return Case.of("y", y, "z", z);
    }
}
