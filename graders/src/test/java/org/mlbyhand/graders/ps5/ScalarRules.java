package org.mlbyhand.graders.ps5;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.mlbyhand.core.autograd.Rules;
import org.mlbyhand.core.autograd.ScalarOp;
import org.mlbyhand.core.autograd.ScalarRule;
import org.mlbyhand.core.autograd.Value;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.graders.ps5.Signatures.BinaryRule;
import org.mlbyhand.graders.ps5.Signatures.UnaryRule;

/**
 * What the graders of the five scalar rules share: how a learner's rule is called alone (a case with
 * an upstream gradient g) or plugged into core's engine for one op ({@link Rules#with(ScalarOp,
 * ScalarRule)}, a case naming an expression of {@link ScalarExpressions}), the checks by central
 * differences, and what the exercises forbid.
 */
final class ScalarRules {
    /** The expression of every op, at random points away from relu's kink. */
    static final CaseGen MIXED = CaseGen.create()
            .value("expression", String.class, List.of(), (rng, s) -> ScalarExpressions.MIXED, s -> true)
            .scalar("x", -2, 2).scalar("y", -2, 2)
            .require("y·y − 1 is not within 0.01 of relu's kink", ScalarExpressions::awayFromKink);

    private ScalarRules() {
    }

    /** Core's engine, with {@code rule} as the local backward of {@code op}; called with g = 1, it gives ∂out/∂operand. */
    static Rules plugged(ScalarOp op, BinaryRule rule) {
        return Rules.reference().with(op, (input, a, b, out) -> rule.apply(a, b, 1.0)[input]);
    }

    /** Core's engine, with {@code rule} as the local backward of {@code op}: pow gets (x, p, 1), others (x, out, 1). */
    static Rules plugged(ScalarOp op, UnaryRule rule) {
        return Rules.reference().with(op, (input, a, b, out) -> rule.apply(a, op == ScalarOp.POW ? b : out, 1.0));
    }

    /** Calls a rule of two operands alone (a case with a, b, g) or plugged into an expression. */
    static Object call(ScalarOp op, BinaryRule rule, Case c) {
        if (c.names().contains("g")) {
            return rule.apply(c.scalar("a"), c.scalar("b"), c.scalar("g"));
        }
        return ScalarExpressions.gradients(c, plugged(op, rule));
    }

    /**
     * Calls a rule of one operand alone (a case with x, g, and p for pow; the output of tanh or relu is
     * core's forward of x) or plugged into an expression.
     */
    static Object call(ScalarOp op, UnaryRule rule, Case c) {
        if (!c.names().contains("g")) {
            return ScalarExpressions.gradients(c, plugged(op, rule));
        }
        double x = c.scalar("x");
        double second = op == ScalarOp.POW ? c.scalar("p") : forward(op, x);
        return rule.apply(x, second, c.scalar("g"));
    }

    /** The output of tanh or relu at x, by core's forward pass. */
    static double forward(ScalarOp op, double x) {
        Value v = new Value(x);
        return (op == ScalarOp.TANH ? v.tanh() : v.relu()).data();
    }

    /** A case of the rule of two operands alone. */
    static Case binary(double a, double b, double g) {
        return Case.of("a", a, "b", b, "g", g);
    }

    /** A case of tanh's or relu's rule alone. */
    static Case unary(double x, double g) {
        return Case.of("x", x, "g", g);
    }

    /** A case of an expression at a and b (micrograd's README) or x and y. */
    static Case expression(String expression, String u, double uValue, String v, double vValue) {
        return Case.of("expression", expression, u, uValue, v, vValue);
    }

    /** The same point through two operands: ∂L/∂a and ∂L/∂b are g times the central differences of out(a, b). */
    static Invariant binaryMatchesDifferences(DoubleBinaryOperator out) {
        return (c, run) -> {
            double a = c.scalar("a");
            double b = c.scalar("b");
            double g = c.scalar("g");
            double[] numeric = {g * CentralDifferences.derivative(t -> out.applyAsDouble(t, b), a),
                    g * CentralDifferences.derivative(t -> out.applyAsDouble(a, t), b)};
            Expect.close("grad", numeric, run.on(c), CentralDifferences.AGREEMENT);
        };
    }

    /** ∂L/∂x is g times the central difference of out(x), the op's forward at a fixed second argument. */
    static Invariant unaryMatchesDifferences(DoubleBinaryOperator out, String second) {
        return (c, run) -> {
            double s = second == null ? 0.0 : c.scalar(second);
            DoubleUnaryOperator f = t -> out.applyAsDouble(t, s);
            Expect.close("grad", c.scalar("g") * CentralDifferences.derivative(f, c.scalar("x")), run.on(c),
                    CentralDifferences.AGREEMENT);
        };
    }

    /** The gradients of {@link ScalarExpressions#MIXED} that core's engine gives with the rule are its central differences. */
    static Invariant mixedMatchesDifferences() {
        return (c, run) -> {
            double x = c.scalar("x");
            double y = c.scalar("y");
            double[] numeric = {CentralDifferences.derivative(t -> ScalarExpressions.mixedValue(t, y), x),
                    CentralDifferences.derivative(t -> ScalarExpressions.mixedValue(x, t), y)};
            Expect.close("grad", numeric, run.on(c), CentralDifferences.AGREEMENT);
        };
    }

    /**
     * What a scalar rule's stub may not use: core's rules and the engine's own gradients, which would
     * compute the answer instead of the learner.
     */
    static List<Forbidden> forbidden() {
        return List.of(Forbidden.type(ScalarOp.class), Forbidden.type(ScalarRule.class), Forbidden.type(Rules.class),
                Forbidden.method(Value.class, "backward"), Forbidden.method(Value.class, "grad"));
    }
}
