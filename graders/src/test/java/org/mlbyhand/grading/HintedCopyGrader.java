package org.mlbyhand.grading;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.sandbox.MisbehavingGrader;

/** The fixture's copy exercise ({@link FixtureRepository}) whose one bug, the transpose, has two hints. */
public final class HintedCopyGrader extends MisbehavingGrader {

    @Override
    public Exercise exercise() {
        return new Exercise("test", "copy", "Copy a matrix", 1, FixtureRepository.STUB);
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return List.of(new Bug<>("returns the transpose", "FIRST", Matrix::transpose, List.of("SECOND")));
    }
}
