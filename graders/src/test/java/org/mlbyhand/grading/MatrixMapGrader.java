package org.mlbyhand.grading;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;

/** A grader of a function A ↦ B for the engine's own tests: the test gives its reference and its checks. */
final class MatrixMapGrader extends Grader<UnaryOperator<Matrix>> {
    private final String name;
    private final UnaryOperator<Matrix> reference;
    private final Consumer<Checks> declarations;

    MatrixMapGrader(String name, UnaryOperator<Matrix> reference, Consumer<Checks> declarations) {
        this.name = name;
        this.reference = reference;
        this.declarations = declarations;
    }

    @Override
    public Exercise exercise() {
        return new Exercise("test", name, name, 1, "none");
    }

    @Override
    public UnaryOperator<Matrix> reference() {
        return reference;
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return List.of();
    }

    @Override
    public Object call(UnaryOperator<Matrix> f, Case c) {
        return f.apply(c.matrix("A"));
    }

    @Override
    public void declare(Checks checks) {
        declarations.accept(checks);
    }
}
