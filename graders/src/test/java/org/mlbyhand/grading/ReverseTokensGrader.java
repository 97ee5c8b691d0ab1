package org.mlbyhand.grading;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;

/** "Reverse a token sequence": an exercise on a value type the engine learned from {@link TokenIdsType}. */
public final class ReverseTokensGrader extends Grader<UnaryOperator<TokenIds>> {
    static final String SKIPS_FIRST = "leaves the first token out";
    static final String IN_PLACE = "reverses in place";
    static final CaseGen SEQUENCES = CaseGen.create().dim("T", 1, 8).value("tokens", TokenIds.class, List.of("T"),
            (rng, size) -> new TokenIds(java.util.stream.IntStream.range(0, size[0]).map(t -> rng.nextInt(50)).toArray()),
            x -> true);

    @Override
    public Exercise exercise() {
        return new Exercise("test", "reverse", "Reverse the tokens", 1, "none");
    }

    @Override
    public UnaryOperator<TokenIds> reference() {
        return x -> {
            TokenIds y = new TokenIds(new int[x.length()]);
            for (int t = 0; t < x.length(); t++) {
                y.set(t, x.at(x.length() - 1 - t));
            }
            return y;
        };
    }

    @Override
    public List<Bug<UnaryOperator<TokenIds>>> bugs() {
        return List.of(new Bug<>(SKIPS_FIRST, "HINT-SKIP", x -> {
            TokenIds y = reference().apply(x);
            y.set(x.length() - 1, 0);
            return y;
        }), new Bug<>(IN_PLACE, "HINT-IN-PLACE", x -> {
            TokenIds y = reference().apply(x);
            for (int t = 0; t < x.length(); t++) {
                x.set(t, y.at(t));
            }
            return x;
        }));
    }

    @Override
    public Object call(UnaryOperator<TokenIds> f, Case c) {
        return f.apply(c.get("tokens", TokenIds.class));
    }

    @Override
    public String output() {
        return "reversed";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("reverses random sequences", SEQUENCES, Tolerance.EXACT);
    }
}
