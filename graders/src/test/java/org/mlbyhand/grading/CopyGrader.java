package org.mlbyhand.grading;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;

/**
 * The grader of the fixture exercise "return a copy of A" ({@link FixtureRepository}), whose learner
 * code the engine tests write. Its reference is {@code Matrix.copy}, which the learner may not call.
 */
public final class CopyGrader extends Grader<UnaryOperator<Matrix>> {

    @Override
    public Exercise exercise() {
        return new Exercise("test", "copy", "Copy a matrix", 1, FixtureRepository.STUB);
    }

    @Override
    public UnaryOperator<Matrix> reference() {
        return Matrix::copy;
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return List.of(new Bug<>("returns the transpose", "B[i][j] is A[i][j], not A[j][i].", Matrix::transpose));
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Matrix.class, "copy"));
    }

    @Override
    public Object call(UnaryOperator<Matrix> f, Case c) {
        return f.apply(c.matrix("A"));
    }

    @Override
    public String output() {
        return "B";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("returns a copy", CaseGen.create().dim("m", 1, 4).dim("n", 1, 4).matrix("A", "m", "n"),
                Tolerance.EXACT);
    }
}
