package org.mlbyhand.grading;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.sandbox.MisbehavingGrader;

/**
 * The grader of the fixture exercise "return a copy of A" ({@link FixtureRepository}), whose learner
 * code the engine tests write: the sandbox tests' copy exercise, with the fixture's stub, one ordinary
 * bug, and {@code Matrix.copy} forbidden (it is the reference).
 */
public final class CopyGrader extends MisbehavingGrader {

    @Override
    public Exercise exercise() {
        return new Exercise("test", "copy", "Copy a matrix", 1, FixtureRepository.STUB);
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return List.of(new Bug<>("returns the transpose", "B[i][j] is A[i][j], not A[j][i].", Matrix::transpose));
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.method(Matrix.class, "copy"));
    }
}
