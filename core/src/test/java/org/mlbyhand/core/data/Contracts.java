package org.mlbyhand.core.data;

import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;

/**
 * Adapts core's contract suites to a transformer whose input may hold NaN: an imputer, for which NaN
 * is the missing value, and a column transformer, which leaves NaN to its transformers.
 */
public final class Contracts {
    /** The display name of UnsupervisedContract's check that fit refuses NaN, infinity and no rows. */
    public static final String NAN_CHECK = "fit rejects a NaN, an infinity or an X without rows";

    private Contracts() {
    }

    /**
     * Returns the contract without its NaN check, for a transformer that reads NaN as a missing value
     * (its own test then checks infinity and an empty X).
     *
     * @throws IllegalStateException if the contract has no such check any more (the name changed)
     */
    public static DynamicContainer withoutNaNRejection(DynamicContainer contract) {
        java.util.List<DynamicNode> checks = contract.getChildren().collect(Collectors.toList());
        if (checks.stream().noneMatch(c -> c.getDisplayName().equals(NAN_CHECK))) {
            throw new IllegalStateException("UnsupervisedContract has no check named \"" + NAN_CHECK + "\": update Contracts");
        }
        return DynamicContainer.dynamicContainer(contract.getDisplayName(),
                checks.stream().filter(c -> !c.getDisplayName().equals(NAN_CHECK)));
    }
}
